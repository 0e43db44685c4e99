// Original file: protos/liaison/v1/leads.proto

import type { ProposedWindow as _liaison_v1_ProposedWindow, ProposedWindow__Output as _liaison_v1_ProposedWindow__Output } from '../../liaison/v1/ProposedWindow';

export interface EscalateForJointActionRequest {
  'commandId'?: (string);
  'leadId'?: (string);
  'ifMatchVersion'?: (number);
  'reason'?: (string);
  /**
   * Optional: the window the owner has in mind (both times or neither); the draft carries it.
   */
  'proposedWindow'?: (_liaison_v1_ProposedWindow | null);
}

export interface EscalateForJointActionRequest__Output {
  'commandId': (string);
  'leadId': (string);
  'ifMatchVersion': (number);
  'reason': (string);
  /**
   * Optional: the window the owner has in mind (both times or neither); the draft carries it.
   */
  'proposedWindow': (_liaison_v1_ProposedWindow__Output | null);
}
