// Original file: protos/liaison/v1/leads.proto


export interface AnswerOnwardSharingRequest {
  'commandId'?: (string);
  'leadId'?: (string);
  'ifMatchVersion'?: (number);
  'requestId'?: (string);
  'reason'?: (string);
  /**
   * Approving on a RED lead: at least one officer of each unit shared with.
   */
  'namedOfficerIds'?: (string)[];
}

export interface AnswerOnwardSharingRequest__Output {
  'commandId': (string);
  'leadId': (string);
  'ifMatchVersion': (number);
  'requestId': (string);
  'reason': (string);
  /**
   * Approving on a RED lead: at least one officer of each unit shared with.
   */
  'namedOfficerIds': (string)[];
}
