// Original file: protos/liaison/v1/credit.proto


export interface CreditEntryCount {
  'kind'?: (string);
  'count'?: (number);
}

export interface CreditEntryCount__Output {
  'kind': (string);
  'count': (number);
}
