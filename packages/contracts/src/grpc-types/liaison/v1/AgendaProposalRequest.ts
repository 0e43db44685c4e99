// Original file: protos/liaison/v1/meetings.proto


export interface AgendaProposalRequest {
  'commandId'?: (string);
  'meetingId'?: (string);
  'ifMatchVersion'?: (number);
  'proposalId'?: (string);
  /**
   * Drop only: why (optional).
   */
  'reason'?: (string);
}

export interface AgendaProposalRequest__Output {
  'commandId': (string);
  'meetingId': (string);
  'ifMatchVersion': (number);
  'proposalId': (string);
  /**
   * Drop only: why (optional).
   */
  'reason': (string);
}
