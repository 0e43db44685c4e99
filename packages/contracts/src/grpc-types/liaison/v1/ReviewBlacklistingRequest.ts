// Original file: protos/liaison/v1/credit.proto


export interface ReviewBlacklistingRequest {
  'commandId'?: (string);
  'blacklistingId'?: (string);
  'ifMatchVersion'?: (number);
  /**
   * Approve: an optional note; reject: the reason (required).
   */
  'note'?: (string);
  'reason'?: (string);
}

export interface ReviewBlacklistingRequest__Output {
  'commandId': (string);
  'blacklistingId': (string);
  'ifMatchVersion': (number);
  /**
   * Approve: an optional note; reject: the reason (required).
   */
  'note': (string);
  'reason': (string);
}
