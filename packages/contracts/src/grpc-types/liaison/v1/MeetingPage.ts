// Original file: protos/liaison/v1/meetings.proto

import type { MeetingSummary as _liaison_v1_MeetingSummary, MeetingSummary__Output as _liaison_v1_MeetingSummary__Output } from '../../liaison/v1/MeetingSummary';
import type { PageInfo as _liaison_v1_PageInfo, PageInfo__Output as _liaison_v1_PageInfo__Output } from '../../liaison/v1/PageInfo';

export interface MeetingPage {
  'meetings'?: (_liaison_v1_MeetingSummary)[];
  'page'?: (_liaison_v1_PageInfo | null);
}

export interface MeetingPage__Output {
  'meetings': (_liaison_v1_MeetingSummary__Output)[];
  'page': (_liaison_v1_PageInfo__Output | null);
}
