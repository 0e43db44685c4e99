// Original file: protos/liaison/v1/history.proto

import type { QueryArchiveRequest as _liaison_v1_QueryArchiveRequest, QueryArchiveRequest__Output as _liaison_v1_QueryArchiveRequest__Output } from '../../liaison/v1/QueryArchiveRequest';

export interface ReplayArchiveRequest {
  /**
   * The period (RFC 3339, on recorded_at, from inclusive, to exclusive) and the same filters as a query.
   */
  'filter'?: (_liaison_v1_QueryArchiveRequest | null);
  /**
   * Times real time, e.g. 60; 0 = as fast as possible. At most 1000000.
   */
  'speed'?: (number | string);
  /**
   * The sandbox's name ([a-z0-9-], up to 40); replaying into it again starts it afresh.
   */
  'sandbox'?: (string);
}

export interface ReplayArchiveRequest__Output {
  /**
   * The period (RFC 3339, on recorded_at, from inclusive, to exclusive) and the same filters as a query.
   */
  'filter': (_liaison_v1_QueryArchiveRequest__Output | null);
  /**
   * Times real time, e.g. 60; 0 = as fast as possible. At most 1000000.
   */
  'speed': (number);
  /**
   * The sandbox's name ([a-z0-9-], up to 40); replaying into it again starts it afresh.
   */
  'sandbox': (string);
}
