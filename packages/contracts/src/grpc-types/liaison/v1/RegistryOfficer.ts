// Original file: protos/liaison/v1/registry.proto

import type { RegistryChange as _liaison_v1_RegistryChange, RegistryChange__Output as _liaison_v1_RegistryChange__Output } from '../../liaison/v1/RegistryChange';

export interface RegistryOfficer {
  'officerId'?: (string);
  'unitId'?: (string);
  'name'?: (string);
  'version'?: (number);
  /**
   * Admins only (empty otherwise):
   */
  'roles'?: (string)[];
  'clearance'?: (string);
  /**
   * active | deactivated
   */
  'status'?: (string);
  'registeredAt'?: (string);
  'history'?: (_liaison_v1_RegistryChange)[];
}

export interface RegistryOfficer__Output {
  'officerId': (string);
  'unitId': (string);
  'name': (string);
  'version': (number);
  /**
   * Admins only (empty otherwise):
   */
  'roles': (string)[];
  'clearance': (string);
  /**
   * active | deactivated
   */
  'status': (string);
  'registeredAt': (string);
  'history': (_liaison_v1_RegistryChange__Output)[];
}
