// Original file: protos/liaison/v1/meetings.proto

import type { PageRequest as _liaison_v1_PageRequest, PageRequest__Output as _liaison_v1_PageRequest__Output } from '../../liaison/v1/PageRequest';

export interface ListMeetingsRequest {
  'page'?: (_liaison_v1_PageRequest | null);
  'upcomingOnly'?: (boolean);
}

export interface ListMeetingsRequest__Output {
  'page': (_liaison_v1_PageRequest__Output | null);
  'upcomingOnly': (boolean);
}
