// Original file: protos/liaison/v1/common.proto

import type { FieldIssue as _liaison_v1_FieldIssue, FieldIssue__Output as _liaison_v1_FieldIssue__Output } from '../../liaison/v1/FieldIssue';

/**
 * The body of an RFC 9457 problem as a message, for APIs that return an outcome per item
 * (batch operations) rather than failing the whole call. Whole-call failures use the gRPC status
 * plus trailing metadata (x-liaison-error-code, x-liaison-issues, x-liaison-current-status).
 */
export interface Problem {
  'type'?: (string);
  'title'?: (string);
  'status'?: (number);
  'detail'?: (string);
  'issues'?: (_liaison_v1_FieldIssue)[];
  'currentStatus'?: (string);
}

/**
 * The body of an RFC 9457 problem as a message, for APIs that return an outcome per item
 * (batch operations) rather than failing the whole call. Whole-call failures use the gRPC status
 * plus trailing metadata (x-liaison-error-code, x-liaison-issues, x-liaison-current-status).
 */
export interface Problem__Output {
  'type': (string);
  'title': (string);
  'status': (number);
  'detail': (string);
  'issues': (_liaison_v1_FieldIssue__Output)[];
  'currentStatus': (string);
}
