// Original file: protos/liaison/v1/meetings.proto


export interface RecordMinutesRequest {
  'commandId'?: (string);
  'meetingId'?: (string);
  'ifMatchVersion'?: (number);
  'text'?: (string);
}

export interface RecordMinutesRequest__Output {
  'commandId': (string);
  'meetingId': (string);
  'ifMatchVersion': (number);
  'text': (string);
}
