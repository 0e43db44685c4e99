// Original file: protos/liaison/v1/history.proto


export interface RecordAsOf {
  'recordId'?: (string);
  'asOf'?: (string);
  'timeAxis'?: (string);
  /**
   * The stream version of the last event folded, and how many were folded.
   */
  'version'?: (number);
  'eventsFolded'?: (number);
  /**
   * The owning service's decision state (its evolve) as JSON.
   */
  'stateJson'?: (string);
}

export interface RecordAsOf__Output {
  'recordId': (string);
  'asOf': (string);
  'timeAxis': (string);
  /**
   * The stream version of the last event folded, and how many were folded.
   */
  'version': (number);
  'eventsFolded': (number);
  /**
   * The owning service's decision state (its evolve) as JSON.
   */
  'stateJson': (string);
}
