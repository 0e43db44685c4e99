// Original file: protos/liaison/v1/leads.proto


export interface ShareLeadRequest {
  'commandId'?: (string);
  'leadId'?: (string);
  'ifMatchVersion'?: (number);
  'unitIds'?: (string)[];
  'message'?: (string);
}

export interface ShareLeadRequest__Output {
  'commandId': (string);
  'leadId': (string);
  'ifMatchVersion': (number);
  'unitIds': (string)[];
  'message': (string);
}
