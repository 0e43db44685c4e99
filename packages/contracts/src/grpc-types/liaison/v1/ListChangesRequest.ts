// Original file: protos/liaison/v1/registry.proto

import type { PageRequest as _liaison_v1_PageRequest, PageRequest__Output as _liaison_v1_PageRequest__Output } from '../../liaison/v1/PageRequest';

export interface ListChangesRequest {
  /**
   * Only the changes of this stream (unit-<id> / officer-<id>), when given.
   */
  'streamId'?: (string);
  'page'?: (_liaison_v1_PageRequest | null);
}

export interface ListChangesRequest__Output {
  /**
   * Only the changes of this stream (unit-<id> / officer-<id>), when given.
   */
  'streamId': (string);
  'page': (_liaison_v1_PageRequest__Output | null);
}
