// Original file: protos/liaison/v1/evidence.proto


export interface AttachTestReportRequest {
  'commandId'?: (string);
  /**
   * The tested item.
   */
  'evidenceId'?: (string);
  'ifMatchVersion'?: (number);
  /**
   * The report, itself a registered item of kind test_report.
   */
  'reportEvidenceId'?: (string);
  'note'?: (string);
}

export interface AttachTestReportRequest__Output {
  'commandId': (string);
  /**
   * The tested item.
   */
  'evidenceId': (string);
  'ifMatchVersion': (number);
  /**
   * The report, itself a registered item of kind test_report.
   */
  'reportEvidenceId': (string);
  'note': (string);
}
