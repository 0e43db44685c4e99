import { z } from 'zod';
import {
  coordinatesSchema, creditCode, cursor, emptyBody, handlingSchema, HANDLING_CODES, jurisdictionId, limit, nextCursorSchema, optionalText,
  problemSchema, recordId, statusFilter, text, timestamp, unitId, unitIds,
} from '../http/common-schemas';

/**
 * Request and response shapes of /api/v1/leads. The same schemas validate requests (strict:
 * unknown fields are rejected) and generate the OpenAPI document. Field names follow
 * leads.proto in camelCase, so a body maps 1:1 onto its gRPC request. Pieces shared with other
 * resources live in ../http/common-schemas.ts (re-exported here where leads code uses them).
 */
export { emptyBody, handlingSchema, HANDLING_CODES, problemSchema };

export const LEAD_CATEGORIES = [
  'trademark', 'copyright', 'patent', 'counterfeit_food', 'drugs', 'cosmetics', 'agricultural_inputs',
  'building_materials', 'electromechanical', 'auto_parts', 'tobacco', 'online',
] as const;
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

export const leadIdParam = recordId('lead');
export const leadParams = z.object({ id: leadIdParam });
export const onwardParams = z.object({ id: leadIdParam, requestId: recordId('request') });

export const gradingSchema = z
  .strictObject({
    sourceReliability: z.enum(['A', 'B', 'C', 'X']).describe('A reliable · B usually reliable · C fairly reliable · X cannot be judged'),
    information: z.number().int().min(1).max(4).describe('1 known true · 2 known to the source · 3 corroborated · 4 cannot be judged'),
  })
  .meta({ id: 'Grading' });

export const subjectSchema = z
  .strictObject({
    enterpriseName: optionalText(200),
    creditCode: creditCode.optional(),
    personName: optionalText(100),
    onlineShop: optionalText(200),
    url: z.url().max(2000).optional(),
  })
  .refine((s) => Object.values(s).some((v) => v !== undefined && v !== ''), { message: 'name at least one of enterpriseName, creditCode, personName, onlineShop, url' })
  .meta({ id: 'Subject' });

export const locationSchema = z
  .strictObject({
    jurisdiction: jurisdictionId,
    address: optionalText(500),
    coordinates: coordinatesSchema.optional(),
  })
  .meta({ id: 'Location' });

export const attachmentSchema = z
  .strictObject({
    sha256: z.string().regex(/^[a-f0-9]{64}$/, 'expected a lowercase hex SHA-256'),
    name: text(255),
    mediaType: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/, 'expected a media type, e.g. image/jpeg'),
    sizeBytes: z.number().int().min(0),
  })
  .meta({ id: 'Attachment' });

export const postLeadBody = z
  .strictObject({
    title: text(200),
    category: z.enum(LEAD_CATEGORIES),
    subject: subjectSchema,
    location: locationSchema,
    summary: text(10_000),
    priority: z.enum(PRIORITIES).default('normal'),
    grading: gradingSchema,
    handling: handlingSchema,
    attachments: z.array(attachmentSchema).max(50).default([]),
  })
  .meta({ id: 'PostLeadBody' });

export const shareBody = z.strictObject({ unitIds, message: optionalText(2_000) }).meta({ id: 'ShareLeadBody' });
export const onwardSharingBody = z.strictObject({ unitIds, reason: text(2_000) }).meta({ id: 'RequestOnwardSharingBody' });
export const answerOnwardSharingBody = z.strictObject({ reason: optionalText(2_000) }).meta({ id: 'AnswerOnwardSharingBody' });
export const declineBody = z.strictObject({ reason: text(2_000) }).meta({ id: 'DeclineLeadBody' });
export const coHandlingBody = z
  .strictObject({
    tasks: z
      .array(z.strictObject({ unitId, description: text(2_000), dueAt: timestamp.optional() }))
      .min(1, 'name at least one task')
      .max(50),
  })
  .meta({ id: 'AssignForCoHandlingBody' });
export const feedbackBody = z
  .strictObject({ result: z.string().regex(/^[a-z_]{1,40}$/, 'expected a result code, e.g. "verified", "case_opened"'), summary: optionalText(10_000) })
  .meta({ id: 'RecordFeedbackBody' });
export const regradeBody = z.strictObject({ grading: gradingSchema, reason: text(2_000) }).meta({ id: 'RegradeLeadBody' });
export const suspectedCrimeBody = z.strictObject({ reason: text(5_000) }).meta({ id: 'FlagSuspectedCrimeBody' });
export const transferDecisionBody = z.strictObject({ transfer: z.boolean(), reasons: text(5_000) }).meta({ id: 'DecideTransferBody' });
export const handOverBody = z
  .strictObject({
    policeUnitId: unitId,
    facts: text(20_000),
    amountInvolved: z.number().min(0).optional().describe('In yuan'),
    evidenceRefs: z.array(z.string().min(1).max(200)).max(200).default([]),
  })
  .meta({ id: 'HandOverToPoliceBody' });
export const policeDecisionBody = z
  .strictObject({ decision: z.enum(['opened', 'declined']), reason: optionalText(5_000), caseNumber: optionalText(100) })
  .refine((b) => b.decision !== 'declined' || (b.reason ?? '') !== '', { path: ['reason'], message: 'a declined case needs a reason' })
  .meta({ id: 'RecordPoliceDecisionBody' });
export const reconsiderationBody = z.strictObject({ reason: text(5_000) }).meta({ id: 'RequestReconsiderationBody' });
export const reconsiderationAnswerBody = z
  .strictObject({ answer: z.enum(['maintained', 'reversed']), reason: optionalText(5_000) })
  .meta({ id: 'AnswerReconsiderationBody' });
export const closeBody = z
  .strictObject({ outcome: z.enum(['resolved', 'unfounded', 'transferred', 'merged', 'other']), summary: optionalText(10_000) })
  .meta({ id: 'CloseLeadBody' });
export const escalateBody = z
  .strictObject({
    reason: text(2_000),
    proposedWindow: z.strictObject({ startsAt: timestamp, endsAt: timestamp }).optional().describe('RFC 3339; endsAt after startsAt (checked by the service)'),
  })
  .meta({ id: 'EscalateForJointActionBody' });

export const linkBody = z
  .strictObject({ otherLeadId: leadIdParam, relation: z.enum(['duplicate', 'related']), note: optionalText(2_000) })
  .meta({ id: 'LinkLeadBody' });

// ---- queries ----

export const listQuery = z.strictObject({ status: statusFilter, cursor, limit });
export const searchQuery = z.strictObject({
  category: z.enum(LEAD_CATEGORIES).optional(),
  jurisdiction: z.string().regex(/^[a-z0-9-]+$/).optional(),
  status: statusFilter,
  ownerUnitId: unitId.optional(),
  creditCode: z.string().max(18).optional(),
  text: z.string().max(200).optional(),
  postedFrom: timestamp.optional(),
  postedTo: timestamp.optional(),
  cursor,
  limit,
});
export const countsQuery = z.strictObject({ postedFrom: timestamp.optional(), postedTo: timestamp.optional() });

// ---- responses (documentation; the service's answers pass through) ----

export const commandResultSchema = z
  .object({
    leadId: z.string(),
    version: z.number().int().describe('Stream version after the command; also the ETag'),
    status: z.string(),
  })
  .meta({ id: 'LeadCommandResult' });

const recipientSchema = z
  .object({
    unitId: z.string(),
    status: z.string(),
    sharedAt: z.string(),
    acknowledgeDueAt: z.string(),
    acknowledgedAt: z.string(),
    decidedAt: z.string(),
    declineReason: z.string(),
    overdue: z.boolean(),
  })
  .meta({ id: 'Recipient' });

export const leadDetailSchema = z
  .looseObject({
    leadId: z.string(),
    version: z.number().int(),
    status: z.string(),
    ownerUnitId: z.string(),
    postedByOfficerId: z.string(),
    title: z.string(),
    category: z.string(),
    subject: z.record(z.string(), z.unknown()),
    location: z.record(z.string(), z.unknown()),
    summary: z.string(),
    priority: z.string(),
    grading: gradingSchema,
    handling: z.record(z.string(), z.unknown()),
    recipients: z.array(recipientSchema),
    onwardSharingRequests: z.array(z.record(z.string(), z.unknown())),
    coHandlingTasks: z.array(z.record(z.string(), z.unknown())),
    feedback: z.array(z.record(z.string(), z.unknown())),
    transfer: z.record(z.string(), z.unknown()).nullable(),
    links: z.array(z.record(z.string(), z.unknown())),
    overdue: z.array(z.record(z.string(), z.unknown())),
    history: z.array(z.record(z.string(), z.unknown())),
    postedAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'LeadDetail' });

export const leadSummarySchema = z
  .looseObject({
    leadId: z.string(),
    version: z.number().int(),
    status: z.string(),
    ownerUnitId: z.string(),
    title: z.string(),
    category: z.string(),
    jurisdiction: z.string(),
    priority: z.string(),
    handlingCode: z.string(),
    postedAt: z.string(),
    myStatus: z.string(),
    acknowledgeDueAt: z.string(),
    overdue: z.boolean(),
    recipients: z.array(recipientSchema),
  })
  .meta({ id: 'LeadSummary' });

export const leadPageSchema = z
  .object({ items: z.array(leadSummarySchema), nextCursor: nextCursorSchema })
  .meta({ id: 'LeadPage' });

export const overduePageSchema = z
  .object({
    items: z.array(
      z.object({
        leadId: z.string(),
        title: z.string(),
        ownerUnitId: z.string(),
        breach: z.object({ kind: z.string(), unitId: z.string(), dueAt: z.string(), detectedAt: z.string() }),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'OverduePage' });

const buckets = z.array(z.object({ key: z.string(), count: z.number().int() }));
export const countsSchema = z
  .object({ byCategory: buckets, byJurisdiction: buckets, byStatus: buckets, total: z.number().int() })
  .meta({ id: 'LeadCounts' });

export const tokenRequestSchema = z.strictObject({ officerId: z.string().min(1).max(200) }).meta({ id: 'DevTokenRequest' });
export const tokenResponseSchema = z
  .object({
    accessToken: z.string(),
    tokenType: z.literal('Bearer'),
    expiresIn: z.number().int(),
    officer: z.object({ officerId: z.string(), unitId: z.string(), roles: z.array(z.string()) }),
  })
  .meta({ id: 'DevTokenResponse' });
