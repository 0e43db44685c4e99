// Original file: protos/liaison/v1/meetings.proto

import type { MeetingRecordAccess as _liaison_v1_MeetingRecordAccess, MeetingRecordAccess__Output as _liaison_v1_MeetingRecordAccess__Output } from '../../liaison/v1/MeetingRecordAccess';

export interface MeetingReference {
  /**
   * lead | operation | evidence | situation_analysis
   */
  'kind'?: (string);
  'id'?: (string);
  /**
   * Unset: unknown to the caller; the proposer's view stands (the proposer's unit only).
   */
  'access'?: (_liaison_v1_MeetingRecordAccess | null);
  /**
   * source | proposer_view (answers only)
   */
  'accessSource'?: (string);
}

export interface MeetingReference__Output {
  /**
   * lead | operation | evidence | situation_analysis
   */
  'kind': (string);
  'id': (string);
  /**
   * Unset: unknown to the caller; the proposer's view stands (the proposer's unit only).
   */
  'access': (_liaison_v1_MeetingRecordAccess__Output | null);
  /**
   * source | proposer_view (answers only)
   */
  'accessSource': (string);
}
