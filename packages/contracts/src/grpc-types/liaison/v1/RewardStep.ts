// Original file: protos/liaison/v1/intake.proto


export interface RewardStep {
  'type'?: (string);
  'unitId'?: (string);
  'officerId'?: (string);
  'at'?: (string);
  'note'?: (string);
}

export interface RewardStep__Output {
  'type': (string);
  'unitId': (string);
  'officerId': (string);
  'at': (string);
  'note': (string);
}
