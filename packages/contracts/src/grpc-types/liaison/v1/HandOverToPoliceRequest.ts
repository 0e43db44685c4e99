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
  /**
   * Officers of the police unit to name: at least one for a RED lead (they may then see it).
   */
  'namedOfficerIds'?: (string)[];
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
  /**
   * Officers of the police unit to name: at least one for a RED lead (they may then see it).
   */
  'namedOfficerIds': (string)[];
}
