// Original file: protos/liaison/v1/evidence.proto


export interface RecogniseRequest {
  'commandId'?: (string);
  'evidenceId'?: (string);
  'ifMatchVersion'?: (number);
  /**
   * May be empty when exactly one request awaits the caller's unit on this item.
   */
  'requestId'?: (string);
  'note'?: (string);
}

export interface RecogniseRequest__Output {
  'commandId': (string);
  'evidenceId': (string);
  'ifMatchVersion': (number);
  /**
   * May be empty when exactly one request awaits the caller's unit on this item.
   */
  'requestId': (string);
  'note': (string);
}
