// Original file: protos/liaison/v1/leads.proto


export interface RequestCourtUseConsentRequest {
  'commandId'?: (string);
  'leadId'?: (string);
  'ifMatchVersion'?: (number);
  'unitId'?: (string);
  'reason'?: (string);
}

export interface RequestCourtUseConsentRequest__Output {
  'commandId': (string);
  'leadId': (string);
  'ifMatchVersion': (number);
  'unitId': (string);
  'reason': (string);
}
