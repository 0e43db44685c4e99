// Original file: protos/liaison/v1/meetings.proto

import type { SituationPeriod as _liaison_v1_SituationPeriod, SituationPeriod__Output as _liaison_v1_SituationPeriod__Output } from '../../liaison/v1/SituationPeriod';
import type { SituationContext as _liaison_v1_SituationContext, SituationContext__Output as _liaison_v1_SituationContext__Output } from '../../liaison/v1/SituationContext';
import type { OperationResults as _liaison_v1_OperationResults, OperationResults__Output as _liaison_v1_OperationResults__Output } from '../../liaison/v1/OperationResults';

export interface SituationReport {
  'period'?: (_liaison_v1_SituationPeriod | null);
  'previous'?: (_liaison_v1_SituationPeriod | null);
  'groupBy'?: (string);
  'contexts'?: (_liaison_v1_SituationContext)[];
  'operationsConcluded'?: (number);
  /**
   * recognised / (recognised + rejected); has_recognition_rate false when no answer fell in the period
   */
  'recognitionRate'?: (number | string);
  'hasRecognitionRate'?: (boolean);
  'recordIds'?: (string)[];
  'region'?: (string);
  /**
   * results reported (ReportProgress) in the period and the previous one, on operations the caller may see
   */
  'operationResults'?: (_liaison_v1_OperationResults | null);
  'previousOperationResults'?: (_liaison_v1_OperationResults | null);
}

export interface SituationReport__Output {
  'period': (_liaison_v1_SituationPeriod__Output | null);
  'previous': (_liaison_v1_SituationPeriod__Output | null);
  'groupBy': (string);
  'contexts': (_liaison_v1_SituationContext__Output)[];
  'operationsConcluded': (number);
  /**
   * recognised / (recognised + rejected); has_recognition_rate false when no answer fell in the period
   */
  'recognitionRate': (number);
  'hasRecognitionRate': (boolean);
  'recordIds': (string)[];
  'region': (string);
  /**
   * results reported (ReportProgress) in the period and the previous one, on operations the caller may see
   */
  'operationResults': (_liaison_v1_OperationResults__Output | null);
  'previousOperationResults': (_liaison_v1_OperationResults__Output | null);
}
