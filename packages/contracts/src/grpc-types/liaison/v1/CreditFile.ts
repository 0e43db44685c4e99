// Original file: protos/liaison/v1/credit.proto

import type { CreditSubjectName as _liaison_v1_CreditSubjectName, CreditSubjectName__Output as _liaison_v1_CreditSubjectName__Output } from '../../liaison/v1/CreditSubjectName';
import type { CreditEntry as _liaison_v1_CreditEntry, CreditEntry__Output as _liaison_v1_CreditEntry__Output } from '../../liaison/v1/CreditEntry';
import type { BlacklistingSummary as _liaison_v1_BlacklistingSummary, BlacklistingSummary__Output as _liaison_v1_BlacklistingSummary__Output } from '../../liaison/v1/BlacklistingSummary';

export interface CreditFile {
  'fileId'?: (string);
  /**
   * enterprise | person
   */
  'subjectKind'?: (string);
  'creditCode'?: (string);
  'personName'?: (string);
  'names'?: (_liaison_v1_CreditSubjectName)[];
  'legalRepresentatives'?: (_liaison_v1_CreditSubjectName)[];
  /**
   * Newest first.
   */
  'entries'?: (_liaison_v1_CreditEntry)[];
  'blacklistings'?: (_liaison_v1_BlacklistingSummary)[];
  'blacklisted'?: (boolean);
  'blacklistedUntil'?: (string);
  'version'?: (number);
}

export interface CreditFile__Output {
  'fileId': (string);
  /**
   * enterprise | person
   */
  'subjectKind': (string);
  'creditCode': (string);
  'personName': (string);
  'names': (_liaison_v1_CreditSubjectName__Output)[];
  'legalRepresentatives': (_liaison_v1_CreditSubjectName__Output)[];
  /**
   * Newest first.
   */
  'entries': (_liaison_v1_CreditEntry__Output)[];
  'blacklistings': (_liaison_v1_BlacklistingSummary__Output)[];
  'blacklisted': (boolean);
  'blacklistedUntil': (string);
  'version': (number);
}
