// Original file: protos/liaison/v1/evidence.proto

import type { EvidenceCount as _liaison_v1_EvidenceCount, EvidenceCount__Output as _liaison_v1_EvidenceCount__Output } from '../../liaison/v1/EvidenceCount';

export interface EvidenceCounts {
  'counts'?: (_liaison_v1_EvidenceCount)[];
}

export interface EvidenceCounts__Output {
  'counts': (_liaison_v1_EvidenceCount__Output)[];
}
