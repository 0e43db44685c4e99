// Original file: protos/liaison/v1/credit.proto


export interface BlacklistingCommandResult {
  'blacklistingId'?: (string);
  'version'?: (number);
  'status'?: (string);
  'duplicate'?: (boolean);
}

export interface BlacklistingCommandResult__Output {
  'blacklistingId': (string);
  'version': (number);
  'status': (string);
  'duplicate': (boolean);
}
