// Original file: protos/liaison/v1/leads.proto


export interface LeadCommandResult {
  'leadId'?: (string);
  'version'?: (number);
  'status'?: (string);
  'duplicate'?: (boolean);
}

export interface LeadCommandResult__Output {
  'leadId': (string);
  'version': (number);
  'status': (string);
  'duplicate': (boolean);
}
