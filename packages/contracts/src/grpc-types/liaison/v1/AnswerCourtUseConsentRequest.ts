// Original file: protos/liaison/v1/leads.proto


export interface AnswerCourtUseConsentRequest {
  'commandId'?: (string);
  'leadId'?: (string);
  'ifMatchVersion'?: (number);
  'requestId'?: (string);
  'reason'?: (string);
}

export interface AnswerCourtUseConsentRequest__Output {
  'commandId': (string);
  'leadId': (string);
  'ifMatchVersion': (number);
  'requestId': (string);
  'reason': (string);
}
