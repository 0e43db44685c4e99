// Original file: protos/liaison/v1/meetings.proto


export interface AssessmentRequest {
  /**
   * YYYY-MM, the month on the Asia/Shanghai clock
   */
  'period'?: (string);
  'unitId'?: (string);
}

export interface AssessmentRequest__Output {
  /**
   * YYYY-MM, the month on the Asia/Shanghai clock
   */
  'period': (string);
  'unitId': (string);
}
