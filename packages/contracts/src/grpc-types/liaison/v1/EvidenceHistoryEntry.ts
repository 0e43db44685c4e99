// Original file: protos/liaison/v1/evidence.proto

import type { Actor as _liaison_v1_Actor, Actor__Output as _liaison_v1_Actor__Output } from '../../liaison/v1/Actor';

export interface EvidenceHistoryEntry {
  'version'?: (number);
  'type'?: (string);
  'at'?: (string);
  'actor'?: (_liaison_v1_Actor | null);
  'summary'?: (string);
}

export interface EvidenceHistoryEntry__Output {
  'version': (number);
  'type': (string);
  'at': (string);
  'actor': (_liaison_v1_Actor__Output | null);
  'summary': (string);
}
