// Original file: protos/liaison/v1/registry.proto

import type { PageRequest as _liaison_v1_PageRequest, PageRequest__Output as _liaison_v1_PageRequest__Output } from '../../liaison/v1/PageRequest';

export interface ListRegistryRequest {
  'page'?: (_liaison_v1_PageRequest | null);
}

export interface ListRegistryRequest__Output {
  'page': (_liaison_v1_PageRequest__Output | null);
}
