// Original file: protos/liaison/v1/leads.proto

import type { OverdueBreach as _liaison_v1_OverdueBreach, OverdueBreach__Output as _liaison_v1_OverdueBreach__Output } from '../../liaison/v1/OverdueBreach';

export interface OverdueItem {
  'leadId'?: (string);
  'title'?: (string);
  'ownerUnitId'?: (string);
  'breach'?: (_liaison_v1_OverdueBreach | null);
}

export interface OverdueItem__Output {
  'leadId': (string);
  'title': (string);
  'ownerUnitId': (string);
  'breach': (_liaison_v1_OverdueBreach__Output | null);
}
