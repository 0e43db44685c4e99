// Original file: protos/liaison/v1/leads.proto


export interface HandOverToPoliceRequest {
  'commandId'?: (string);
  'leadId'?: (string);
  'ifMatchVersion'?: (number);
  'policeUnitId'?: (string);
  'facts'?: (string);
  /**
   * In yuan.
   */
  'amountInvolved'?: (number | string);
  'evidenceRefs'?: (string)[];
}

export interface HandOverToPoliceRequest__Output {
  'commandId': (string);
  'leadId': (string);
  'ifMatchVersion': (number);
  'policeUnitId': (string);
  'facts': (string);
  /**
   * In yuan.
   */
  'amountInvolved': (number);
  'evidenceRefs': (string)[];
}
