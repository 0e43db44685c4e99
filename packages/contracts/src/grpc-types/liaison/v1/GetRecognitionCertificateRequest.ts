// Original file: protos/liaison/v1/evidence.proto


export interface GetRecognitionCertificateRequest {
  'evidenceId'?: (string);
}

export interface GetRecognitionCertificateRequest__Output {
  'evidenceId': (string);
}
