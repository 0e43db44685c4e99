// Original file: protos/liaison/v1/leads.proto

import type { LeadOperationConflict as _liaison_v1_LeadOperationConflict, LeadOperationConflict__Output as _liaison_v1_LeadOperationConflict__Output } from '../../liaison/v1/LeadOperationConflict';
import type { PageInfo as _liaison_v1_PageInfo, PageInfo__Output as _liaison_v1_PageInfo__Output } from '../../liaison/v1/PageInfo';

export interface LeadOperationConflictPage {
  'conflicts'?: (_liaison_v1_LeadOperationConflict)[];
  'page'?: (_liaison_v1_PageInfo | null);
}

export interface LeadOperationConflictPage__Output {
  'conflicts': (_liaison_v1_LeadOperationConflict__Output)[];
  'page': (_liaison_v1_PageInfo__Output | null);
}
