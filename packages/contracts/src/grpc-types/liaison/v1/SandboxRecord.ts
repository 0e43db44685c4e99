// Original file: protos/liaison/v1/history.proto


export interface SandboxRecord {
  'sandbox'?: (string);
  'recordId'?: (string);
  /**
   * The stream version of the last event folded, and when it was recorded.
   */
  'version'?: (number);
  'recordedAt'?: (string);
  /**
   * The owning service's decision state (its evolve) as JSON.
   */
  'stateJson'?: (string);
}

export interface SandboxRecord__Output {
  'sandbox': (string);
  'recordId': (string);
  /**
   * The stream version of the last event folded, and when it was recorded.
   */
  'version': (number);
  'recordedAt': (string);
  /**
   * The owning service's decision state (its evolve) as JSON.
   */
  'stateJson': (string);
}
