// Original file: protos/liaison/v1/meetings.proto


export interface GetMeetingRequest {
  'meetingId'?: (string);
}

export interface GetMeetingRequest__Output {
  'meetingId': (string);
}
