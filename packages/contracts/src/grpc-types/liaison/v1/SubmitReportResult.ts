// Original file: protos/liaison/v1/intake.proto


export interface SubmitReportResult {
  'reportId'?: (string);
  /**
   * XXXX-XXXX-XXXX-XXXX: the reporter follows the status with it.
   */
  'receiptCode'?: (string);
  'status'?: (string);
  'screeningDueAt'?: (string);
}

export interface SubmitReportResult__Output {
  'reportId': (string);
  /**
   * XXXX-XXXX-XXXX-XXXX: the reporter follows the status with it.
   */
  'receiptCode': (string);
  'status': (string);
  'screeningDueAt': (string);
}
