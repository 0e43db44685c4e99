import {
  BLACKLISTING_ID,
  BLACKLISTING_STATUSES,
  CREDIT_FILE_ID,
  CREDIT_LIMITS as L,
  PUBLICATION_ID,
  PUBLICATION_LIMITS as P,
  PUBLICATION_STATUSES,
} from '@liaison/contracts';
import { z } from 'zod';
import { creditCode, nonBlank, optionalText, text } from '../http/common-schemas';

/**
 * Request shapes of /api/v1/credit (credit.proto in camelCase, so a body maps 1:1 onto its gRPC
 * request). Strict: unknown fields are 400. Limits and enums are the credit contract's.
 */
// The service's own id patterns (a looser one would let schema-valid ids fail there: 400 the document did not announce).
export const blacklistingIdParam = z.string().regex(BLACKLISTING_ID, 'expected blacklisting-<uuid>');
const fileId = z.string().regex(CREDIT_FILE_ID, 'expected credit-<credit code> or credit-person-<key>');
export const blacklistingParams = z.object({ id: blacklistingIdParam });
export const creditCodeParams = z.object({ creditCode });
export const personQuery = z.strictObject({ name: nonBlank(z.string()).max(L.personName) });
export const statusQuery = z
  .strictObject({ creditCode: creditCode.optional(), personName: nonBlank(z.string()).max(L.personName).optional() })
  .refine((q) => Boolean(q.creditCode) !== Boolean(q.personName), { message: 'give creditCode or personName (one of them)' });
export const listQuery = z.strictObject({
  status: z.enum(BLACKLISTING_STATUSES).optional().describe('Default: in force (published and appealed)'),
});

export const proposeBlacklistingBody = z
  .strictObject({
    fileId: fileId.describe('credit-<credit code> or credit-person-<key>, as GET /api/v1/credit/files answers it'),
    grounds: text(L.grounds),
    citedEntryIds: z.array(z.string().min(1).max(200)).min(1).max(L.citedEntries),
    periodDays: z.number().int().min(L.periodDaysMin).max(L.periodDaysMax),
  })
  .meta({ id: 'ProposeBlacklistingBody' });
export const approveBody = z.strictObject({ note: optionalText(L.reason) }).meta({ id: 'ApproveBlacklistingBody' });
export const rejectBody = z.strictObject({ reason: text(L.reason) }).meta({ id: 'RejectBlacklistingBody' });
export const appealBody = z.strictObject({ appellant: text(L.name), grounds: text(L.grounds) }).meta({ id: 'AppealBlacklistingBody' });
export const decideAppealBody = z
  .strictObject({ upheld: z.boolean(), reason: text(L.reason) })
  .meta({ id: 'DecideBlacklistingAppealBody' });

export const publicationIdParam = z.string().regex(PUBLICATION_ID, 'expected publication-<uuid>');
export const publicationParams = z.object({ id: publicationIdParam });
export const publicationListQuery = z.strictObject({
  status: z.enum(PUBLICATION_STATUSES).optional().describe('Default: all the caller may see'),
});
export const draftPublicationBody = z
  .strictObject({
    fileId: fileId.describe('credit-<credit code>, as GET /api/v1/credit/files answers it'),
    entryId: z.string().min(1).max(200).describe('The administrative_penalty or criminal_case_opened entry of the concluded case'),
    cause: text(P.cause).describe('What the case was about; personal data is redacted by the service'),
    penalty: text(P.penalty).describe('The penalty or decision; personal data is redacted by the service'),
  })
  .meta({ id: 'DraftPublicationBody' });
export const approvePublicationBody = z.strictObject({ note: optionalText(L.reason) }).meta({ id: 'ApprovePublicationBody' });
export const withdrawPublicationBody = z.strictObject({ reason: text(P.reason) }).meta({ id: 'WithdrawPublicationBody' });
