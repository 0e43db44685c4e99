// Original file: protos/liaison/v1/operations.proto


export interface OperationTask {
  'taskId'?: (string);
  'unitId'?: (string);
  'description'?: (string);
  'dueAt'?: (string);
  /**
   * open | done
   */
  'status'?: (string);
  'note'?: (string);
  'completedAt'?: (string);
  /**
   * The rule of due_at (set by the lead unit; ADR 0013).
   */
  'dueRule'?: (string);
}

export interface OperationTask__Output {
  'taskId': (string);
  'unitId': (string);
  'description': (string);
  'dueAt': (string);
  /**
   * open | done
   */
  'status': (string);
  'note': (string);
  'completedAt': (string);
  /**
   * The rule of due_at (set by the lead unit; ADR 0013).
   */
  'dueRule': (string);
}
