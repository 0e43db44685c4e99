// Original file: protos/liaison/v1/common.proto


export interface BreachExplanation {
  'reason'?: (string);
  'officerId'?: (string);
  'at'?: (string);
}

export interface BreachExplanation__Output {
  'reason': (string);
  'officerId': (string);
  'at': (string);
}
