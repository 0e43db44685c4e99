// Original file: protos/liaison/v1/operations.proto

import type { TimeWindow as _liaison_v1_TimeWindow, TimeWindow__Output as _liaison_v1_TimeWindow__Output } from '../../liaison/v1/TimeWindow';

export interface OperationSummary {
  'operationId'?: (string);
  'version'?: (number);
  'status'?: (string);
  'leadUnitId'?: (string);
  'title'?: (string);
  'urgency'?: (string);
  'handlingCode'?: (string);
  'window'?: (_liaison_v1_TimeWindow | null);
  /**
   * lead | invited | joined | declined
   */
  'myRole'?: (string);
  'openConflicts'?: (number);
  'openTasks'?: (number);
  'updatedAt'?: (string);
}

export interface OperationSummary__Output {
  'operationId': (string);
  'version': (number);
  'status': (string);
  'leadUnitId': (string);
  'title': (string);
  'urgency': (string);
  'handlingCode': (string);
  'window': (_liaison_v1_TimeWindow__Output | null);
  /**
   * lead | invited | joined | declined
   */
  'myRole': (string);
  'openConflicts': (number);
  'openTasks': (number);
  'updatedAt': (string);
}
