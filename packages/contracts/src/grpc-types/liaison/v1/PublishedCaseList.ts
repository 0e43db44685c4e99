// Original file: protos/liaison/v1/credit.proto

import type { PublishedCase as _liaison_v1_PublishedCase, PublishedCase__Output as _liaison_v1_PublishedCase__Output } from '../../liaison/v1/PublishedCase';

export interface PublishedCaseList {
  'cases'?: (_liaison_v1_PublishedCase)[];
}

export interface PublishedCaseList__Output {
  'cases': (_liaison_v1_PublishedCase__Output)[];
}
