// Original file: protos/liaison/v1/evidence.proto


export interface EvidenceRecognitionRequestItem {
  'evidenceId'?: (string);
  'requestId'?: (string);
  'title'?: (string);
  'kind'?: (string);
  'purpose'?: (string);
  'ownerUnitId'?: (string);
  'requestedByUnitId'?: (string);
  'requestedAt'?: (string);
  'handlingCode'?: (string);
}

export interface EvidenceRecognitionRequestItem__Output {
  'evidenceId': (string);
  'requestId': (string);
  'title': (string);
  'kind': (string);
  'purpose': (string);
  'ownerUnitId': (string);
  'requestedByUnitId': (string);
  'requestedAt': (string);
  'handlingCode': (string);
}
