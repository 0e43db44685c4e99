// Original file: protos/liaison/v1/evidence.proto


export interface RecordCourtUseConsentRequest {
  'commandId'?: (string);
  'evidenceId'?: (string);
  'ifMatchVersion'?: (number);
  'note'?: (string);
}

export interface RecordCourtUseConsentRequest__Output {
  'commandId': (string);
  'evidenceId': (string);
  'ifMatchVersion': (number);
  'note': (string);
}
