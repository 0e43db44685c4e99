// Original file: protos/liaison/v1/meetings.proto


export interface MeetingWindow {
  /**
   * RFC 3339; ends_at must be after starts_at, starts_at not in the past.
   */
  'startsAt'?: (string);
  'endsAt'?: (string);
}

export interface MeetingWindow__Output {
  /**
   * RFC 3339; ends_at must be after starts_at, starts_at not in the past.
   */
  'startsAt': (string);
  'endsAt': (string);
}
