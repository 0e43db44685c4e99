// Original file: protos/liaison/v1/intake.proto


export interface ReportCommandResult {
  'reportId'?: (string);
  'version'?: (number);
  'status'?: (string);
  'duplicate'?: (boolean);
  'leadId'?: (string);
  /**
   * '' | proposed | approved | declined | paid
   */
  'rewardStatus'?: (string);
}

export interface ReportCommandResult__Output {
  'reportId': (string);
  'version': (number);
  'status': (string);
  'duplicate': (boolean);
  'leadId': (string);
  /**
   * '' | proposed | approved | declined | paid
   */
  'rewardStatus': (string);
}
