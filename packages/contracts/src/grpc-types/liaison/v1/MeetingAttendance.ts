// Original file: protos/liaison/v1/meetings.proto


export interface MeetingAttendance {
  'unitId'?: (string);
  'officerId'?: (string);
  'status'?: (string);
  'delegatedTo'?: (string);
  'recordedByOfficerId'?: (string);
  'at'?: (string);
}

export interface MeetingAttendance__Output {
  'unitId': (string);
  'officerId': (string);
  'status': (string);
  'delegatedTo': (string);
  'recordedByOfficerId': (string);
  'at': (string);
}
