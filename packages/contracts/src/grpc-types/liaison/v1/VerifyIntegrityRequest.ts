// Original file: protos/liaison/v1/evidence.proto


export interface VerifyIntegrityRequest {
  'commandId'?: (string);
  'evidenceId'?: (string);
  'ifMatchVersion'?: (number);
  /**
   * Hex SHA-256 of the bytes the caller holds (or the service re-hashed).
   */
  'sha256'?: (string);
}

export interface VerifyIntegrityRequest__Output {
  'commandId': (string);
  'evidenceId': (string);
  'ifMatchVersion': (number);
  /**
   * Hex SHA-256 of the bytes the caller holds (or the service re-hashed).
   */
  'sha256': (string);
}
