// Original file: protos/liaison/v1/intake.proto


export interface ListIntakeQueueRequest {
  /**
   * received (default) | rejected | merged | converted | concluded
   */
  'status'?: (string);
}

export interface ListIntakeQueueRequest__Output {
  /**
   * received (default) | rejected | merged | converted | concluded
   */
  'status': (string);
}
