// Original file: protos/liaison/v1/evidence.proto


export interface GetEvidenceRequest {
  'evidenceId'?: (string);
}

export interface GetEvidenceRequest__Output {
  'evidenceId': (string);
}
