// Original file: protos/liaison/v1/leads.proto


export interface DeclineLeadRequest {
  'commandId'?: (string);
  'leadId'?: (string);
  'ifMatchVersion'?: (number);
  'reason'?: (string);
}

export interface DeclineLeadRequest__Output {
  'commandId': (string);
  'leadId': (string);
  'ifMatchVersion': (number);
  'reason': (string);
}
