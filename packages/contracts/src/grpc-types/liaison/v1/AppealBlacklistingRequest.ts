// Original file: protos/liaison/v1/credit.proto


export interface AppealBlacklistingRequest {
  'commandId'?: (string);
  'blacklistingId'?: (string);
  'ifMatchVersion'?: (number);
  'appellant'?: (string);
  'grounds'?: (string);
}

export interface AppealBlacklistingRequest__Output {
  'commandId': (string);
  'blacklistingId': (string);
  'ifMatchVersion': (number);
  'appellant': (string);
  'grounds': (string);
}
