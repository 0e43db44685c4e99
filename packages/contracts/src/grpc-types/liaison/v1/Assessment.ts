// Original file: protos/liaison/v1/meetings.proto

import type { SituationPeriod as _liaison_v1_SituationPeriod, SituationPeriod__Output as _liaison_v1_SituationPeriod__Output } from '../../liaison/v1/SituationPeriod';
import type { UnitAssessment as _liaison_v1_UnitAssessment, UnitAssessment__Output as _liaison_v1_UnitAssessment__Output } from '../../liaison/v1/UnitAssessment';

export interface Assessment {
  'period'?: (_liaison_v1_SituationPeriod | null);
  'minOnTimeRate'?: (number | string);
  'maxUnexplainedBreaches'?: (number);
  'units'?: (_liaison_v1_UnitAssessment)[];
  'minAcknowledgedRate'?: (number | string);
  'minTransferRate'?: (number | string);
  'minPoliceRate'?: (number | string);
}

export interface Assessment__Output {
  'period': (_liaison_v1_SituationPeriod__Output | null);
  'minOnTimeRate': (number);
  'maxUnexplainedBreaches': (number);
  'units': (_liaison_v1_UnitAssessment__Output)[];
  'minAcknowledgedRate': (number);
  'minTransferRate': (number);
  'minPoliceRate': (number);
}
