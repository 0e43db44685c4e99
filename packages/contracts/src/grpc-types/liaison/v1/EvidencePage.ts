// Original file: protos/liaison/v1/evidence.proto

import type { EvidenceSummary as _liaison_v1_EvidenceSummary, EvidenceSummary__Output as _liaison_v1_EvidenceSummary__Output } from '../../liaison/v1/EvidenceSummary';
import type { PageInfo as _liaison_v1_PageInfo, PageInfo__Output as _liaison_v1_PageInfo__Output } from '../../liaison/v1/PageInfo';

export interface EvidencePage {
  'items'?: (_liaison_v1_EvidenceSummary)[];
  'page'?: (_liaison_v1_PageInfo | null);
}

export interface EvidencePage__Output {
  'items': (_liaison_v1_EvidenceSummary__Output)[];
  'page': (_liaison_v1_PageInfo__Output | null);
}
