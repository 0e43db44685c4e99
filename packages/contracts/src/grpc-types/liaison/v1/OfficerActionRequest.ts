// Original file: protos/liaison/v1/registry.proto


export interface OfficerActionRequest {
  'commandId'?: (string);
  'officerId'?: (string);
  'reason'?: (string);
  'ifMatchVersion'?: (number);
}

export interface OfficerActionRequest__Output {
  'commandId': (string);
  'officerId': (string);
  'reason': (string);
  'ifMatchVersion': (number);
}
