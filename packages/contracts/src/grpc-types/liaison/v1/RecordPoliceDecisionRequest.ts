// Original file: protos/liaison/v1/leads.proto


export interface RecordPoliceDecisionRequest {
  'commandId'?: (string);
  'leadId'?: (string);
  'ifMatchVersion'?: (number);
  /**
   * opened | declined
   */
  'decision'?: (string);
  'reason'?: (string);
  'caseNumber'?: (string);
}

export interface RecordPoliceDecisionRequest__Output {
  'commandId': (string);
  'leadId': (string);
  'ifMatchVersion': (number);
  /**
   * opened | declined
   */
  'decision': (string);
  'reason': (string);
  'caseNumber': (string);
}
