// Original file: protos/liaison/v1/meetings.proto

import type { MeetingActionItem as _liaison_v1_MeetingActionItem, MeetingActionItem__Output as _liaison_v1_MeetingActionItem__Output } from '../../liaison/v1/MeetingActionItem';

export interface MeetingDecision {
  'decisionId'?: (string);
  'text'?: (string);
  'actionItems'?: (_liaison_v1_MeetingActionItem)[];
  'officerId'?: (string);
  'at'?: (string);
}

export interface MeetingDecision__Output {
  'decisionId': (string);
  'text': (string);
  'actionItems': (_liaison_v1_MeetingActionItem__Output)[];
  'officerId': (string);
  'at': (string);
}
