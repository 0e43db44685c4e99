import { nameBasedUuid } from '@liaison/platform';

export { BLACKLISTING_ID, CREDIT_FILE_ID, PUBLICATION_ID } from '@liaison/contracts';

/** The blacklisting id is the stream id, derived from ProposeBlacklisting's command id (retries land on the same stream). */
export const blacklistingIdFor = (commandId: string): string =>
  `blacklisting-${nameBasedUuid('liaison.credit.ProposeBlacklisting', commandId)}`;

/** The feed's command id: one per entry (source event × subject × file), so a redelivered event records nothing twice. */
export const entryCommandId = (entryId: string): string => `credit-entry:${entryId}`;

/** The scheduler's command id for the end of one publication period. */
export const periodEndCommandId = (blacklistingId: string, publishedUntil: string): string =>
  `period-end:${blacklistingId}:${publishedUntil}`;

/** The publication id is the stream id, derived from DraftPublication's command id. */
export const publicationIdFor = (commandId: string): string => `publication-${nameBasedUuid('liaison.credit.DraftPublication', commandId)}`;
