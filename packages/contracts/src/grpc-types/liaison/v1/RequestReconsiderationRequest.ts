// Original file: protos/liaison/v1/leads.proto


export interface RequestReconsiderationRequest {
  'commandId'?: (string);
  'leadId'?: (string);
  'ifMatchVersion'?: (number);
  'reason'?: (string);
}

export interface RequestReconsiderationRequest__Output {
  'commandId': (string);
  'leadId': (string);
  'ifMatchVersion': (number);
  'reason': (string);
}
