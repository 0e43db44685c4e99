// Original file: protos/liaison/v1/registry.proto

import type { UnitName as _liaison_v1_UnitName, UnitName__Output as _liaison_v1_UnitName__Output } from '../../liaison/v1/UnitName';
import type { RegistryChange as _liaison_v1_RegistryChange, RegistryChange__Output as _liaison_v1_RegistryChange__Output } from '../../liaison/v1/RegistryChange';

export interface RegistryUnit {
  'unitId'?: (string);
  'agency'?: (string);
  'jurisdiction'?: (string);
  'name'?: (string);
  'nameZh'?: (string);
  'police'?: (boolean);
  'leadingGroup'?: (boolean);
  'version'?: (number);
  /**
   * Admins only (empty otherwise):
   */
  'registeredAt'?: (string);
  'names'?: (_liaison_v1_UnitName)[];
  'history'?: (_liaison_v1_RegistryChange)[];
}

export interface RegistryUnit__Output {
  'unitId': (string);
  'agency': (string);
  'jurisdiction': (string);
  'name': (string);
  'nameZh': (string);
  'police': (boolean);
  'leadingGroup': (boolean);
  'version': (number);
  /**
   * Admins only (empty otherwise):
   */
  'registeredAt': (string);
  'names': (_liaison_v1_UnitName__Output)[];
  'history': (_liaison_v1_RegistryChange__Output)[];
}
