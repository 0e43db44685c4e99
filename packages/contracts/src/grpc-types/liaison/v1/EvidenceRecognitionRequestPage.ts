// Original file: protos/liaison/v1/evidence.proto

import type { EvidenceRecognitionRequestItem as _liaison_v1_EvidenceRecognitionRequestItem, EvidenceRecognitionRequestItem__Output as _liaison_v1_EvidenceRecognitionRequestItem__Output } from '../../liaison/v1/EvidenceRecognitionRequestItem';
import type { PageInfo as _liaison_v1_PageInfo, PageInfo__Output as _liaison_v1_PageInfo__Output } from '../../liaison/v1/PageInfo';

export interface EvidenceRecognitionRequestPage {
  'requests'?: (_liaison_v1_EvidenceRecognitionRequestItem)[];
  'page'?: (_liaison_v1_PageInfo | null);
}

export interface EvidenceRecognitionRequestPage__Output {
  'requests': (_liaison_v1_EvidenceRecognitionRequestItem__Output)[];
  'page': (_liaison_v1_PageInfo__Output | null);
}
