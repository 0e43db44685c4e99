// Original file: protos/liaison/v1/evidence.proto


export interface RecordCustodyTransferRequest {
  'commandId'?: (string);
  'evidenceId'?: (string);
  'ifMatchVersion'?: (number);
  /**
   * Empty: the current custodian.
   */
  'fromUnitId'?: (string);
  'fromOfficerId'?: (string);
  'toUnitId'?: (string);
  'toOfficerId'?: (string);
  'reason'?: (string);
  /**
   * RFC 3339; empty: now.
   */
  'at'?: (string);
}

export interface RecordCustodyTransferRequest__Output {
  'commandId': (string);
  'evidenceId': (string);
  'ifMatchVersion': (number);
  /**
   * Empty: the current custodian.
   */
  'fromUnitId': (string);
  'fromOfficerId': (string);
  'toUnitId': (string);
  'toOfficerId': (string);
  'reason': (string);
  /**
   * RFC 3339; empty: now.
   */
  'at': (string);
}
