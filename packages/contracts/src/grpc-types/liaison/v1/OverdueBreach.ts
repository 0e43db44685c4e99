// Original file: protos/liaison/v1/leads.proto


export interface OverdueBreach {
  /**
   * acknowledge | transfer_decision | hand_over | police_decision | reconsideration_request |
   * reconsideration_answer | co_handling_task
   */
  'kind'?: (string);
  'unitId'?: (string);
  'dueAt'?: (string);
  'detectedAt'?: (string);
  /**
   * The rule that produced due_at, and the co-handling task's id for a task's deadline.
   */
  'rule'?: (string);
  'taskId'?: (string);
}

export interface OverdueBreach__Output {
  /**
   * acknowledge | transfer_decision | hand_over | police_decision | reconsideration_request |
   * reconsideration_answer | co_handling_task
   */
  'kind': (string);
  'unitId': (string);
  'dueAt': (string);
  'detectedAt': (string);
  /**
   * The rule that produced due_at, and the co-handling task's id for a task's deadline.
   */
  'rule': (string);
  'taskId': (string);
}
