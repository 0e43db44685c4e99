// Original file: protos/liaison/v1/evidence.proto

import type { PageRequest as _liaison_v1_PageRequest, PageRequest__Output as _liaison_v1_PageRequest__Output } from '../../liaison/v1/PageRequest';

export interface ListRecognitionRequestsRequest {
  'page'?: (_liaison_v1_PageRequest | null);
}

export interface ListRecognitionRequestsRequest__Output {
  'page': (_liaison_v1_PageRequest__Output | null);
}
