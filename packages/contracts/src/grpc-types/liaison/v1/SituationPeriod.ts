// Original file: protos/liaison/v1/meetings.proto


export interface SituationPeriod {
  'from'?: (string);
  'to'?: (string);
}

export interface SituationPeriod__Output {
  'from': (string);
  'to': (string);
}
