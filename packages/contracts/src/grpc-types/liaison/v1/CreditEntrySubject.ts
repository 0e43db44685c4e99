// Original file: protos/liaison/v1/credit.proto


export interface CreditEntrySubject {
  'enterpriseName'?: (string);
  'creditCode'?: (string);
  'personName'?: (string);
}

export interface CreditEntrySubject__Output {
  'enterpriseName': (string);
  'creditCode': (string);
  'personName': (string);
}
