// Original file: protos/liaison/v1/leads.proto


export interface AnswerSupervisionRequest {
  'commandId'?: (string);
  'leadId'?: (string);
  'ifMatchVersion'?: (number);
  /**
   * reasons_requested | opening_required | refusal_upheld (a reason is required except for opening_required)
   */
  'outcome'?: (string);
  'reason'?: (string);
}

export interface AnswerSupervisionRequest__Output {
  'commandId': (string);
  'leadId': (string);
  'ifMatchVersion': (number);
  /**
   * reasons_requested | opening_required | refusal_upheld (a reason is required except for opening_required)
   */
  'outcome': (string);
  'reason': (string);
}
