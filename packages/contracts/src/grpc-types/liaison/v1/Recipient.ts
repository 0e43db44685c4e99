// Original file: protos/liaison/v1/leads.proto


export interface Recipient {
  'unitId'?: (string);
  /**
   * shared | acknowledged | accepted | declined
   */
  'status'?: (string);
  'sharedAt'?: (string);
  'acknowledgeDueAt'?: (string);
  'acknowledgedAt'?: (string);
  'decidedAt'?: (string);
  'declineReason'?: (string);
  'overdue'?: (boolean);
  /**
   * The rule that produced acknowledge_due_at (ADR 0013).
   */
  'acknowledgeDueRule'?: (string);
}

export interface Recipient__Output {
  'unitId': (string);
  /**
   * shared | acknowledged | accepted | declined
   */
  'status': (string);
  'sharedAt': (string);
  'acknowledgeDueAt': (string);
  'acknowledgedAt': (string);
  'decidedAt': (string);
  'declineReason': (string);
  'overdue': (boolean);
  /**
   * The rule that produced acknowledge_due_at (ADR 0013).
   */
  'acknowledgeDueRule': (string);
}
