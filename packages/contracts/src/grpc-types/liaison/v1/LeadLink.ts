// Original file: protos/liaison/v1/leads.proto


export interface LeadLink {
  /**
   * Empty when only a pointer may be disclosed (the other lead is AMBER+STRICT or RED, or not visible to the caller).
   */
  'leadId'?: (string);
  /**
   * duplicate | related | possible_duplicate
   */
  'relation'?: (string);
  'note'?: (string);
  /**
   * Whom to call about the other lead: its owner unit and contact officer.
   */
  'ownerUnitId'?: (string);
  'contactOfficerId'?: (string);
  /**
   * True when the caller learns only that the link exists and whom to call (ADR 0012).
   */
  'pointerOnly'?: (boolean);
}

export interface LeadLink__Output {
  /**
   * Empty when only a pointer may be disclosed (the other lead is AMBER+STRICT or RED, or not visible to the caller).
   */
  'leadId': (string);
  /**
   * duplicate | related | possible_duplicate
   */
  'relation': (string);
  'note': (string);
  /**
   * Whom to call about the other lead: its owner unit and contact officer.
   */
  'ownerUnitId': (string);
  'contactOfficerId': (string);
  /**
   * True when the caller learns only that the link exists and whom to call (ADR 0012).
   */
  'pointerOnly': (boolean);
}
