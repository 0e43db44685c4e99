// Original file: protos/liaison/v1/leads.proto


export interface Feedback {
  'unitId'?: (string);
  'result'?: (string);
  'summary'?: (string);
  'at'?: (string);
}

export interface Feedback__Output {
  'unitId': (string);
  'result': (string);
  'summary': (string);
  'at': (string);
}
