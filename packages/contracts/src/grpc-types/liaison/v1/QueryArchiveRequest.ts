// Original file: protos/liaison/v1/history.proto

import type { PageRequest as _liaison_v1_PageRequest, PageRequest__Output as _liaison_v1_PageRequest__Output } from '../../liaison/v1/PageRequest';

export interface QueryArchiveRequest {
  /**
   * RFC 3339; from inclusive, to exclusive, on recorded_at; empty = open.
   */
  'from'?: (string);
  'to'?: (string);
  /**
   * An event type, e.g. LeadPosted.
   */
  'type'?: (string);
  /**
   * The owner unit of the event's record.
   */
  'unitId'?: (string);
  'jurisdiction'?: (string);
  /**
   * leads | operations | evidence | meetings | registry
   */
  'context'?: (string);
  'recordId'?: (string);
  'page'?: (_liaison_v1_PageRequest | null);
}

export interface QueryArchiveRequest__Output {
  /**
   * RFC 3339; from inclusive, to exclusive, on recorded_at; empty = open.
   */
  'from': (string);
  'to': (string);
  /**
   * An event type, e.g. LeadPosted.
   */
  'type': (string);
  /**
   * The owner unit of the event's record.
   */
  'unitId': (string);
  'jurisdiction': (string);
  /**
   * leads | operations | evidence | meetings | registry
   */
  'context': (string);
  'recordId': (string);
  'page': (_liaison_v1_PageRequest__Output | null);
}
