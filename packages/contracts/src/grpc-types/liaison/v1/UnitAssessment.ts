// Original file: protos/liaison/v1/meetings.proto

import type { AssessmentBreachCount as _liaison_v1_AssessmentBreachCount, AssessmentBreachCount__Output as _liaison_v1_AssessmentBreachCount__Output } from '../../liaison/v1/AssessmentBreachCount';
import type { ComplianceFigure as _liaison_v1_ComplianceFigure, ComplianceFigure__Output as _liaison_v1_ComplianceFigure__Output } from '../../liaison/v1/ComplianceFigure';
import type { Rectification as _liaison_v1_Rectification, Rectification__Output as _liaison_v1_Rectification__Output } from '../../liaison/v1/Rectification';

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
  /**
   * acknowledged | transfer | police | action_items (in this order)
   */
  'compliance'?: (_liaison_v1_ComplianceFigure)[];
  /**
   * set for a problem area (or a unit with an order): the deadline an order issued now gets, and the orders issued
   */
  'rectification'?: (_liaison_v1_Rectification | null);
  'hasRectification'?: (boolean);
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
  /**
   * acknowledged | transfer | police | action_items (in this order)
   */
  'compliance': (_liaison_v1_ComplianceFigure__Output)[];
  /**
   * set for a problem area (or a unit with an order): the deadline an order issued now gets, and the orders issued
   */
  'rectification': (_liaison_v1_Rectification__Output | null);
  'hasRectification': (boolean);
}
