// Original file: protos/liaison/v1/intake.proto

import type { RewardStep as _liaison_v1_RewardStep, RewardStep__Output as _liaison_v1_RewardStep__Output } from '../../liaison/v1/RewardStep';

export interface Reward {
  'reportId'?: (string);
  'version'?: (number);
  'status'?: (string);
  /**
   * administrative_penalty | criminal_case_opened
   */
  'basis'?: (string);
  'leadId'?: (string);
  'category'?: (string);
  'routedToUnitId'?: (string);
  'proposedAt'?: (string);
  'amountYuan'?: (number);
  'paymentReference'?: (string);
  'history'?: (_liaison_v1_RewardStep)[];
}

export interface Reward__Output {
  'reportId': (string);
  'version': (number);
  'status': (string);
  /**
   * administrative_penalty | criminal_case_opened
   */
  'basis': (string);
  'leadId': (string);
  'category': (string);
  'routedToUnitId': (string);
  'proposedAt': (string);
  'amountYuan': (number);
  'paymentReference': (string);
  'history': (_liaison_v1_RewardStep__Output)[];
}
