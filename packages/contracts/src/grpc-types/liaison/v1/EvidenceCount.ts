// Original file: protos/liaison/v1/evidence.proto


export interface EvidenceCount {
  'recordId'?: (string);
  'count'?: (number);
}

export interface EvidenceCount__Output {
  'recordId': (string);
  'count': (number);
}
