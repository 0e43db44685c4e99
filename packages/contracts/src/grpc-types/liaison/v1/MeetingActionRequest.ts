// Original file: protos/liaison/v1/meetings.proto


export interface MeetingActionRequest {
  'commandId'?: (string);
  'meetingId'?: (string);
  'ifMatchVersion'?: (number);
}

export interface MeetingActionRequest__Output {
  'commandId': (string);
  'meetingId': (string);
  'ifMatchVersion': (number);
}
