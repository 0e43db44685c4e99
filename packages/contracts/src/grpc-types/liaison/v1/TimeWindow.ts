// Original file: protos/liaison/v1/operations.proto


export interface TimeWindow {
  /**
   * RFC 3339; ends_at must be after starts_at.
   */
  'startsAt'?: (string);
  'endsAt'?: (string);
}

export interface TimeWindow__Output {
  /**
   * RFC 3339; ends_at must be after starts_at.
   */
  'startsAt': (string);
  'endsAt': (string);
}
