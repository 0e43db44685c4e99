// Original file: protos/liaison/v1/meetings.proto


export interface MeetingCommandResult {
  'meetingId'?: (string);
  'version'?: (number);
  /**
   * scheduled | closed | cancelled
   */
  'status'?: (string);
  'duplicate'?: (boolean);
  'itemId'?: (string);
  'decisionId'?: (string);
  'actionItemIds'?: (string)[];
}

export interface MeetingCommandResult__Output {
  'meetingId': (string);
  'version': (number);
  /**
   * scheduled | closed | cancelled
   */
  'status': (string);
  'duplicate': (boolean);
  'itemId': (string);
  'decisionId': (string);
  'actionItemIds': (string)[];
}
