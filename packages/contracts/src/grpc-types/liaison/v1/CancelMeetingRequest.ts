// Original file: protos/liaison/v1/meetings.proto


export interface CancelMeetingRequest {
  'commandId'?: (string);
  'meetingId'?: (string);
  'ifMatchVersion'?: (number);
  'reason'?: (string);
}

export interface CancelMeetingRequest__Output {
  'commandId': (string);
  'meetingId': (string);
  'ifMatchVersion': (number);
  'reason': (string);
}
