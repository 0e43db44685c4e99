// Original file: protos/liaison/v1/meetings.proto

import type { MeetingActionItem as _liaison_v1_MeetingActionItem, MeetingActionItem__Output as _liaison_v1_MeetingActionItem__Output } from '../../liaison/v1/MeetingActionItem';

export interface ActionItemSummary {
  'meetingId'?: (string);
  'meetingTitle'?: (string);
  'item'?: (_liaison_v1_MeetingActionItem | null);
}

export interface ActionItemSummary__Output {
  'meetingId': (string);
  'meetingTitle': (string);
  'item': (_liaison_v1_MeetingActionItem__Output | null);
}
