// Original file: protos/liaison/v1/meetings.proto

import type { PageRequest as _liaison_v1_PageRequest, PageRequest__Output as _liaison_v1_PageRequest__Output } from '../../liaison/v1/PageRequest';

export interface ListActionItemsRequest {
  'page'?: (_liaison_v1_PageRequest | null);
  'overdueOnly'?: (boolean);
}

export interface ListActionItemsRequest__Output {
  'page': (_liaison_v1_PageRequest__Output | null);
  'overdueOnly': (boolean);
}
