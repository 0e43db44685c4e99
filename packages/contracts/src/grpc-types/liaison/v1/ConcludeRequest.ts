// Original file: protos/liaison/v1/operations.proto


export interface ConcludeRequest {
  'commandId'?: (string);
  'operationId'?: (string);
  'ifMatchVersion'?: (number);
  'summary'?: (string);
  'results'?: (string);
}

export interface ConcludeRequest__Output {
  'commandId': (string);
  'operationId': (string);
  'ifMatchVersion': (number);
  'summary': (string);
  'results': (string);
}
