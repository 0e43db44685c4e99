// Original file: protos/liaison/v1/intake.proto

import type { Long } from '@grpc/proto-loader';

export interface ReportAttachmentHeader {
  'mediaType'?: (string);
  'size'?: (number | string | Long);
  /**
   * SHA-256 (hex) of the stored bytes, re-computed before this answer.
   */
  'sha256'?: (string);
  /**
   * True when the stored bytes match the hash recorded at upload.
   */
  'verified'?: (boolean);
  'fileName'?: (string);
}

export interface ReportAttachmentHeader__Output {
  'mediaType': (string);
  'size': (number);
  /**
   * SHA-256 (hex) of the stored bytes, re-computed before this answer.
   */
  'sha256': (string);
  /**
   * True when the stored bytes match the hash recorded at upload.
   */
  'verified': (boolean);
  'fileName': (string);
}
