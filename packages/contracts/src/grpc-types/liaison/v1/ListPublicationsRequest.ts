// Original file: protos/liaison/v1/credit.proto


export interface ListPublicationsRequest {
  'status'?: (string);
}

export interface ListPublicationsRequest__Output {
  'status': (string);
}
