// Original file: protos/liaison/v1/registry.proto

import type { RegistryUnit as _liaison_v1_RegistryUnit, RegistryUnit__Output as _liaison_v1_RegistryUnit__Output } from '../../liaison/v1/RegistryUnit';
import type { PageInfo as _liaison_v1_PageInfo, PageInfo__Output as _liaison_v1_PageInfo__Output } from '../../liaison/v1/PageInfo';

export interface UnitPage {
  'units'?: (_liaison_v1_RegistryUnit)[];
  'page'?: (_liaison_v1_PageInfo | null);
}

export interface UnitPage__Output {
  'units': (_liaison_v1_RegistryUnit__Output)[];
  'page': (_liaison_v1_PageInfo__Output | null);
}
