// Original file: protos/liaison/v1/credit.proto

import type { CreditEntryCount as _liaison_v1_CreditEntryCount, CreditEntryCount__Output as _liaison_v1_CreditEntryCount__Output } from '../../liaison/v1/CreditEntryCount';

export interface CreditStatus {
  'found'?: (boolean);
  'blacklisted'?: (boolean);
  'blacklistedUntil'?: (string);
  'entryCount'?: (number);
  'entryCounts'?: (_liaison_v1_CreditEntryCount)[];
  'lastEntryAt'?: (string);
}

export interface CreditStatus__Output {
  'found': (boolean);
  'blacklisted': (boolean);
  'blacklistedUntil': (string);
  'entryCount': (number);
  'entryCounts': (_liaison_v1_CreditEntryCount__Output)[];
  'lastEntryAt': (string);
}
