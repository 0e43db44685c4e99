// Original file: protos/liaison/v1/history.proto

import type { TimelineEntry as _liaison_v1_TimelineEntry, TimelineEntry__Output as _liaison_v1_TimelineEntry__Output } from '../../liaison/v1/TimelineEntry';

export interface Timeline {
  'recordId'?: (string);
  /**
   * The records whose events are shown: the record itself and the linked ones the caller may see.
   */
  'recordIds'?: (string)[];
  'entries'?: (_liaison_v1_TimelineEntry)[];
}

export interface Timeline__Output {
  'recordId': (string);
  /**
   * The records whose events are shown: the record itself and the linked ones the caller may see.
   */
  'recordIds': (string)[];
  'entries': (_liaison_v1_TimelineEntry__Output)[];
}
