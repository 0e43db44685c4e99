// Original file: protos/liaison/v1/operations.proto

import type { Actor as _liaison_v1_Actor, Actor__Output as _liaison_v1_Actor__Output } from '../../liaison/v1/Actor';

export interface OperationHistoryEntry {
  'version'?: (number);
  'type'?: (string);
  'at'?: (string);
  'actor'?: (_liaison_v1_Actor | null);
  'summary'?: (string);
}

export interface OperationHistoryEntry__Output {
  'version': (number);
  'type': (string);
  'at': (string);
  'actor': (_liaison_v1_Actor__Output | null);
  'summary': (string);
}
