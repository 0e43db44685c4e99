// Original file: protos/liaison/v1/leads.proto


export interface LeadActionRequest {
  'commandId'?: (string);
  'leadId'?: (string);
  'ifMatchVersion'?: (number);
}

export interface LeadActionRequest__Output {
  'commandId': (string);
  'leadId': (string);
  'ifMatchVersion': (number);
}
