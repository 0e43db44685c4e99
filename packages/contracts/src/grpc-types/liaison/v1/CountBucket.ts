// Original file: protos/liaison/v1/leads.proto


export interface CountBucket {
  'key'?: (string);
  'count'?: (number);
}

export interface CountBucket__Output {
  'key': (string);
  'count': (number);
}
