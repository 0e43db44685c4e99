// Original file: protos/liaison/v1/credit.proto


export interface DecideBlacklistingAppealRequest {
  'commandId'?: (string);
  'blacklistingId'?: (string);
  'ifMatchVersion'?: (number);
  'upheld'?: (boolean);
  'reason'?: (string);
}

export interface DecideBlacklistingAppealRequest__Output {
  'commandId': (string);
  'blacklistingId': (string);
  'ifMatchVersion': (number);
  'upheld': (boolean);
  'reason': (string);
}
