// Original file: protos/liaison/v1/credit.proto


export interface ListBlacklistingsRequest {
  'status'?: (string);
}

export interface ListBlacklistingsRequest__Output {
  'status': (string);
}
