// Original file: protos/liaison/v1/registry.proto


export interface MoveOfficerToUnitRequest {
  'commandId'?: (string);
  'officerId'?: (string);
  'unitId'?: (string);
  'reason'?: (string);
  'ifMatchVersion'?: (number);
}

export interface MoveOfficerToUnitRequest__Output {
  'commandId': (string);
  'officerId': (string);
  'unitId': (string);
  'reason': (string);
  'ifMatchVersion': (number);
}
