// Original file: protos/liaison/v1/projections.proto

import type { CollectionComparison as _liaison_v1_CollectionComparison, CollectionComparison__Output as _liaison_v1_CollectionComparison__Output } from '../../liaison/v1/CollectionComparison';
import type { Long } from '@grpc/proto-loader';

export interface RebuildOutcome {
  /**
   * The generation readers use now.
   */
  'generation'?: (number);
  'events'?: (number | string | Long);
  'streams'?: (number | string | Long);
  /**
   * Streams caught up from the store after the scan (events that arrived meanwhile).
   */
  'caughtUp'?: (number);
  /**
   * Live documents the store cannot reproduce: left behind.
   */
  'discarded'?: (string)[];
  'comparison'?: (_liaison_v1_CollectionComparison)[];
  /**
   * Every collection: nothing differing and nothing missing.
   */
  'matchesLive'?: (boolean);
  'elapsedMs'?: (number | string | Long);
}

export interface RebuildOutcome__Output {
  /**
   * The generation readers use now.
   */
  'generation': (number);
  'events': (number);
  'streams': (number);
  /**
   * Streams caught up from the store after the scan (events that arrived meanwhile).
   */
  'caughtUp': (number);
  /**
   * Live documents the store cannot reproduce: left behind.
   */
  'discarded': (string)[];
  'comparison': (_liaison_v1_CollectionComparison__Output)[];
  /**
   * Every collection: nothing differing and nothing missing.
   */
  'matchesLive': (boolean);
  'elapsedMs': (number);
}
