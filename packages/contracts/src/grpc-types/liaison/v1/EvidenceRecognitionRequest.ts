// Original file: protos/liaison/v1/evidence.proto

import type { EvidenceRecognitionDecision as _liaison_v1_EvidenceRecognitionDecision, EvidenceRecognitionDecision__Output as _liaison_v1_EvidenceRecognitionDecision__Output } from '../../liaison/v1/EvidenceRecognitionDecision';

export interface EvidenceRecognitionRequest {
  'requestId'?: (string);
  /**
   * administrative_penalty | criminal_transfer | court
   */
  'purpose'?: (string);
  'requestedByUnitId'?: (string);
  'requestedByOfficerId'?: (string);
  'requestedAt'?: (string);
  'note'?: (string);
  'decisions'?: (_liaison_v1_EvidenceRecognitionDecision)[];
}

export interface EvidenceRecognitionRequest__Output {
  'requestId': (string);
  /**
   * administrative_penalty | criminal_transfer | court
   */
  'purpose': (string);
  'requestedByUnitId': (string);
  'requestedByOfficerId': (string);
  'requestedAt': (string);
  'note': (string);
  'decisions': (_liaison_v1_EvidenceRecognitionDecision__Output)[];
}
