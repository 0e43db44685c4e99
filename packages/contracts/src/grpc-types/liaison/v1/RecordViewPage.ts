// Original file: protos/liaison/v1/history.proto

import type { RecordView as _liaison_v1_RecordView, RecordView__Output as _liaison_v1_RecordView__Output } from '../../liaison/v1/RecordView';
import type { PageInfo as _liaison_v1_PageInfo, PageInfo__Output as _liaison_v1_PageInfo__Output } from '../../liaison/v1/PageInfo';

export interface RecordViewPage {
  'views'?: (_liaison_v1_RecordView)[];
  'page'?: (_liaison_v1_PageInfo | null);
}

export interface RecordViewPage__Output {
  'views': (_liaison_v1_RecordView__Output)[];
  'page': (_liaison_v1_PageInfo__Output | null);
}
