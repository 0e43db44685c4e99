// Original file: protos/liaison/v1/evidence.proto

import type { RegisterEvidenceRequest as _liaison_v1_RegisterEvidenceRequest, RegisterEvidenceRequest__Output as _liaison_v1_RegisterEvidenceRequest__Output } from '../../liaison/v1/RegisterEvidenceRequest';
import type { UploadEvidenceEnd as _liaison_v1_UploadEvidenceEnd, UploadEvidenceEnd__Output as _liaison_v1_UploadEvidenceEnd__Output } from '../../liaison/v1/UploadEvidenceEnd';

export interface UploadEvidenceMessage {
  'registration'?: (_liaison_v1_RegisterEvidenceRequest | null);
  'chunk'?: (Buffer | Uint8Array | string);
  'end'?: (_liaison_v1_UploadEvidenceEnd | null);
  'part'?: "registration"|"chunk"|"end";
}

export interface UploadEvidenceMessage__Output {
  'registration'?: (_liaison_v1_RegisterEvidenceRequest__Output | null);
  'chunk'?: (Buffer);
  'end'?: (_liaison_v1_UploadEvidenceEnd__Output | null);
  'part'?: "registration"|"chunk"|"end";
}
