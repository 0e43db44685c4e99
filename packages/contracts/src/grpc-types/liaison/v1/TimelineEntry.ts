// Original file: protos/liaison/v1/history.proto

import type { ArchivedEvent as _liaison_v1_ArchivedEvent, ArchivedEvent__Output as _liaison_v1_ArchivedEvent__Output } from '../../liaison/v1/ArchivedEvent';

export interface TimelineEntry {
  'event'?: (_liaison_v1_ArchivedEvent | null);
  /**
   * The event in this timeline that caused this one ('' if none is shown).
   */
  'causedByEventId'?: (string);
  /**
   * Events in this timeline that this one caused.
   */
  'causedEventIds'?: (string)[];
}

export interface TimelineEntry__Output {
  'event': (_liaison_v1_ArchivedEvent__Output | null);
  /**
   * The event in this timeline that caused this one ('' if none is shown).
   */
  'causedByEventId': (string);
  /**
   * Events in this timeline that this one caused.
   */
  'causedEventIds': (string)[];
}
