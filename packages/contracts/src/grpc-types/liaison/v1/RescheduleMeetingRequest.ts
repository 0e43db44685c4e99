// Original file: protos/liaison/v1/meetings.proto

import type { MeetingWindow as _liaison_v1_MeetingWindow, MeetingWindow__Output as _liaison_v1_MeetingWindow__Output } from '../../liaison/v1/MeetingWindow';

export interface RescheduleMeetingRequest {
  'commandId'?: (string);
  'meetingId'?: (string);
  'ifMatchVersion'?: (number);
  'window'?: (_liaison_v1_MeetingWindow | null);
  'place'?: (string);
  'onlineLink'?: (string);
  'reason'?: (string);
}

export interface RescheduleMeetingRequest__Output {
  'commandId': (string);
  'meetingId': (string);
  'ifMatchVersion': (number);
  'window': (_liaison_v1_MeetingWindow__Output | null);
  'place': (string);
  'onlineLink': (string);
  'reason': (string);
}
