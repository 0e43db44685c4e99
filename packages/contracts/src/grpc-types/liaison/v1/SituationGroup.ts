// Original file: protos/liaison/v1/meetings.proto


export interface SituationGroup {
  'key'?: (string);
  'count'?: (number);
  'previousCount'?: (number);
}

export interface SituationGroup__Output {
  'key': (string);
  'count': (number);
  'previousCount': (number);
}
