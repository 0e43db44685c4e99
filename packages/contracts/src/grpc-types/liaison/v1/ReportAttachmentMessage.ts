// Original file: protos/liaison/v1/intake.proto

import type { ReportAttachmentTarget as _liaison_v1_ReportAttachmentTarget, ReportAttachmentTarget__Output as _liaison_v1_ReportAttachmentTarget__Output } from '../../liaison/v1/ReportAttachmentTarget';
import type { ReportAttachmentEnd as _liaison_v1_ReportAttachmentEnd, ReportAttachmentEnd__Output as _liaison_v1_ReportAttachmentEnd__Output } from '../../liaison/v1/ReportAttachmentEnd';

export interface ReportAttachmentMessage {
  'target'?: (_liaison_v1_ReportAttachmentTarget | null);
  'chunk'?: (Buffer | Uint8Array | string);
  'end'?: (_liaison_v1_ReportAttachmentEnd | null);
  'part'?: "target"|"chunk"|"end";
}

export interface ReportAttachmentMessage__Output {
  'target'?: (_liaison_v1_ReportAttachmentTarget__Output | null);
  'chunk'?: (Buffer);
  'end'?: (_liaison_v1_ReportAttachmentEnd__Output | null);
  'part'?: "target"|"chunk"|"end";
}
