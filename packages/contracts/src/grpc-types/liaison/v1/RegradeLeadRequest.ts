// Original file: protos/liaison/v1/leads.proto

import type { Grading as _liaison_v1_Grading, Grading__Output as _liaison_v1_Grading__Output } from '../../liaison/v1/Grading';

export interface RegradeLeadRequest {
  'commandId'?: (string);
  'leadId'?: (string);
  'ifMatchVersion'?: (number);
  'grading'?: (_liaison_v1_Grading | null);
  'reason'?: (string);
}

export interface RegradeLeadRequest__Output {
  'commandId': (string);
  'leadId': (string);
  'ifMatchVersion': (number);
  'grading': (_liaison_v1_Grading__Output | null);
  'reason': (string);
}
