// Original file: protos/liaison/v1/evidence.proto


export interface EvidenceRecognitionDecision {
  'unitId'?: (string);
  /**
   * pending | recognised | recognised_with_conditions | rejected | revoked
   */
  'status'?: (string);
  'conditions'?: (string)[];
  /**
   * Rejection reason.
   */
  'reason'?: (string);
  'note'?: (string);
  'officerId'?: (string);
  'decidedAt'?: (string);
  /**
   * Set when revoked: the decision that was revoked stays in status_before_revocation.
   */
  'statusBeforeRevocation'?: (string);
  'revokeReason'?: (string);
  'revokedAt'?: (string);
}

export interface EvidenceRecognitionDecision__Output {
  'unitId': (string);
  /**
   * pending | recognised | recognised_with_conditions | rejected | revoked
   */
  'status': (string);
  'conditions': (string)[];
  /**
   * Rejection reason.
   */
  'reason': (string);
  'note': (string);
  'officerId': (string);
  'decidedAt': (string);
  /**
   * Set when revoked: the decision that was revoked stays in status_before_revocation.
   */
  'statusBeforeRevocation': (string);
  'revokeReason': (string);
  'revokedAt': (string);
}
