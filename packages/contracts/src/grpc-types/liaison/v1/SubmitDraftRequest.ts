// Original file: protos/liaison/v1/operations.proto

import type { TimeWindow as _liaison_v1_TimeWindow, TimeWindow__Output as _liaison_v1_TimeWindow__Output } from '../../liaison/v1/TimeWindow';

export interface SubmitDraftRequest {
  'commandId'?: (string);
  'operationId'?: (string);
  'ifMatchVersion'?: (number);
  'window'?: (_liaison_v1_TimeWindow | null);
}

export interface SubmitDraftRequest__Output {
  'commandId': (string);
  'operationId': (string);
  'ifMatchVersion': (number);
  'window': (_liaison_v1_TimeWindow__Output | null);
}
