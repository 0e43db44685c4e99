// Original file: protos/liaison/v1/intake.proto

import type { ReportAttachmentHeader as _liaison_v1_ReportAttachmentHeader, ReportAttachmentHeader__Output as _liaison_v1_ReportAttachmentHeader__Output } from '../../liaison/v1/ReportAttachmentHeader';

export interface ReportAttachmentChunk {
  'header'?: (_liaison_v1_ReportAttachmentHeader | null);
  'chunk'?: (Buffer | Uint8Array | string);
  'part'?: "header"|"chunk";
}

export interface ReportAttachmentChunk__Output {
  'header'?: (_liaison_v1_ReportAttachmentHeader__Output | null);
  'chunk'?: (Buffer);
  'part'?: "header"|"chunk";
}
