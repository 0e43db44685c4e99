// Original file: protos/liaison/v1/leads.proto


export interface RevisitTransferDecisionRequest {
  'commandId'?: (string);
  'leadId'?: (string);
  'ifMatchVersion'?: (number);
  'newFacts'?: (string);
}

export interface RevisitTransferDecisionRequest__Output {
  'commandId': (string);
  'leadId': (string);
  'ifMatchVersion': (number);
  'newFacts': (string);
}
