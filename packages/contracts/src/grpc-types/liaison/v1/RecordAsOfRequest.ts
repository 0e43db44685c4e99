// Original file: protos/liaison/v1/history.proto


export interface RecordAsOfRequest {
  'recordId'?: (string);
  /**
   * RFC 3339.
   */
  'asOf'?: (string);
  /**
   * recorded (default): the events recorded by as_of; occurred: the events whose fact occurred by as_of.
   */
  'timeAxis'?: (string);
}

export interface RecordAsOfRequest__Output {
  'recordId': (string);
  /**
   * RFC 3339.
   */
  'asOf': (string);
  /**
   * recorded (default): the events recorded by as_of; occurred: the events whose fact occurred by as_of.
   */
  'timeAxis': (string);
}
