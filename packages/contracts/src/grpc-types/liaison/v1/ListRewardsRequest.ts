// Original file: protos/liaison/v1/intake.proto


export interface ListRewardsRequest {
  /**
   * '' (all) | proposed | approved | declined | paid
   */
  'status'?: (string);
}

export interface ListRewardsRequest__Output {
  /**
   * '' (all) | proposed | approved | declined | paid
   */
  'status': (string);
}
