// Original file: protos/liaison/v1/meetings.proto


export interface IssueRectificationOrderRequest {
  'commandId'?: (string);
  'meetingId'?: (string);
  'ifMatchVersion'?: (number);
  'unitId'?: (string);
  /**
   * YYYY-MM: the assessed month
   */
  'period'?: (string);
  'note'?: (string);
}

export interface IssueRectificationOrderRequest__Output {
  'commandId': (string);
  'meetingId': (string);
  'ifMatchVersion': (number);
  'unitId': (string);
  /**
   * YYYY-MM: the assessed month
   */
  'period': (string);
  'note': (string);
}
