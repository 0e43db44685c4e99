// Original file: protos/liaison/v1/leads.proto

import type { CountBucket as _liaison_v1_CountBucket, CountBucket__Output as _liaison_v1_CountBucket__Output } from '../../liaison/v1/CountBucket';

export interface LeadCounts {
  'byCategory'?: (_liaison_v1_CountBucket)[];
  'byJurisdiction'?: (_liaison_v1_CountBucket)[];
  'byStatus'?: (_liaison_v1_CountBucket)[];
  'total'?: (number);
}

export interface LeadCounts__Output {
  'byCategory': (_liaison_v1_CountBucket__Output)[];
  'byJurisdiction': (_liaison_v1_CountBucket__Output)[];
  'byStatus': (_liaison_v1_CountBucket__Output)[];
  'total': (number);
}
