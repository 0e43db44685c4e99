// Original file: protos/liaison/v1/evidence.proto


export interface EvidenceRecognitionStatus {
  'requestId'?: (string);
  'purpose'?: (string);
  'unitId'?: (string);
  /**
   * pending | recognised | recognised_with_conditions | rejected | revoked
   */
  'status'?: (string);
  'conditions'?: (string)[];
}

export interface EvidenceRecognitionStatus__Output {
  'requestId': (string);
  'purpose': (string);
  'unitId': (string);
  /**
   * pending | recognised | recognised_with_conditions | rejected | revoked
   */
  'status': (string);
  'conditions': (string)[];
}
