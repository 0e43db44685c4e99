// Original file: protos/liaison/v1/operations.proto

import type { TimeWindow as _liaison_v1_TimeWindow, TimeWindow__Output as _liaison_v1_TimeWindow__Output } from '../../liaison/v1/TimeWindow';

export interface ResolveConflictRequest {
  'commandId'?: (string);
  'operationId'?: (string);
  'ifMatchVersion'?: (number);
  'conflictId'?: (string);
  /**
   * proceed | act_jointly (also invites the other unit) | delay | cancel (cancels this operation)
   */
  'outcome'?: (string);
  'note'?: (string);
  /**
   * delay only, and required for it: the new, later window (applied with the resolution).
   */
  'window'?: (_liaison_v1_TimeWindow | null);
}

export interface ResolveConflictRequest__Output {
  'commandId': (string);
  'operationId': (string);
  'ifMatchVersion': (number);
  'conflictId': (string);
  /**
   * proceed | act_jointly (also invites the other unit) | delay | cancel (cancels this operation)
   */
  'outcome': (string);
  'note': (string);
  /**
   * delay only, and required for it: the new, later window (applied with the resolution).
   */
  'window': (_liaison_v1_TimeWindow__Output | null);
}
