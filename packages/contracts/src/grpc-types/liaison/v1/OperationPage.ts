// Original file: protos/liaison/v1/operations.proto

import type { OperationSummary as _liaison_v1_OperationSummary, OperationSummary__Output as _liaison_v1_OperationSummary__Output } from '../../liaison/v1/OperationSummary';
import type { PageInfo as _liaison_v1_PageInfo, PageInfo__Output as _liaison_v1_PageInfo__Output } from '../../liaison/v1/PageInfo';

export interface OperationPage {
  'operations'?: (_liaison_v1_OperationSummary)[];
  'page'?: (_liaison_v1_PageInfo | null);
}

export interface OperationPage__Output {
  'operations': (_liaison_v1_OperationSummary__Output)[];
  'page': (_liaison_v1_PageInfo__Output | null);
}
