// Original file: protos/liaison/v1/operations.proto


export interface CancelOperationRequest {
  'commandId'?: (string);
  'operationId'?: (string);
  'ifMatchVersion'?: (number);
  'reason'?: (string);
}

export interface CancelOperationRequest__Output {
  'commandId': (string);
  'operationId': (string);
  'ifMatchVersion': (number);
  'reason': (string);
}
