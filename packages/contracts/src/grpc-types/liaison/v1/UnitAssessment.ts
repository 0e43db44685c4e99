// Original file: protos/liaison/v1/meetings.proto

import type { AssessmentBreachCount as _liaison_v1_AssessmentBreachCount, AssessmentBreachCount__Output as _liaison_v1_AssessmentBreachCount__Output } from '../../liaison/v1/AssessmentBreachCount';

export interface UnitAssessment {
  'unitId'?: (string);
  'breaches'?: (_liaison_v1_AssessmentBreachCount)[];
  'breachTotal'?: (number);
  'unexplained'?: (number);
  'dutiesDue'?: (number);
  'dutiesOnTime'?: (number);
  'onTimeRate'?: (number | string);
  'hasOnTimeRate'?: (boolean);
  'problemArea'?: (boolean);
  'reasons'?: (string)[];
}

export interface UnitAssessment__Output {
  'unitId': (string);
  'breaches': (_liaison_v1_AssessmentBreachCount__Output)[];
  'breachTotal': (number);
  'unexplained': (number);
  'dutiesDue': (number);
  'dutiesOnTime': (number);
  'onTimeRate': (number);
  'hasOnTimeRate': (boolean);
  'problemArea': (boolean);
  'reasons': (string)[];
}
