// Original file: protos/liaison/v1/leads.proto


export interface LeadLink {
  'leadId'?: (string);
  /**
   * duplicate | related | possible_duplicate
   */
  'relation'?: (string);
  'note'?: (string);
}

export interface LeadLink__Output {
  'leadId': (string);
  /**
   * duplicate | related | possible_duplicate
   */
  'relation': (string);
  'note': (string);
}
