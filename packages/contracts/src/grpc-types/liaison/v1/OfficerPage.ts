// Original file: protos/liaison/v1/registry.proto

import type { RegistryOfficer as _liaison_v1_RegistryOfficer, RegistryOfficer__Output as _liaison_v1_RegistryOfficer__Output } from '../../liaison/v1/RegistryOfficer';
import type { PageInfo as _liaison_v1_PageInfo, PageInfo__Output as _liaison_v1_PageInfo__Output } from '../../liaison/v1/PageInfo';

export interface OfficerPage {
  'officers'?: (_liaison_v1_RegistryOfficer)[];
  'page'?: (_liaison_v1_PageInfo | null);
}

export interface OfficerPage__Output {
  'officers': (_liaison_v1_RegistryOfficer__Output)[];
  'page': (_liaison_v1_PageInfo__Output | null);
}
