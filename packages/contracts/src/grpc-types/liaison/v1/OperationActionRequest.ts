// Original file: protos/liaison/v1/operations.proto


export interface OperationActionRequest {
  'commandId'?: (string);
  'operationId'?: (string);
  'ifMatchVersion'?: (number);
}

export interface OperationActionRequest__Output {
  'commandId': (string);
  'operationId': (string);
  'ifMatchVersion': (number);
}
