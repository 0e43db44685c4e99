// Original file: protos/liaison/v1/intake.proto

import type { Long } from '@grpc/proto-loader';

export interface ReportAttachmentResult {
  'attachmentId'?: (string);
  /**
   * The attachments the report has now (all the reporter learns).
   */
  'attachmentCount'?: (number);
  /**
   * The media type sniffed from the bytes.
   */
  'mediaType'?: (string);
  'size'?: (number | string | Long);
  'duplicate'?: (boolean);
}

export interface ReportAttachmentResult__Output {
  'attachmentId': (string);
  /**
   * The attachments the report has now (all the reporter learns).
   */
  'attachmentCount': (number);
  /**
   * The media type sniffed from the bytes.
   */
  'mediaType': (string);
  'size': (number);
  'duplicate': (boolean);
}
