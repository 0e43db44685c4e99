// Original file: protos/liaison/v1/history.proto

import type { PageRequest as _liaison_v1_PageRequest, PageRequest__Output as _liaison_v1_PageRequest__Output } from '../../liaison/v1/PageRequest';

export interface ListRecordViewsRequest {
  'recordId'?: (string);
  'page'?: (_liaison_v1_PageRequest | null);
}

export interface ListRecordViewsRequest__Output {
  'recordId': (string);
  'page': (_liaison_v1_PageRequest__Output | null);
}
