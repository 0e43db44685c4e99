// Original file: protos/liaison/v1/registry.proto


export interface ChangeOfficerRolesRequest {
  'commandId'?: (string);
  'officerId'?: (string);
  'roles'?: (string)[];
  'reason'?: (string);
  'ifMatchVersion'?: (number);
}

export interface ChangeOfficerRolesRequest__Output {
  'commandId': (string);
  'officerId': (string);
  'roles': (string)[];
  'reason': (string);
  'ifMatchVersion': (number);
}
