// Original file: protos/liaison/v1/credit.proto


export interface WithdrawPublicationRequest {
  'commandId'?: (string);
  'publicationId'?: (string);
  'ifMatchVersion'?: (number);
  'reason'?: (string);
}

export interface WithdrawPublicationRequest__Output {
  'commandId': (string);
  'publicationId': (string);
  'ifMatchVersion': (number);
  'reason': (string);
}
