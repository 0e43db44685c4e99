// Original file: protos/liaison/v1/integrity.proto


export interface VerifyStreamRequest {
  /**
   * The record's stream id, e.g. lead-<uuid>, operation-<uuid>.
   */
  'streamId'?: (string);
}

export interface VerifyStreamRequest__Output {
  /**
   * The record's stream id, e.g. lead-<uuid>, operation-<uuid>.
   */
  'streamId': (string);
}
