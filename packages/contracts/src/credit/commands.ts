import { z } from 'zod';
import { text } from '../fields';
import { recordAccessSchema } from '../record-access';
import { creditSourceSchema, creditSubjectSchema } from './events';
import { CREDIT_ENTRY_KINDS, CREDIT_LIMITS as L, CREDIT_SUBJECT_KINDS } from './reference';
import { PUBLICATION_LIMITS as P } from '../publication/reference';

/**
 * The commands of the credit context: what each carries besides the stream id, the actor and the
 * time (which the application stamps). The deciders check every command against its schema
 * (issues named in snake_case, as in credit.proto) before their own rules.
 */
export const creditCommandSchemas = {
  // Internal: the feed from the leads, operations and evidence topics, never the API.
  RecordCreditEntry: z.object({
    subjectKind: z.enum(CREDIT_SUBJECT_KINDS),
    entryId: z.string().min(1).max(200),
    kind: z.enum(CREDIT_ENTRY_KINDS),
    summary: text(L.summary),
    subject: creditSubjectSchema,
    source: creditSourceSchema,
    access: z.array(recordAccessSchema).min(1).max(5),
  }),
  ProposeBlacklisting: z.object({
    /** The credit file the blacklisting is about (credit-<code> or credit-person-<key>). */
    fileId: z.string(),
    grounds: text(L.grounds),
    citedEntryIds: z.array(z.string()).max(L.citedEntries),
    periodDays: z.number().int(),
  }),
  ApproveBlacklisting: z.object({ note: text(L.reason) }),
  RejectBlacklisting: z.object({ reason: text(L.reason) }),
  AppealBlacklisting: z.object({ appellant: text(L.name), grounds: text(L.grounds) }),
  DecideBlacklistingAppeal: z.object({ upheld: z.boolean(), reason: text(L.reason) }),
  // Internal: the period scheduler.
  EndBlacklistingPeriod: z.object({ publishedUntil: z.string() }),
  /** Case publication: the entry of the credit file the concluded case gave; the texts are redacted by the decider. */
  DraftPublication: z.object({ fileId: z.string(), entryId: z.string(), cause: text(P.cause), penalty: text(P.penalty) }),
  ApprovePublication: z.object({ note: text(L.reason) }),
  WithdrawPublication: z.object({ reason: text(P.reason) }),
} as const;

export type CreditCommandType = keyof typeof creditCommandSchemas;
