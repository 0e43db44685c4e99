// Original file: protos/liaison/v1/intake.proto


export interface ReportAttachmentTarget {
  /**
   * The reporter's receipt code (XXXX-XXXX-XXXX-XXXX): it names the report and proves the reporter.
   */
  'receiptCode'?: (string);
  /**
   * The gateway's id of this upload: a retry with the same id stores nothing twice.
   */
  'commandId'?: (string);
}

export interface ReportAttachmentTarget__Output {
  /**
   * The reporter's receipt code (XXXX-XXXX-XXXX-XXXX): it names the report and proves the reporter.
   */
  'receiptCode': (string);
  /**
   * The gateway's id of this upload: a retry with the same id stores nothing twice.
   */
  'commandId': (string);
}
