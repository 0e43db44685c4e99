// Original file: protos/liaison/v1/meetings.proto


export interface RectificationOrder {
  'meetingId'?: (string);
  'actionItemId'?: (string);
  'dueAt'?: (string);
  'status'?: (string);
  'overdue'?: (boolean);
}

export interface RectificationOrder__Output {
  'meetingId': (string);
  'actionItemId': (string);
  'dueAt': (string);
  'status': (string);
  'overdue': (boolean);
}
