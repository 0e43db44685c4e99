// Original file: protos/liaison/v1/leads.proto

import type { Long } from '@grpc/proto-loader';

export interface Attachment {
  'sha256'?: (string);
  'name'?: (string);
  'mediaType'?: (string);
  'sizeBytes'?: (number | string | Long);
}

export interface Attachment__Output {
  'sha256': (string);
  'name': (string);
  'mediaType': (string);
  'sizeBytes': (number);
}
