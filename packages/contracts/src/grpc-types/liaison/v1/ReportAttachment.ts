// Original file: protos/liaison/v1/intake.proto

import type { Long } from '@grpc/proto-loader';

export interface ReportAttachment {
  'attachmentId'?: (string);
  'mediaType'?: (string);
  'size'?: (number | string | Long);
  'sha256'?: (string);
  'receivedAt'?: (string);
  /**
   * <attachment id>.<extension of the sniffed type>: the client's own file name is not kept.
   */
  'fileName'?: (string);
}

export interface ReportAttachment__Output {
  'attachmentId': (string);
  'mediaType': (string);
  'size': (number);
  'sha256': (string);
  'receivedAt': (string);
  /**
   * <attachment id>.<extension of the sniffed type>: the client's own file name is not kept.
   */
  'fileName': (string);
}
