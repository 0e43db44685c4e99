// Original file: protos/liaison/v1/operations.proto


export interface CompleteTaskRequest {
  'commandId'?: (string);
  'operationId'?: (string);
  'ifMatchVersion'?: (number);
  'taskId'?: (string);
  'note'?: (string);
}

export interface CompleteTaskRequest__Output {
  'commandId': (string);
  'operationId': (string);
  'ifMatchVersion': (number);
  'taskId': (string);
  'note': (string);
}
