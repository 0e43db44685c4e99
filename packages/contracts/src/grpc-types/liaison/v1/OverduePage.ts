// Original file: protos/liaison/v1/leads.proto

import type { OverdueItem as _liaison_v1_OverdueItem, OverdueItem__Output as _liaison_v1_OverdueItem__Output } from '../../liaison/v1/OverdueItem';
import type { PageInfo as _liaison_v1_PageInfo, PageInfo__Output as _liaison_v1_PageInfo__Output } from '../../liaison/v1/PageInfo';

export interface OverduePage {
  'items'?: (_liaison_v1_OverdueItem)[];
  'page'?: (_liaison_v1_PageInfo | null);
}

export interface OverduePage__Output {
  'items': (_liaison_v1_OverdueItem__Output)[];
  'page': (_liaison_v1_PageInfo__Output | null);
}
