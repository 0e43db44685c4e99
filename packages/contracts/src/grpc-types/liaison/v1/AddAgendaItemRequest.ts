// Original file: protos/liaison/v1/meetings.proto

import type { MeetingReference as _liaison_v1_MeetingReference, MeetingReference__Output as _liaison_v1_MeetingReference__Output } from '../../liaison/v1/MeetingReference';

export interface AddAgendaItemRequest {
  'commandId'?: (string);
  'meetingId'?: (string);
  'ifMatchVersion'?: (number);
  /**
   * lead | operation | evidence | situation_analysis | other
   */
  'kind'?: (string);
  'title'?: (string);
  'notes'?: (string);
  'references'?: (_liaison_v1_MeetingReference)[];
}

export interface AddAgendaItemRequest__Output {
  'commandId': (string);
  'meetingId': (string);
  'ifMatchVersion': (number);
  /**
   * lead | operation | evidence | situation_analysis | other
   */
  'kind': (string);
  'title': (string);
  'notes': (string);
  'references': (_liaison_v1_MeetingReference__Output)[];
}
