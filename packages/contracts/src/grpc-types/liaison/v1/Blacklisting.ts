// Original file: protos/liaison/v1/credit.proto

import type { BlacklistingStep as _liaison_v1_BlacklistingStep, BlacklistingStep__Output as _liaison_v1_BlacklistingStep__Output } from '../../liaison/v1/BlacklistingStep';

export interface Blacklisting {
  'blacklistingId'?: (string);
  'version'?: (number);
  'status'?: (string);
  'fileId'?: (string);
  'subjectKind'?: (string);
  'creditCode'?: (string);
  'personName'?: (string);
  'enterpriseName'?: (string);
  'proposedByUnitId'?: (string);
  'periodDays'?: (number);
  'publishedFrom'?: (string);
  'publishedUntil'?: (string);
  'removalReason'?: (string);
  'grounds'?: (string);
  'groundsDisclosed'?: (boolean);
  'citedEntryIds'?: (string)[];
  'appellant'?: (string);
  'appealGrounds'?: (string);
  /**
   * Every step of the workflow with its actor.
   */
  'history'?: (_liaison_v1_BlacklistingStep)[];
}

export interface Blacklisting__Output {
  'blacklistingId': (string);
  'version': (number);
  'status': (string);
  'fileId': (string);
  'subjectKind': (string);
  'creditCode': (string);
  'personName': (string);
  'enterpriseName': (string);
  'proposedByUnitId': (string);
  'periodDays': (number);
  'publishedFrom': (string);
  'publishedUntil': (string);
  'removalReason': (string);
  'grounds': (string);
  'groundsDisclosed': (boolean);
  'citedEntryIds': (string)[];
  'appellant': (string);
  'appealGrounds': (string);
  /**
   * Every step of the workflow with its actor.
   */
  'history': (_liaison_v1_BlacklistingStep__Output)[];
}
