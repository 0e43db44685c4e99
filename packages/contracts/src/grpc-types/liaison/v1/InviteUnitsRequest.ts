// Original file: protos/liaison/v1/operations.proto


export interface InviteUnitsRequest {
  'commandId'?: (string);
  'operationId'?: (string);
  'ifMatchVersion'?: (number);
  'unitIds'?: (string)[];
  'message'?: (string);
}

export interface InviteUnitsRequest__Output {
  'commandId': (string);
  'operationId': (string);
  'ifMatchVersion': (number);
  'unitIds': (string)[];
  'message': (string);
}
