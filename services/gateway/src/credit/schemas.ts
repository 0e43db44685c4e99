import { BLACKLISTING_STATUSES, CREDIT_LIMITS as L } from '@liaison/contracts';
import { z } from 'zod';
import { creditCode, optionalText, recordId, text } from '../http/common-schemas';

/**
 * Request shapes of /api/v1/credit (credit.proto in camelCase, so a body maps 1:1 onto its gRPC
 * request). Strict: unknown fields are 400. Limits and enums are the credit contract's.
 */
export const blacklistingIdParam = recordId('blacklisting');
export const blacklistingParams = z.object({ id: blacklistingIdParam });
export const creditCodeParams = z.object({ creditCode });
export const personQuery = z.strictObject({ name: z.string().trim().min(1).max(L.personName) });
export const statusQuery = z
  .strictObject({ creditCode: creditCode.optional(), personName: z.string().trim().min(1).max(L.personName).optional() })
  .refine((q) => Boolean(q.creditCode) !== Boolean(q.personName), { message: 'give creditCode or personName (one of them)' });
export const listQuery = z.strictObject({
  status: z.enum(BLACKLISTING_STATUSES).optional().describe('Default: in force (published and appealed)'),
});

export const proposeBlacklistingBody = z
  .strictObject({
    fileId: z.string().min(1).max(60).describe('credit-<credit code> or credit-person-<key>, as GET /api/v1/credit/files answers it'),
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
