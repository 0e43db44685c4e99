// Original file: protos/liaison/v1/leads.proto


export interface Transfer {
  /**
   * none | suspected | decided_transfer | decided_not_to_transfer | handed_over | police_opened |
   * police_declined | reconsideration_requested | reconsideration_maintained | reconsideration_reversed
   */
  'stage'?: (string);
  'policeUnitId'?: (string);
  'flaggedAt'?: (string);
  'decidedAt'?: (string);
  'handedOverAt'?: (string);
  'policeDecidedAt'?: (string);
  'caseNumber'?: (string);
  'reason'?: (string);
  /**
   * The deadline of the current stage, if any.
   */
  'dueAt'?: (string);
  'amountInvolved'?: (number | string);
}

export interface Transfer__Output {
  /**
   * none | suspected | decided_transfer | decided_not_to_transfer | handed_over | police_opened |
   * police_declined | reconsideration_requested | reconsideration_maintained | reconsideration_reversed
   */
  'stage': (string);
  'policeUnitId': (string);
  'flaggedAt': (string);
  'decidedAt': (string);
  'handedOverAt': (string);
  'policeDecidedAt': (string);
  'caseNumber': (string);
  'reason': (string);
  /**
   * The deadline of the current stage, if any.
   */
  'dueAt': (string);
  'amountInvolved': (number);
}
