// Original file: protos/liaison/v1/meetings.proto


export interface MeetingCalendar {
  'meetingId'?: (string);
  'version'?: (number);
  /**
   * text/calendar; charset=utf-8
   */
  'ics'?: (string);
}

export interface MeetingCalendar__Output {
  'meetingId': (string);
  'version': (number);
  /**
   * text/calendar; charset=utf-8
   */
  'ics': (string);
}
