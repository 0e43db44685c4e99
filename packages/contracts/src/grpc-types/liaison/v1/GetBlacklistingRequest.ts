// Original file: protos/liaison/v1/credit.proto


export interface GetBlacklistingRequest {
  'blacklistingId'?: (string);
}

export interface GetBlacklistingRequest__Output {
  'blacklistingId': (string);
}
