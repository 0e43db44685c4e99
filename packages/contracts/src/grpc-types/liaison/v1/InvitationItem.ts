// Original file: protos/liaison/v1/operations.proto

import type { TimeWindow as _liaison_v1_TimeWindow, TimeWindow__Output as _liaison_v1_TimeWindow__Output } from '../../liaison/v1/TimeWindow';

export interface InvitationItem {
  'operationId'?: (string);
  'title'?: (string);
  'leadUnitId'?: (string);
  'urgency'?: (string);
  'window'?: (_liaison_v1_TimeWindow | null);
  'invitedAt'?: (string);
  'respondBy'?: (string);
  'overdue'?: (boolean);
}

export interface InvitationItem__Output {
  'operationId': (string);
  'title': (string);
  'leadUnitId': (string);
  'urgency': (string);
  'window': (_liaison_v1_TimeWindow__Output | null);
  'invitedAt': (string);
  'respondBy': (string);
  'overdue': (boolean);
}
