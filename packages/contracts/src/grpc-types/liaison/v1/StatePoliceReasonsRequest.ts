// Original file: protos/liaison/v1/leads.proto


export interface StatePoliceReasonsRequest {
  'commandId'?: (string);
  'leadId'?: (string);
  'ifMatchVersion'?: (number);
  'reasons'?: (string);
}

export interface StatePoliceReasonsRequest__Output {
  'commandId': (string);
  'leadId': (string);
  'ifMatchVersion': (number);
  'reasons': (string);
}
