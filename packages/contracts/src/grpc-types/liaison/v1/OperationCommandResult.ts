// Original file: protos/liaison/v1/operations.proto


export interface OperationCommandResult {
  'operationId'?: (string);
  'version'?: (number);
  /**
   * draft | proposed | launched | concluded | cancelled
   */
  'status'?: (string);
  'duplicate'?: (boolean);
  /**
   * AssignTask only: the new task's id.
   */
  'taskId'?: (string);
}

export interface OperationCommandResult__Output {
  'operationId': (string);
  'version': (number);
  /**
   * draft | proposed | launched | concluded | cancelled
   */
  'status': (string);
  'duplicate': (boolean);
  /**
   * AssignTask only: the new task's id.
   */
  'taskId': (string);
}
