// Original file: protos/liaison/v1/projections.proto

import type { RebuildOutcome as _liaison_v1_RebuildOutcome, RebuildOutcome__Output as _liaison_v1_RebuildOutcome__Output } from '../../liaison/v1/RebuildOutcome';
import type { Long } from '@grpc/proto-loader';

export interface RebuildUpdate {
  /**
   * scanning | catching-up | comparing | switching | done
   */
  'phase'?: (string);
  'events'?: (number | string | Long);
  'streams'?: (number | string | Long);
  /**
   * Documents the live generation held when the rebuild started (a progress bar's total).
   */
  'expectedStreams'?: (number | string | Long);
  /**
   * Set on the last message.
   */
  'outcome'?: (_liaison_v1_RebuildOutcome | null);
}

export interface RebuildUpdate__Output {
  /**
   * scanning | catching-up | comparing | switching | done
   */
  'phase': (string);
  'events': (number);
  'streams': (number);
  /**
   * Documents the live generation held when the rebuild started (a progress bar's total).
   */
  'expectedStreams': (number);
  /**
   * Set on the last message.
   */
  'outcome': (_liaison_v1_RebuildOutcome__Output | null);
}
