// Original file: protos/liaison/v1/credit.proto


export interface BlacklistingSummary {
  'blacklistingId'?: (string);
  'status'?: (string);
  'proposedByUnitId'?: (string);
  'publishedFrom'?: (string);
  'publishedUntil'?: (string);
  'removalReason'?: (string);
  /**
   * Empty when the caller may not see what they rest on (grounds_disclosed false).
   */
  'grounds'?: (string);
  'groundsDisclosed'?: (boolean);
}

export interface BlacklistingSummary__Output {
  'blacklistingId': (string);
  'status': (string);
  'proposedByUnitId': (string);
  'publishedFrom': (string);
  'publishedUntil': (string);
  'removalReason': (string);
  /**
   * Empty when the caller may not see what they rest on (grounds_disclosed false).
   */
  'grounds': (string);
  'groundsDisclosed': (boolean);
}
