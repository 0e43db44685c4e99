// Original file: protos/liaison/v1/meetings.proto


export interface MeetingActionItemInput {
  'ownerUnitId'?: (string);
  'description'?: (string);
  /**
   * RFC 3339.
   */
  'dueAt'?: (string);
}

export interface MeetingActionItemInput__Output {
  'ownerUnitId': (string);
  'description': (string);
  /**
   * RFC 3339.
   */
  'dueAt': (string);
}
