// Original file: protos/liaison/v1/leads.proto

import type { Actor as _liaison_v1_Actor, Actor__Output as _liaison_v1_Actor__Output } from '../../liaison/v1/Actor';

export interface HistoryEntry {
  'version'?: (number);
  'type'?: (string);
  'at'?: (string);
  'actor'?: (_liaison_v1_Actor | null);
  'summary'?: (string);
}

export interface HistoryEntry__Output {
  'version': (number);
  'type': (string);
  'at': (string);
  'actor': (_liaison_v1_Actor__Output | null);
  'summary': (string);
}
