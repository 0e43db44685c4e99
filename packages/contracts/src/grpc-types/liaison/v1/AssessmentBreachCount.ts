// Original file: protos/liaison/v1/meetings.proto


export interface AssessmentBreachCount {
  'context'?: (string);
  'kind'?: (string);
  'total'?: (number);
  'explained'?: (number);
}

export interface AssessmentBreachCount__Output {
  'context': (string);
  'kind': (string);
  'total': (number);
  'explained': (number);
}
