// Original file: protos/liaison/v1/registry.proto

import type { RegistryChange as _liaison_v1_RegistryChange, RegistryChange__Output as _liaison_v1_RegistryChange__Output } from '../../liaison/v1/RegistryChange';
import type { PageInfo as _liaison_v1_PageInfo, PageInfo__Output as _liaison_v1_PageInfo__Output } from '../../liaison/v1/PageInfo';

export interface ChangePage {
  'changes'?: (_liaison_v1_RegistryChange)[];
  'page'?: (_liaison_v1_PageInfo | null);
}

export interface ChangePage__Output {
  'changes': (_liaison_v1_RegistryChange__Output)[];
  'page': (_liaison_v1_PageInfo__Output | null);
}
