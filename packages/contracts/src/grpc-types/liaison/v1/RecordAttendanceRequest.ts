// Original file: protos/liaison/v1/meetings.proto


export interface RecordAttendanceRequest {
  'commandId'?: (string);
  'meetingId'?: (string);
  'ifMatchVersion'?: (number);
  'unitId'?: (string);
  'officerId'?: (string);
  /**
   * present | absent | delegated
   */
  'status'?: (string);
  /**
   * delegated: who attended in the officer's place.
   */
  'delegatedTo'?: (string);
}

export interface RecordAttendanceRequest__Output {
  'commandId': (string);
  'meetingId': (string);
  'ifMatchVersion': (number);
  'unitId': (string);
  'officerId': (string);
  /**
   * present | absent | delegated
   */
  'status': (string);
  /**
   * delegated: who attended in the officer's place.
   */
  'delegatedTo': (string);
}
