// Original file: protos/liaison/v1/meetings.proto


export interface MeetingProposalReason {
  /**
   * lead_deadline_missed | transfer_decision_pending | police_decision_pending |
   * invitation_unanswered | operation_task_overdue | conflict_unresolved | recognition_pending
   */
  'kind'?: (string);
  /**
   * The unit whose answer is awaited ('' when none in particular).
   */
  'unitId'?: (string);
  'since'?: (string);
  'detail'?: (string);
}

export interface MeetingProposalReason__Output {
  /**
   * lead_deadline_missed | transfer_decision_pending | police_decision_pending |
   * invitation_unanswered | operation_task_overdue | conflict_unresolved | recognition_pending
   */
  'kind': (string);
  /**
   * The unit whose answer is awaited ('' when none in particular).
   */
  'unitId': (string);
  'since': (string);
  'detail': (string);
}
