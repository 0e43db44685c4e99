// Original file: protos/liaison/v1/intake.proto

import type { Reward as _liaison_v1_Reward, Reward__Output as _liaison_v1_Reward__Output } from '../../liaison/v1/Reward';

export interface RewardList {
  'rewards'?: (_liaison_v1_Reward)[];
}

export interface RewardList__Output {
  'rewards': (_liaison_v1_Reward__Output)[];
}
