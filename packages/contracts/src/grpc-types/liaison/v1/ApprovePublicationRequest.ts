// Original file: protos/liaison/v1/credit.proto


export interface ApprovePublicationRequest {
  'commandId'?: (string);
  'publicationId'?: (string);
  'ifMatchVersion'?: (number);
  'note'?: (string);
}

export interface ApprovePublicationRequest__Output {
  'commandId': (string);
  'publicationId': (string);
  'ifMatchVersion': (number);
  'note': (string);
}
