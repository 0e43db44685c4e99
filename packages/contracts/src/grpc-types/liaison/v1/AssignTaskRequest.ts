// Original file: protos/liaison/v1/operations.proto


export interface AssignTaskRequest {
  'commandId'?: (string);
  'operationId'?: (string);
  'ifMatchVersion'?: (number);
  'unitId'?: (string);
  'description'?: (string);
  /**
   * RFC 3339, optional
   */
  'dueAt'?: (string);
}

export interface AssignTaskRequest__Output {
  'commandId': (string);
  'operationId': (string);
  'ifMatchVersion': (number);
  'unitId': (string);
  'description': (string);
  /**
   * RFC 3339, optional
   */
  'dueAt': (string);
}
