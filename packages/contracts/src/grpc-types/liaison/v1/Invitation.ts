// Original file: protos/liaison/v1/operations.proto


export interface Invitation {
  'unitId'?: (string);
  /**
   * pending | joined | declined
   */
  'status'?: (string);
  'invitedAt'?: (string);
  'respondBy'?: (string);
  'answeredAt'?: (string);
  'declineReason'?: (string);
  'overdue'?: (boolean);
  'message'?: (string);
  /**
   * The rule that produced respond_by (ADR 0013).
   */
  'respondByRule'?: (string);
}

export interface Invitation__Output {
  'unitId': (string);
  /**
   * pending | joined | declined
   */
  'status': (string);
  'invitedAt': (string);
  'respondBy': (string);
  'answeredAt': (string);
  'declineReason': (string);
  'overdue': (boolean);
  'message': (string);
  /**
   * The rule that produced respond_by (ADR 0013).
   */
  'respondByRule': (string);
}
