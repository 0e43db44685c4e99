// Original file: protos/liaison/v1/credit.proto


export interface BlacklistingStep {
  'type'?: (string);
  'unitId'?: (string);
  'officerId'?: (string);
  'at'?: (string);
  'note'?: (string);
}

export interface BlacklistingStep__Output {
  'type': (string);
  'unitId': (string);
  'officerId': (string);
  'at': (string);
  'note': (string);
}
