// Original file: protos/liaison/v1/leads.proto


export interface GetLeadRequest {
  'leadId'?: (string);
}

export interface GetLeadRequest__Output {
  'leadId': (string);
}
