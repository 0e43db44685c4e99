// Original file: protos/liaison/v1/operations.proto

import type { Conflict as _liaison_v1_Conflict, Conflict__Output as _liaison_v1_Conflict__Output } from '../../liaison/v1/Conflict';
import type { PageInfo as _liaison_v1_PageInfo, PageInfo__Output as _liaison_v1_PageInfo__Output } from '../../liaison/v1/PageInfo';

export interface ConflictPage {
  'conflicts'?: (_liaison_v1_Conflict)[];
  'page'?: (_liaison_v1_PageInfo | null);
}

export interface ConflictPage__Output {
  'conflicts': (_liaison_v1_Conflict__Output)[];
  'page': (_liaison_v1_PageInfo__Output | null);
}
