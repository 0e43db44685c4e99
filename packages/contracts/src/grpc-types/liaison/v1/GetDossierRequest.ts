// Original file: protos/liaison/v1/evidence.proto


export interface GetDossierRequest {
  'operationId'?: (string);
}

export interface GetDossierRequest__Output {
  'operationId': (string);
}
