// Original file: protos/liaison/v1/meetings.proto


export interface ExplainMeetingBreachRequest {
  'commandId'?: (string);
  'meetingId'?: (string);
  'ifMatchVersion'?: (number);
  /**
   * action_item
   */
  'kind'?: (string);
  'actionItemId'?: (string);
  'reason'?: (string);
}

export interface ExplainMeetingBreachRequest__Output {
  'commandId': (string);
  'meetingId': (string);
  'ifMatchVersion': (number);
  /**
   * action_item
   */
  'kind': (string);
  'actionItemId': (string);
  'reason': (string);
}
