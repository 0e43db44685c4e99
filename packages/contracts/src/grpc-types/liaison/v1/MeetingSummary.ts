// Original file: protos/liaison/v1/meetings.proto

import type { MeetingWindow as _liaison_v1_MeetingWindow, MeetingWindow__Output as _liaison_v1_MeetingWindow__Output } from '../../liaison/v1/MeetingWindow';

export interface MeetingSummary {
  'meetingId'?: (string);
  'version'?: (number);
  'kind'?: (string);
  'status'?: (string);
  'title'?: (string);
  'convenerUnitId'?: (string);
  'window'?: (_liaison_v1_MeetingWindow | null);
  'handlingCode'?: (string);
  'seriesId'?: (string);
  'previousMeetingId'?: (string);
  /**
   * convener | invited
   */
  'myRole'?: (string);
  'updatedAt'?: (string);
}

export interface MeetingSummary__Output {
  'meetingId': (string);
  'version': (number);
  'kind': (string);
  'status': (string);
  'title': (string);
  'convenerUnitId': (string);
  'window': (_liaison_v1_MeetingWindow__Output | null);
  'handlingCode': (string);
  'seriesId': (string);
  'previousMeetingId': (string);
  /**
   * convener | invited
   */
  'myRole': (string);
  'updatedAt': (string);
}
