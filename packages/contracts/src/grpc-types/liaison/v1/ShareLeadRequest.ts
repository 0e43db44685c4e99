// Original file: protos/liaison/v1/leads.proto


export interface ShareLeadRequest {
  'commandId'?: (string);
  'leadId'?: (string);
  'ifMatchVersion'?: (number);
  'unitIds'?: (string)[];
  'message'?: (string);
  /**
   * RED leads: at least one officer of each unit shared with, who may then see the lead.
   */
  'namedOfficerIds'?: (string)[];
}

export interface ShareLeadRequest__Output {
  'commandId': (string);
  'leadId': (string);
  'ifMatchVersion': (number);
  'unitIds': (string)[];
  'message': (string);
  /**
   * RED leads: at least one officer of each unit shared with, who may then see the lead.
   */
  'namedOfficerIds': (string)[];
}
