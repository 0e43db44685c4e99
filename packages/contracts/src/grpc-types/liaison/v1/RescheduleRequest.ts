// Original file: protos/liaison/v1/operations.proto

import type { TimeWindow as _liaison_v1_TimeWindow, TimeWindow__Output as _liaison_v1_TimeWindow__Output } from '../../liaison/v1/TimeWindow';

export interface RescheduleRequest {
  'commandId'?: (string);
  'operationId'?: (string);
  'ifMatchVersion'?: (number);
  'window'?: (_liaison_v1_TimeWindow | null);
  'reason'?: (string);
}

export interface RescheduleRequest__Output {
  'commandId': (string);
  'operationId': (string);
  'ifMatchVersion': (number);
  'window': (_liaison_v1_TimeWindow__Output | null);
  'reason': (string);
}
