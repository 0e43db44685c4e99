// Original file: protos/liaison/v1/operations.proto

import type { OperationSubject as _liaison_v1_OperationSubject, OperationSubject__Output as _liaison_v1_OperationSubject__Output } from '../../liaison/v1/OperationSubject';
import type { OperationPlace as _liaison_v1_OperationPlace, OperationPlace__Output as _liaison_v1_OperationPlace__Output } from '../../liaison/v1/OperationPlace';

export interface Target {
  'subject'?: (_liaison_v1_OperationSubject | null);
  'place'?: (_liaison_v1_OperationPlace | null);
}

export interface Target__Output {
  'subject': (_liaison_v1_OperationSubject__Output | null);
  'place': (_liaison_v1_OperationPlace__Output | null);
}
