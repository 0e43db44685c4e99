// Original file: protos/liaison/v1/intake.proto

import type { ReportAttachment as _liaison_v1_ReportAttachment, ReportAttachment__Output as _liaison_v1_ReportAttachment__Output } from '../../liaison/v1/ReportAttachment';

export interface ReportAttachmentList {
  'reportId'?: (string);
  'attachments'?: (_liaison_v1_ReportAttachment)[];
}

export interface ReportAttachmentList__Output {
  'reportId': (string);
  'attachments': (_liaison_v1_ReportAttachment__Output)[];
}
