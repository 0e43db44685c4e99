// Original file: protos/liaison/v1/operations.proto

import type { PageRequest as _liaison_v1_PageRequest, PageRequest__Output as _liaison_v1_PageRequest__Output } from '../../liaison/v1/PageRequest';

export interface ListOperationsRequest {
  'page'?: (_liaison_v1_PageRequest | null);
  /**
   * ListMyOperations: optional status filter.
   */
  'status'?: (string);
}

export interface ListOperationsRequest__Output {
  'page': (_liaison_v1_PageRequest__Output | null);
  /**
   * ListMyOperations: optional status filter.
   */
  'status': (string);
}
