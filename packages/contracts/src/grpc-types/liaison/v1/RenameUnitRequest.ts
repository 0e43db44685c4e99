// Original file: protos/liaison/v1/registry.proto


export interface RenameUnitRequest {
  'commandId'?: (string);
  'unitId'?: (string);
  'name'?: (string);
  'nameZh'?: (string);
  'reason'?: (string);
  'ifMatchVersion'?: (number);
}

export interface RenameUnitRequest__Output {
  'commandId': (string);
  'unitId': (string);
  'name': (string);
  'nameZh': (string);
  'reason': (string);
  'ifMatchVersion': (number);
}
