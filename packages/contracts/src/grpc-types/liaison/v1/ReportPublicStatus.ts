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
}
