import { nameBasedUuid } from '@liaison/platform';

export { EVIDENCE_ID } from '@liaison/contracts';

/**
 * The item id is the stream id, `evidence-<uuid>`, derived from RegisterEvidence's (or
 * UploadEvidence's) command id: a retry lands on the same stream, and the content service can
 * name the stored bytes after the item before registering it.
 */
export const evidenceIdFor = (commandId: string): string => `evidence-${nameBasedUuid('liaison.evidence.RegisterEvidence', commandId)}`;

/** Recognition requests are named after the command that made them. */
export const recognitionRequestIdFor = (commandId: string): string =>
  `recognition-${nameBasedUuid('liaison.evidence.RequestRecognition', commandId).slice(0, 18)}`;
