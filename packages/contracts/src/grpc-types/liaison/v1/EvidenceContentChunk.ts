// Original file: protos/liaison/v1/evidence.proto

import type { EvidenceContentHeader as _liaison_v1_EvidenceContentHeader, EvidenceContentHeader__Output as _liaison_v1_EvidenceContentHeader__Output } from '../../liaison/v1/EvidenceContentHeader';

export interface EvidenceContentChunk {
  'header'?: (_liaison_v1_EvidenceContentHeader | null);
  'chunk'?: (Buffer | Uint8Array | string);
  'part'?: "header"|"chunk";
}

export interface EvidenceContentChunk__Output {
  'header'?: (_liaison_v1_EvidenceContentHeader__Output | null);
  'chunk'?: (Buffer);
  'part'?: "header"|"chunk";
}
