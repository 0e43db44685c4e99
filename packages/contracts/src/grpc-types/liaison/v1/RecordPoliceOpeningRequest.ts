// Original file: protos/liaison/v1/leads.proto


export interface RecordPoliceOpeningRequest {
  'commandId'?: (string);
  'leadId'?: (string);
  'ifMatchVersion'?: (number);
  'caseNumber'?: (string);
  'reason'?: (string);
}

export interface RecordPoliceOpeningRequest__Output {
  'commandId': (string);
  'leadId': (string);
  'ifMatchVersion': (number);
  'caseNumber': (string);
  'reason': (string);
}
