// Original file: protos/liaison/v1/history.proto

import type { Long } from '@grpc/proto-loader';

export interface ArchiveStatus {
  'archived'?: (number | string | Long);
  'sequenced'?: (number | string | Long);
}

export interface ArchiveStatus__Output {
  'archived': (number);
  'sequenced': (number);
}
