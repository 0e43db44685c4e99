// Original file: protos/liaison/v1/meetings.proto

import type { MeetingReference as _liaison_v1_MeetingReference, MeetingReference__Output as _liaison_v1_MeetingReference__Output } from '../../liaison/v1/MeetingReference';
import type { MeetingProposalReason as _liaison_v1_MeetingProposalReason, MeetingProposalReason__Output as _liaison_v1_MeetingProposalReason__Output } from '../../liaison/v1/MeetingProposalReason';

export interface MeetingAgendaProposal {
  'proposalId'?: (string);
  /**
   * The source record (kind lead | operation | evidence) and its access.
   */
  'source'?: (_liaison_v1_MeetingReference | null);
  'title'?: (string);
  'reasons'?: (_liaison_v1_MeetingProposalReason)[];
  'at'?: (string);
}

export interface MeetingAgendaProposal__Output {
  'proposalId': (string);
  /**
   * The source record (kind lead | operation | evidence) and its access.
   */
  'source': (_liaison_v1_MeetingReference__Output | null);
  'title': (string);
  'reasons': (_liaison_v1_MeetingProposalReason__Output)[];
  'at': (string);
}
