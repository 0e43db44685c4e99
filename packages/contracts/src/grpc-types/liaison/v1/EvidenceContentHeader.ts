// Original file: protos/liaison/v1/evidence.proto

import type { Long } from '@grpc/proto-loader';

export interface EvidenceContentHeader {
  'mediaType'?: (string);
  'size'?: (number | string | Long);
  'sha256'?: (string);
  'verified'?: (boolean);
  'fileName'?: (string);
}

export interface EvidenceContentHeader__Output {
  'mediaType': (string);
  'size': (number);
  'sha256': (string);
  'verified': (boolean);
  'fileName': (string);
}
