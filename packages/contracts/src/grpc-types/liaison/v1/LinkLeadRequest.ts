// Original file: protos/liaison/v1/leads.proto


export interface LinkLeadRequest {
  'commandId'?: (string);
  'leadId'?: (string);
  'ifMatchVersion'?: (number);
  'otherLeadId'?: (string);
  /**
   * duplicate | related
   */
  'relation'?: (string);
  'note'?: (string);
}

export interface LinkLeadRequest__Output {
  'commandId': (string);
  'leadId': (string);
  'ifMatchVersion': (number);
  'otherLeadId': (string);
  /**
   * duplicate | related
   */
  'relation': (string);
  'note': (string);
}
