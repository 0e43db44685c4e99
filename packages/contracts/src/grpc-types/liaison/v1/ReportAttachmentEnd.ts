// Original file: protos/liaison/v1/intake.proto

import type { Long } from '@grpc/proto-loader';

export interface ReportAttachmentEnd {
  /**
   * The number of content bytes sent: only a stream ending with the right size is whole.
   */
  'size'?: (number | string | Long);
}

export interface ReportAttachmentEnd__Output {
  /**
   * The number of content bytes sent: only a stream ending with the right size is whole.
   */
  'size': (number);
}
