// Original file: protos/liaison/v1/meetings.proto

import type { SituationPeriod as _liaison_v1_SituationPeriod, SituationPeriod__Output as _liaison_v1_SituationPeriod__Output } from '../../liaison/v1/SituationPeriod';
import type { SituationContext as _liaison_v1_SituationContext, SituationContext__Output as _liaison_v1_SituationContext__Output } from '../../liaison/v1/SituationContext';

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
}
