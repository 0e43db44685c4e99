// Original file: protos/liaison/v1/operations.proto


export interface DeclineInvitationRequest {
  'commandId'?: (string);
  'operationId'?: (string);
  'ifMatchVersion'?: (number);
  'reason'?: (string);
}

export interface DeclineInvitationRequest__Output {
  'commandId': (string);
  'operationId': (string);
  'ifMatchVersion': (number);
  'reason': (string);
}
