// Original file: protos/liaison/v1/leads.proto


export interface Transfer {
  /**
   * none | suspected | decided_transfer | decided_not_to_transfer | handed_over | police_opened |
   * police_declined | reconsideration_requested | reconsideration_maintained | reconsideration_reversed |
   * supervision_requested | police_reasons_requested | police_opening_required | supervision_upheld (ADR 0014)
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
  /**
   * The rule that produced due_at (ADR 0013), e.g. "police decision … 3 days from 2026-09-29, start day not counted; …".
   */
  'dueRule'?: (string);
  /**
   * Case-filing supervision (ADR 0014). Stages also: supervision_requested | police_reasons_requested |
   * police_opening_required | supervision_upheld.
   */
  'procuratorateUnitId'?: (string);
  'supervisionRequestedAt'?: (string);
  /**
   * reasons_requested | opening_required | refusal_upheld
   */
  'supervisionOutcome'?: (string);
  'supervisionAnsweredAt'?: (string);
}

export interface Transfer__Output {
  /**
   * none | suspected | decided_transfer | decided_not_to_transfer | handed_over | police_opened |
   * police_declined | reconsideration_requested | reconsideration_maintained | reconsideration_reversed |
   * supervision_requested | police_reasons_requested | police_opening_required | supervision_upheld (ADR 0014)
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
  /**
   * The rule that produced due_at (ADR 0013), e.g. "police decision … 3 days from 2026-09-29, start day not counted; …".
   */
  'dueRule': (string);
  /**
   * Case-filing supervision (ADR 0014). Stages also: supervision_requested | police_reasons_requested |
   * police_opening_required | supervision_upheld.
   */
  'procuratorateUnitId': (string);
  'supervisionRequestedAt': (string);
  /**
   * reasons_requested | opening_required | refusal_upheld
   */
  'supervisionOutcome': (string);
  'supervisionAnsweredAt': (string);
}
