// Original file: protos/liaison/v1/operations.proto


export interface LaunchRequest {
  'commandId'?: (string);
  'operationId'?: (string);
  'ifMatchVersion'?: (number);
  /**
   * Needed only while deconfliction conflicts are unresolved: why the lead unit goes ahead.
   */
  'overrideReason'?: (string);
}

export interface LaunchRequest__Output {
  'commandId': (string);
  'operationId': (string);
  'ifMatchVersion': (number);
  /**
   * Needed only while deconfliction conflicts are unresolved: why the lead unit goes ahead.
   */
  'overrideReason': (string);
}
