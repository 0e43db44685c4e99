// Original file: protos/liaison/v1/leads.proto


export interface OverdueBreach {
  /**
   * acknowledge | transfer_decision | hand_over | police_decision | reconsideration_answer |
   * co_handling_task | supervision_answer | police_reasons | police_opening (reconsideration_request
   * and supervision_request are rights: their windows close without a breach, ADR 0014)
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
   * acknowledge | transfer_decision | hand_over | police_decision | reconsideration_answer |
   * co_handling_task | supervision_answer | police_reasons | police_opening (reconsideration_request
   * and supervision_request are rights: their windows close without a breach, ADR 0014)
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
