// Original file: protos/liaison/v1/evidence.proto

import type { EvidenceTimelineEntry as _liaison_v1_EvidenceTimelineEntry, EvidenceTimelineEntry__Output as _liaison_v1_EvidenceTimelineEntry__Output } from '../../liaison/v1/EvidenceTimelineEntry';

export interface EvidenceTimeline {
  'evidenceId'?: (string);
  'entries'?: (_liaison_v1_EvidenceTimelineEntry)[];
}

export interface EvidenceTimeline__Output {
  'evidenceId': (string);
  'entries': (_liaison_v1_EvidenceTimelineEntry__Output)[];
}
