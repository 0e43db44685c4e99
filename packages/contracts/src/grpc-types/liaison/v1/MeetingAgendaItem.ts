// Original file: protos/liaison/v1/meetings.proto

import type { MeetingReference as _liaison_v1_MeetingReference, MeetingReference__Output as _liaison_v1_MeetingReference__Output } from '../../liaison/v1/MeetingReference';

export interface MeetingAgendaItem {
  'itemId'?: (string);
  'kind'?: (string);
  'title'?: (string);
  'notes'?: (string);
  'references'?: (_liaison_v1_MeetingReference)[];
  'proposedByUnitId'?: (string);
  'officerId'?: (string);
  'at'?: (string);
}

export interface MeetingAgendaItem__Output {
  'itemId': (string);
  'kind': (string);
  'title': (string);
  'notes': (string);
  'references': (_liaison_v1_MeetingReference__Output)[];
  'proposedByUnitId': (string);
  'officerId': (string);
  'at': (string);
}
