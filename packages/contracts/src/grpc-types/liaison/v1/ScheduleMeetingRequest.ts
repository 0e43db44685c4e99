// Original file: protos/liaison/v1/meetings.proto

import type { MeetingWindow as _liaison_v1_MeetingWindow, MeetingWindow__Output as _liaison_v1_MeetingWindow__Output } from '../../liaison/v1/MeetingWindow';
import type { Handling as _liaison_v1_Handling, Handling__Output as _liaison_v1_Handling__Output } from '../../liaison/v1/Handling';

export interface ScheduleMeetingRequest {
  'commandId'?: (string);
  /**
   * regular | ad_hoc | emergency
   */
  'kind'?: (string);
  'title'?: (string);
  /**
   * The convening unit: the caller's own unit (empty: the caller's unit).
   */
  'convenerUnitId'?: (string);
  'window'?: (_liaison_v1_MeetingWindow | null);
  'place'?: (string);
  'onlineLink'?: (string);
  'invitedUnitIds'?: (string)[];
  'handling'?: (_liaison_v1_Handling | null);
  /**
   * Regular meetings: an RFC 5545 RRULE value, e.g. FREQ=MONTHLY;BYDAY=1TU (Asia/Shanghai wall clock).
   */
  'recurrenceRule'?: (string);
}

export interface ScheduleMeetingRequest__Output {
  'commandId': (string);
  /**
   * regular | ad_hoc | emergency
   */
  'kind': (string);
  'title': (string);
  /**
   * The convening unit: the caller's own unit (empty: the caller's unit).
   */
  'convenerUnitId': (string);
  'window': (_liaison_v1_MeetingWindow__Output | null);
  'place': (string);
  'onlineLink': (string);
  'invitedUnitIds': (string)[];
  'handling': (_liaison_v1_Handling__Output | null);
  /**
   * Regular meetings: an RFC 5545 RRULE value, e.g. FREQ=MONTHLY;BYDAY=1TU (Asia/Shanghai wall clock).
   */
  'recurrenceRule': (string);
}
