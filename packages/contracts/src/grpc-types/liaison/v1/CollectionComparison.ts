// Original file: protos/liaison/v1/projections.proto

import type { Long } from '@grpc/proto-loader';

export interface CollectionComparison {
  'collection'?: (string);
  'live'?: (number | string | Long);
  'rebuilt'?: (number | string | Long);
  'identical'?: (number | string | Long);
  /**
   * Same id and version in both, different content (at most 20 named).
   */
  'differing'?: (string)[];
  /**
   * Newer in the rebuild: live writes that reached the rebuild first.
   */
  'newer'?: (number | string | Long);
  /**
   * In live only, and the store could not reproduce them (at most 20 named).
   */
  'missing'?: (string)[];
  /**
   * In the rebuild only: arrived while comparing.
   */
  'extra'?: (number | string | Long);
}

export interface CollectionComparison__Output {
  'collection': (string);
  'live': (number);
  'rebuilt': (number);
  'identical': (number);
  /**
   * Same id and version in both, different content (at most 20 named).
   */
  'differing': (string)[];
  /**
   * Newer in the rebuild: live writes that reached the rebuild first.
   */
  'newer': (number);
  /**
   * In live only, and the store could not reproduce them (at most 20 named).
   */
  'missing': (string)[];
  /**
   * In the rebuild only: arrived while comparing.
   */
  'extra': (number);
}
