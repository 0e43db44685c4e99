// Original file: protos/liaison/v1/leads.proto


export interface DecideTransferRequest {
  'commandId'?: (string);
  'leadId'?: (string);
  'ifMatchVersion'?: (number);
  'transfer'?: (boolean);
  'reasons'?: (string);
}

export interface DecideTransferRequest__Output {
  'commandId': (string);
  'leadId': (string);
  'ifMatchVersion': (number);
  'transfer': (boolean);
  'reasons': (string);
}
