// Original file: protos/liaison/v1/meetings.proto

import type { SituationGroup as _liaison_v1_SituationGroup, SituationGroup__Output as _liaison_v1_SituationGroup__Output } from '../../liaison/v1/SituationGroup';

export interface SituationContext {
  'context'?: (string);
  'total'?: (number);
  'previousTotal'?: (number);
  'groups'?: (_liaison_v1_SituationGroup)[];
}

export interface SituationContext__Output {
  'context': (string);
  'total': (number);
  'previousTotal': (number);
  'groups': (_liaison_v1_SituationGroup__Output)[];
}
