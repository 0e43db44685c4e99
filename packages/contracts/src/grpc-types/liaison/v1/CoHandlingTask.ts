// Original file: protos/liaison/v1/leads.proto


export interface CoHandlingTask {
  'unitId'?: (string);
  'description'?: (string);
  /**
   * RFC 3339
   */
  'dueAt'?: (string);
  /**
   * Output only: the task's id on the lead (task-<n>); its deadline is its own (ADR 0013).
   */
  'taskId'?: (string);
  /**
   * Output only: the rule that produced due_at.
   */
  'dueRule'?: (string);
}

export interface CoHandlingTask__Output {
  'unitId': (string);
  'description': (string);
  /**
   * RFC 3339
   */
  'dueAt': (string);
  /**
   * Output only: the task's id on the lead (task-<n>); its deadline is its own (ADR 0013).
   */
  'taskId': (string);
  /**
   * Output only: the rule that produced due_at.
   */
  'dueRule': (string);
}
