// Original file: protos/liaison/v1/intake.proto


export interface ReportPublicStatus {
  /**
   * received | rejected | merged | converted | concluded
   */
  'status'?: (string);
  /**
   * Rejected: the reason given to the reporter; otherwise empty.
   */
  'reason'?: (string);
  'submittedAt'?: (string);
  'updatedAt'?: (string);
  /**
   * '' (no reward) | proposed | approved | declined | paid: that a reward exists and its status, nothing more.
   */
  'rewardStatus'?: (string);
  /**
   * How many files the reporter attached (ADR 0034): that they arrived, nothing of them.
   */
  'attachmentCount'?: (number);
}

export interface ReportPublicStatus__Output {
  /**
   * received | rejected | merged | converted | concluded
   */
  'status': (string);
  /**
   * Rejected: the reason given to the reporter; otherwise empty.
   */
  'reason': (string);
  'submittedAt': (string);
  'updatedAt': (string);
  /**
   * '' (no reward) | proposed | approved | declined | paid: that a reward exists and its status, nothing more.
   */
  'rewardStatus': (string);
  /**
   * How many files the reporter attached (ADR 0034): that they arrived, nothing of them.
   */
  'attachmentCount': (number);
}
