import {
  BREACH_REASON_MAX,
  DEADLINE_KINDS,
  LEAD_ID,
  MEETING_BREACH_KINDS,
  MEETING_ID,
  OPERATION_BREACH_KINDS,
  OPERATION_ID,
  REGISTER_CONTEXTS,
} from '@liaison/contracts';
import { z } from 'zod';
import { cursor, limit, nextCursorSchema, text, timestamp, unitId } from '../http/common-schemas';

/** GET /api/v1/accountability: by unit, and a window on when the breach was detected. */
export const accountabilityQuery = z.strictObject({
  unitId: unitId.optional().describe('Only this unit’s entries (officers: their own unit only)'),
  from: timestamp.optional().describe('Detected at or after'),
  to: timestamp.optional().describe('Detected before'),
  cursor,
  limit,
});

/** The id pattern of each context's records: the owning service refuses any other id with 400. */
const RECORD_ID_OF = { leads: LEAD_ID, operations: OPERATION_ID, meetings: MEETING_ID } satisfies Record<
  (typeof REGISTER_CONTEXTS)[number],
  RegExp
>;

/** POST /api/v1/accountability/explanations: the responsible unit explains one breach. */
export const explanationBody = z
  .strictObject({
    context: z.enum(REGISTER_CONTEXTS),
    recordId: z
      .string()
      .min(1)
      .max(200)
      .describe('The lead, operation or meeting id of the entry: lead-<uuid>, operation-<uuid> or meeting-<uuid> as context says'),
    kind: z.enum([...DEADLINE_KINDS, ...OPERATION_BREACH_KINDS, ...MEETING_BREACH_KINDS]).describe('What was due, as the entry names it'),
    taskId: z
      .string()
      .max(50)
      .optional()
      .describe('A co-handling or operation task’s breach: its task id; a meeting’s: the action item id'),
    reason: text(BREACH_REASON_MAX),
  })
  .refine((b) => RECORD_ID_OF[b.context].test(b.recordId), {
    path: ['recordId'],
    message: 'expected the id of a record of that context (lead-, operation- or meeting-<uuid>)',
  })
  .meta({
    id: 'ExplainBreachBody',
    // The refinement above, for the document: the record id's pattern follows the context.
    oneOf: REGISTER_CONTEXTS.map((context) => ({
      properties: { context: { const: context }, recordId: { pattern: RECORD_ID_OF[context].source } },
    })),
  });

const explanationSchema = z.object({ reason: z.string(), officerId: z.string(), at: z.string() }).nullable();
export const accountabilityEntrySchema = z
  .object({
    entryId: z.string(),
    context: z.enum(REGISTER_CONTEXTS),
    recordKind: z.enum(['lead', 'operation', 'meeting']),
    recordId: z.string().describe('Empty when only a pointer may be shown (AMBER+STRICT / RED, or a record the reader may not see)'),
    pointerOnly: z.boolean(),
    ownerUnitId: z.string().describe('Pointer: the record’s owner unit (empty unless pointerOnly)'),
    contactOfficerId: z.string().describe('Pointer: whom to call (empty unless pointerOnly)'),
    kind: z.string(),
    unitId: z.string().describe('The responsible unit'),
    taskId: z.string(),
    dueAt: z.string(),
    rule: z.string().describe('The rule that produced dueAt'),
    detectedAt: z.string(),
    answeredAt: z.string().describe('Empty while unanswered'),
    lateBySeconds: z.number().int().describe('Until detectedAt while unanswered, until answeredAt once answered'),
    explanation: explanationSchema,
    explainable: z.boolean().describe('Whether the caller may explain it'),
  })
  .meta({ id: 'AccountabilityEntry' });
export const accountabilityPageSchema = z
  .object({ items: z.array(accountabilityEntrySchema), nextCursor: nextCursorSchema })
  .meta({ id: 'AccountabilityPage' });
