// Original file: protos/liaison/v1/common.proto

import type { AccountabilityEntry as _liaison_v1_AccountabilityEntry, AccountabilityEntry__Output as _liaison_v1_AccountabilityEntry__Output } from '../../liaison/v1/AccountabilityEntry';
import type { PageInfo as _liaison_v1_PageInfo, PageInfo__Output as _liaison_v1_PageInfo__Output } from '../../liaison/v1/PageInfo';

export interface AccountabilityPage {
  'items'?: (_liaison_v1_AccountabilityEntry)[];
  'page'?: (_liaison_v1_PageInfo | null);
}

export interface AccountabilityPage__Output {
  'items': (_liaison_v1_AccountabilityEntry__Output)[];
  'page': (_liaison_v1_PageInfo__Output | null);
}
