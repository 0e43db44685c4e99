// Original file: protos/liaison/v1/evidence.proto

import type { RegisterEvidenceRequest as _liaison_v1_RegisterEvidenceRequest, RegisterEvidenceRequest__Output as _liaison_v1_RegisterEvidenceRequest__Output } from '../../liaison/v1/RegisterEvidenceRequest';

export interface UploadEvidenceMessage {
  'registration'?: (_liaison_v1_RegisterEvidenceRequest | null);
  'chunk'?: (Buffer | Uint8Array | string);
  'part'?: "registration"|"chunk";
}

export interface UploadEvidenceMessage__Output {
  'registration'?: (_liaison_v1_RegisterEvidenceRequest__Output | null);
  'chunk'?: (Buffer);
  'part'?: "registration"|"chunk";
}
