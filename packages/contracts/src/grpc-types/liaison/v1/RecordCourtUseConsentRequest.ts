// Original file: protos/liaison/v1/evidence.proto


export interface RecordCourtUseConsentRequest {
  'commandId'?: (string);
  'evidenceId'?: (string);
  'ifMatchVersion'?: (number);
  'note'?: (string);
  /**
   * The units that may use the item in court (courtUseAllowed checks the recognising unit).
   */
  'unitIds'?: (string)[];
}

export interface RecordCourtUseConsentRequest__Output {
  'commandId': (string);
  'evidenceId': (string);
  'ifMatchVersion': (number);
  'note': (string);
  /**
   * The units that may use the item in court (courtUseAllowed checks the recognising unit).
   */
  'unitIds': (string)[];
}
