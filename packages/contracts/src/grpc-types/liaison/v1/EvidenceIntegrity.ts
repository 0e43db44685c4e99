// Original file: protos/liaison/v1/evidence.proto


export interface EvidenceIntegrity {
  /**
   * unverified | verified | mismatch
   */
  'status'?: (string);
  'checkedAt'?: (string);
  'presentedSha256'?: (string);
  'checkedByOfficerId'?: (string);
}

export interface EvidenceIntegrity__Output {
  /**
   * unverified | verified | mismatch
   */
  'status': (string);
  'checkedAt': (string);
  'presentedSha256': (string);
  'checkedByOfficerId': (string);
}
