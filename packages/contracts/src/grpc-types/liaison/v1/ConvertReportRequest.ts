// Original file: protos/liaison/v1/intake.proto


export interface ConvertReportRequest {
  'commandId'?: (string);
  'reportId'?: (string);
  'ifMatchVersion'?: (number);
  /**
   * The lead as the screening officer words it; the category, place and summary come from the report.
   */
  'title'?: (string);
  'enterpriseName'?: (string);
  'creditCode'?: (string);
  'personName'?: (string);
  /**
   * GREEN | AMBER | AMBER+STRICT (a converted report is never RED: its screening officers are not named on the lead)
   */
  'handlingCode'?: (string);
  /**
   * low | normal | high | urgent
   */
  'priority'?: (string);
}

export interface ConvertReportRequest__Output {
  'commandId': (string);
  'reportId': (string);
  'ifMatchVersion': (number);
  /**
   * The lead as the screening officer words it; the category, place and summary come from the report.
   */
  'title': (string);
  'enterpriseName': (string);
  'creditCode': (string);
  'personName': (string);
  /**
   * GREEN | AMBER | AMBER+STRICT (a converted report is never RED: its screening officers are not named on the lead)
   */
  'handlingCode': (string);
  /**
   * low | normal | high | urgent
   */
  'priority': (string);
}
