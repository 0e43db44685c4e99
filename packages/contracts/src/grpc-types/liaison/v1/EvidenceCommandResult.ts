// Original file: protos/liaison/v1/evidence.proto


export interface EvidenceCommandResult {
  'evidenceId'?: (string);
  'version'?: (number);
  /**
   * registered (the only lifecycle status of an item so far)
   */
  'status'?: (string);
  'duplicate'?: (boolean);
  /**
   * RequestRecognition only: the new request's id.
   */
  'requestId'?: (string);
  /**
   * VerifyIntegrity only: verified | mismatch
   */
  'integrity'?: (string);
}

export interface EvidenceCommandResult__Output {
  'evidenceId': (string);
  'version': (number);
  /**
   * registered (the only lifecycle status of an item so far)
   */
  'status': (string);
  'duplicate': (boolean);
  /**
   * RequestRecognition only: the new request's id.
   */
  'requestId': (string);
  /**
   * VerifyIntegrity only: verified | mismatch
   */
  'integrity': (string);
}
