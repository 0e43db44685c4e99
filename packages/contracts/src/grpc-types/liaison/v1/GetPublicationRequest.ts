// Original file: protos/liaison/v1/credit.proto


export interface GetPublicationRequest {
  'publicationId'?: (string);
}

export interface GetPublicationRequest__Output {
  'publicationId': (string);
}
