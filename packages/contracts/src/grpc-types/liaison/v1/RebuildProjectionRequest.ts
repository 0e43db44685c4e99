// Original file: protos/liaison/v1/projections.proto


export interface RebuildProjectionRequest {
  'projection'?: (string);
  /**
   * Start although an earlier rebuild did not finish (it crashed): its shadow is dropped.
   */
  'takeOver'?: (boolean);
}

export interface RebuildProjectionRequest__Output {
  'projection': (string);
  /**
   * Start although an earlier rebuild did not finish (it crashed): its shadow is dropped.
   */
  'takeOver': (boolean);
}
