// Original file: protos/liaison/v1/evidence.proto

import type { Long } from '@grpc/proto-loader';

/**
 * The content is complete: `size` bytes were sent in the chunks before it.
 */
export interface UploadEvidenceEnd {
  'size'?: (number | string | Long);
}

/**
 * The content is complete: `size` bytes were sent in the chunks before it.
 */
export interface UploadEvidenceEnd__Output {
  'size': (number);
}
