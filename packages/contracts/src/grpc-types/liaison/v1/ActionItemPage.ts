// Original file: protos/liaison/v1/meetings.proto

import type { ActionItemSummary as _liaison_v1_ActionItemSummary, ActionItemSummary__Output as _liaison_v1_ActionItemSummary__Output } from '../../liaison/v1/ActionItemSummary';
import type { PageInfo as _liaison_v1_PageInfo, PageInfo__Output as _liaison_v1_PageInfo__Output } from '../../liaison/v1/PageInfo';

export interface ActionItemPage {
  'items'?: (_liaison_v1_ActionItemSummary)[];
  'page'?: (_liaison_v1_PageInfo | null);
}

export interface ActionItemPage__Output {
  'items': (_liaison_v1_ActionItemSummary__Output)[];
  'page': (_liaison_v1_PageInfo__Output | null);
}
