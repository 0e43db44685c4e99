// Original file: protos/liaison/v1/credit.proto

import type { BlacklistingStep as _liaison_v1_BlacklistingStep, BlacklistingStep__Output as _liaison_v1_BlacklistingStep__Output } from '../../liaison/v1/BlacklistingStep';

export interface Publication {
  'publicationId'?: (string);
  'version'?: (number);
  'status'?: (string);
  'fileId'?: (string);
  'entryId'?: (string);
  'entryKind'?: (string);
  'enterpriseName'?: (string);
  'creditCode'?: (string);
  /**
   * The responsible person as published: the surname and 某 (maskPersonName).
   */
  'responsiblePerson'?: (string);
  'cause'?: (string);
  'penalty'?: (string);
  'ownerUnitId'?: (string);
  'draftedByOfficerId'?: (string);
  'publishedAt'?: (string);
  'withdrawnAt'?: (string);
  'withdrawalReason'?: (string);
  'history'?: (_liaison_v1_BlacklistingStep)[];
}

export interface Publication__Output {
  'publicationId': (string);
  'version': (number);
  'status': (string);
  'fileId': (string);
  'entryId': (string);
  'entryKind': (string);
  'enterpriseName': (string);
  'creditCode': (string);
  /**
   * The responsible person as published: the surname and 某 (maskPersonName).
   */
  'responsiblePerson': (string);
  'cause': (string);
  'penalty': (string);
  'ownerUnitId': (string);
  'draftedByOfficerId': (string);
  'publishedAt': (string);
  'withdrawnAt': (string);
  'withdrawalReason': (string);
  'history': (_liaison_v1_BlacklistingStep__Output)[];
}
