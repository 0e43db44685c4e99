// Original file: protos/liaison/v1/meetings.proto


export interface MeetingActionItem {
  'actionItemId'?: (string);
  'decisionId'?: (string);
  'ownerUnitId'?: (string);
  'description'?: (string);
  'dueAt'?: (string);
  'dueRule'?: (string);
  /**
   * open | done
   */
  'status'?: (string);
  'note'?: (string);
  'completedAt'?: (string);
  'overdue'?: (boolean);
  'overdueDetectedAt'?: (string);
}

export interface MeetingActionItem__Output {
  'actionItemId': (string);
  'decisionId': (string);
  'ownerUnitId': (string);
  'description': (string);
  'dueAt': (string);
  'dueRule': (string);
  /**
   * open | done
   */
  'status': (string);
  'note': (string);
  'completedAt': (string);
  'overdue': (boolean);
  'overdueDetectedAt': (string);
}
