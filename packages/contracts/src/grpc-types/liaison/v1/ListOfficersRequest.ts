// Original file: protos/liaison/v1/registry.proto

import type { PageRequest as _liaison_v1_PageRequest, PageRequest__Output as _liaison_v1_PageRequest__Output } from '../../liaison/v1/PageRequest';

export interface ListOfficersRequest {
  /**
   * Only the officers of this unit, when given.
   */
  'unitId'?: (string);
  /**
   * Admins: also deactivated officers.
   */
  'includeDeactivated'?: (boolean);
  'page'?: (_liaison_v1_PageRequest | null);
}

export interface ListOfficersRequest__Output {
  /**
   * Only the officers of this unit, when given.
   */
  'unitId': (string);
  /**
   * Admins: also deactivated officers.
   */
  'includeDeactivated': (boolean);
  'page': (_liaison_v1_PageRequest__Output | null);
}
