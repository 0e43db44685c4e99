// Original file: protos/liaison/v1/common.proto

import type { PageRequest as _liaison_v1_PageRequest, PageRequest__Output as _liaison_v1_PageRequest__Output } from '../../liaison/v1/PageRequest';

export interface ListAccountabilityRequest {
  /**
   * Empty: every unit the caller may read (officers: their own unit only).
   */
  'unitId'?: (string);
  /**
   * RFC 3339 window on detected_at: from inclusive, to exclusive; empty = open.
   */
  'from'?: (string);
  'to'?: (string);
  'page'?: (_liaison_v1_PageRequest | null);
}

export interface ListAccountabilityRequest__Output {
  /**
   * Empty: every unit the caller may read (officers: their own unit only).
   */
  'unitId': (string);
  /**
   * RFC 3339 window on detected_at: from inclusive, to exclusive; empty = open.
   */
  'from': (string);
  'to': (string);
  'page': (_liaison_v1_PageRequest__Output | null);
}
