// Original file: protos/liaison/v1/credit.proto


export interface CreditSubjectName {
  'name'?: (string);
  'firstSeenAt'?: (string);
  'lastSeenAt'?: (string);
}

export interface CreditSubjectName__Output {
  'name': (string);
  'firstSeenAt': (string);
  'lastSeenAt': (string);
}
