// Original file: protos/liaison/v1/operations.proto

import type { PageRequest as _liaison_v1_PageRequest, PageRequest__Output as _liaison_v1_PageRequest__Output } from '../../liaison/v1/PageRequest';

export interface CalendarRequest {
  'page'?: (_liaison_v1_PageRequest | null);
  /**
   * RFC 3339; empty means unbounded.
   */
  'from'?: (string);
  'to'?: (string);
}

export interface CalendarRequest__Output {
  'page': (_liaison_v1_PageRequest__Output | null);
  /**
   * RFC 3339; empty means unbounded.
   */
  'from': (string);
  'to': (string);
}
