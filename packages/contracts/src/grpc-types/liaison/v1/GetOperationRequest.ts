// Original file: protos/liaison/v1/operations.proto


export interface GetOperationRequest {
  'operationId'?: (string);
}

export interface GetOperationRequest__Output {
  'operationId': (string);
}
