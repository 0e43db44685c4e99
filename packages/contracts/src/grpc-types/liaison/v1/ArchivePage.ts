// Original file: protos/liaison/v1/history.proto

import type { ArchivedEvent as _liaison_v1_ArchivedEvent, ArchivedEvent__Output as _liaison_v1_ArchivedEvent__Output } from '../../liaison/v1/ArchivedEvent';
import type { PageInfo as _liaison_v1_PageInfo, PageInfo__Output as _liaison_v1_PageInfo__Output } from '../../liaison/v1/PageInfo';

export interface ArchivePage {
  'events'?: (_liaison_v1_ArchivedEvent)[];
  'page'?: (_liaison_v1_PageInfo | null);
}

export interface ArchivePage__Output {
  'events': (_liaison_v1_ArchivedEvent__Output)[];
  'page': (_liaison_v1_PageInfo__Output | null);
}
