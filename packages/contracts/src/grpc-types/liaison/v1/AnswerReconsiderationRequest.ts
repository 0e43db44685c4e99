// Original file: protos/liaison/v1/leads.proto


export interface AnswerReconsiderationRequest {
  'commandId'?: (string);
  'leadId'?: (string);
  'ifMatchVersion'?: (number);
  /**
   * maintained | reversed (reversed = the police now open a case)
   */
  'answer'?: (string);
  'reason'?: (string);
}

export interface AnswerReconsiderationRequest__Output {
  'commandId': (string);
  'leadId': (string);
  'ifMatchVersion': (number);
  /**
   * maintained | reversed (reversed = the police now open a case)
   */
  'answer': (string);
  'reason': (string);
}
