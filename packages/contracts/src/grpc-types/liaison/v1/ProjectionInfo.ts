// Original file: protos/liaison/v1/projections.proto

import type { Long } from '@grpc/proto-loader';

export interface ProjectionInfo {
  'name'?: (string);
  /**
   * Which streams feed it, e.g. lead-.
   */
  'streamPrefix'?: (string);
  /**
   * Documents (streams) in the live generation.
   */
  'documents'?: (number | string | Long);
  'generation'?: (number);
  /**
   * The collections of a generation: the documents, then the derived row sets.
   */
  'collections'?: (string)[];
}

export interface ProjectionInfo__Output {
  'name': (string);
  /**
   * Which streams feed it, e.g. lead-.
   */
  'streamPrefix': (string);
  /**
   * Documents (streams) in the live generation.
   */
  'documents': (number);
  'generation': (number);
  /**
   * The collections of a generation: the documents, then the derived row sets.
   */
  'collections': (string)[];
}
