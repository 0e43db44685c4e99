// Original file: protos/liaison/v1/leads.proto

import type { PageRequest as _liaison_v1_PageRequest, PageRequest__Output as _liaison_v1_PageRequest__Output } from '../../liaison/v1/PageRequest';

export interface SearchLeadsRequest {
  'page'?: (_liaison_v1_PageRequest | null);
  'category'?: (string);
  'jurisdiction'?: (string);
  'status'?: (string);
  'ownerUnitId'?: (string);
  'creditCode'?: (string);
  /**
   * Free text over title and subject name.
   */
  'text'?: (string);
  /**
   * RFC 3339 bounds on when the lead was posted.
   */
  'postedFrom'?: (string);
  'postedTo'?: (string);
}

export interface SearchLeadsRequest__Output {
  'page': (_liaison_v1_PageRequest__Output | null);
  'category': (string);
  'jurisdiction': (string);
  'status': (string);
  'ownerUnitId': (string);
  'creditCode': (string);
  /**
   * Free text over title and subject name.
   */
  'text': (string);
  /**
   * RFC 3339 bounds on when the lead was posted.
   */
  'postedFrom': (string);
  'postedTo': (string);
}
