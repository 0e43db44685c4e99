// Original file: protos/liaison/v1/leads.proto

import type { LeadSummary as _liaison_v1_LeadSummary, LeadSummary__Output as _liaison_v1_LeadSummary__Output } from '../../liaison/v1/LeadSummary';
import type { PageInfo as _liaison_v1_PageInfo, PageInfo__Output as _liaison_v1_PageInfo__Output } from '../../liaison/v1/PageInfo';

export interface LeadPage {
  'leads'?: (_liaison_v1_LeadSummary)[];
  'page'?: (_liaison_v1_PageInfo | null);
}

export interface LeadPage__Output {
  'leads': (_liaison_v1_LeadSummary__Output)[];
  'page': (_liaison_v1_PageInfo__Output | null);
}
