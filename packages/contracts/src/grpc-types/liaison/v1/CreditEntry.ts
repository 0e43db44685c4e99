// Original file: protos/liaison/v1/credit.proto

import type { CreditEntrySubject as _liaison_v1_CreditEntrySubject, CreditEntrySubject__Output as _liaison_v1_CreditEntrySubject__Output } from '../../liaison/v1/CreditEntrySubject';
import type { CreditEntrySource as _liaison_v1_CreditEntrySource, CreditEntrySource__Output as _liaison_v1_CreditEntrySource__Output } from '../../liaison/v1/CreditEntrySource';

export interface CreditEntry {
  'entryId'?: (string);
  /**
   * administrative_penalty | seizure | criminal_case_opened | evidence_recognised_for_court
   */
  'kind'?: (string);
  'summary'?: (string);
  'subject'?: (_liaison_v1_CreditEntrySubject | null);
  'source'?: (_liaison_v1_CreditEntrySource | null);
  /**
   * The most restrictive code of its sources.
   */
  'handlingCode'?: (string);
  'at'?: (string);
}

export interface CreditEntry__Output {
  'entryId': (string);
  /**
   * administrative_penalty | seizure | criminal_case_opened | evidence_recognised_for_court
   */
  'kind': (string);
  'summary': (string);
  'subject': (_liaison_v1_CreditEntrySubject__Output | null);
  'source': (_liaison_v1_CreditEntrySource__Output | null);
  /**
   * The most restrictive code of its sources.
   */
  'handlingCode': (string);
  'at': (string);
}
