// Original file: protos/liaison/v1/meetings.proto


export interface CompleteActionItemRequest {
  'commandId'?: (string);
  'meetingId'?: (string);
  'ifMatchVersion'?: (number);
  'actionItemId'?: (string);
  'note'?: (string);
}

export interface CompleteActionItemRequest__Output {
  'commandId': (string);
  'meetingId': (string);
  'ifMatchVersion': (number);
  'actionItemId': (string);
  'note': (string);
}
