// Original file: protos/liaison/v1/leads.proto


export interface RecordFeedbackRequest {
  'commandId'?: (string);
  'leadId'?: (string);
  'ifMatchVersion'?: (number);
  /**
   * e.g. "verified", "not_verified", "case_opened", "in_progress"
   */
  'result'?: (string);
  'summary'?: (string);
  /**
   * The co-handling task answered (task-<n>); may be empty when the unit has one open task.
   */
  'taskId'?: (string);
}

export interface RecordFeedbackRequest__Output {
  'commandId': (string);
  'leadId': (string);
  'ifMatchVersion': (number);
  /**
   * e.g. "verified", "not_verified", "case_opened", "in_progress"
   */
  'result': (string);
  'summary': (string);
  /**
   * The co-handling task answered (task-<n>); may be empty when the unit has one open task.
   */
  'taskId': (string);
}
