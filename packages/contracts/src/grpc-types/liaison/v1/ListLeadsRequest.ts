// Original file: protos/liaison/v1/leads.proto

import type { PageRequest as _liaison_v1_PageRequest, PageRequest__Output as _liaison_v1_PageRequest__Output } from '../../liaison/v1/PageRequest';

export interface ListLeadsRequest {
  'page'?: (_liaison_v1_PageRequest | null);
  /**
   * Optional filter on the lead's (or, in the inbox, the recipient's) status.
   */
  'status'?: (string);
}

export interface ListLeadsRequest__Output {
  'page': (_liaison_v1_PageRequest__Output | null);
  /**
   * Optional filter on the lead's (or, in the inbox, the recipient's) status.
   */
  'status': (string);
}
