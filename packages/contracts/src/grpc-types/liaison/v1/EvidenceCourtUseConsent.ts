// Original file: protos/liaison/v1/evidence.proto


export interface EvidenceCourtUseConsent {
  'given'?: (boolean);
  'officerId'?: (string);
  'at'?: (string);
  'note'?: (string);
}

export interface EvidenceCourtUseConsent__Output {
  'given': (boolean);
  'officerId': (string);
  'at': (string);
  'note': (string);
}
