// Original file: protos/liaison/v1/integrity.proto

import type { BrokenLink as _liaison_v1_BrokenLink, BrokenLink__Output as _liaison_v1_BrokenLink__Output } from '../../liaison/v1/BrokenLink';

export interface StreamVerification {
  'streamId'?: (string);
  /**
   * Commits in the stream (all of them, also those after a broken link).
   */
  'commits'?: (number);
  /**
   * Version of the stream's last event.
   */
  'headVersion'?: (number);
  /**
   * Hash of the last commit as stored (64 hex digits); only vouched for when intact.
   */
  'head'?: (string);
  /**
   * True when every link recomputes; then first_broken_link is absent.
   */
  'intact'?: (boolean);
  'firstBrokenLink'?: (_liaison_v1_BrokenLink | null);
  /**
   * Commits written before commits were chained: unprotected until a chained commit follows them.
   */
  'legacyCommits'?: (number);
  /**
   * The hash algorithm and canonical form, e.g. "sha256/rfc8785".
   */
  'algorithm'?: (string);
}

export interface StreamVerification__Output {
  'streamId': (string);
  /**
   * Commits in the stream (all of them, also those after a broken link).
   */
  'commits': (number);
  /**
   * Version of the stream's last event.
   */
  'headVersion': (number);
  /**
   * Hash of the last commit as stored (64 hex digits); only vouched for when intact.
   */
  'head': (string);
  /**
   * True when every link recomputes; then first_broken_link is absent.
   */
  'intact': (boolean);
  'firstBrokenLink': (_liaison_v1_BrokenLink__Output | null);
  /**
   * Commits written before commits were chained: unprotected until a chained commit follows them.
   */
  'legacyCommits': (number);
  /**
   * The hash algorithm and canonical form, e.g. "sha256/rfc8785".
   */
  'algorithm': (string);
}
