// Original file: protos/liaison/v1/integrity.proto


export interface BrokenLink {
  /**
   * Version of the commit's first event (its position in the stream).
   */
  'version'?: (number);
  'commitId'?: (string);
  /**
   * hash-mismatch: the hash of the stored events; otherwise what prev_hash should be.
   */
  'expectedHash'?: (string);
  /**
   * What the commit stores (its hash, resp. prev_hash); empty when it has none.
   */
  'storedHash'?: (string);
  /**
   * hash-mismatch | prev-hash-mismatch | version-gap
   */
  'reason'?: (string);
  'detail'?: (string);
}

export interface BrokenLink__Output {
  /**
   * Version of the commit's first event (its position in the stream).
   */
  'version': (number);
  'commitId': (string);
  /**
   * hash-mismatch: the hash of the stored events; otherwise what prev_hash should be.
   */
  'expectedHash': (string);
  /**
   * What the commit stores (its hash, resp. prev_hash); empty when it has none.
   */
  'storedHash': (string);
  /**
   * hash-mismatch | prev-hash-mismatch | version-gap
   */
  'reason': (string);
  'detail': (string);
}
