// Original file: protos/liaison/v1/leads.proto


export interface AnswerOnwardSharingRequest {
  'commandId'?: (string);
  'leadId'?: (string);
  'ifMatchVersion'?: (number);
  'requestId'?: (string);
  'reason'?: (string);
}

export interface AnswerOnwardSharingRequest__Output {
  'commandId': (string);
  'leadId': (string);
  'ifMatchVersion': (number);
  'requestId': (string);
  'reason': (string);
}
