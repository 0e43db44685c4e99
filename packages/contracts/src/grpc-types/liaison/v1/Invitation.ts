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
}
