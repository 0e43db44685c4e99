// Original file: protos/liaison/v1/leads.proto


export interface CoHandlingTask {
  'unitId'?: (string);
  'description'?: (string);
  /**
   * RFC 3339
   */
  'dueAt'?: (string);
}

export interface CoHandlingTask__Output {
  'unitId': (string);
  'description': (string);
  /**
   * RFC 3339
   */
  'dueAt': (string);
}
