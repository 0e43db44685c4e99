import {
  CLOSE_OUTCOMES,
  FEEDBACK_RESULT,
  LEAD_CATEGORIES,
  LEAD_ID,
  LEAD_LIMITS as L,
  LEAD_PRIORITIES,
  LINK_RELATIONS,
  MEDIA_TYPE,
  POLICE_DECISIONS,
  RECONSIDERATION_ANSWERS,
  SHA256,
  SOURCE_RELIABILITY,
  SUBJECT_URL,
  SUPERVISION_OUTCOMES,
} from '@liaison/contracts';
import { z } from 'zod';
import { optionalCreditStatus } from '../credit/credit-status';
import {
  coordinatesSchema,
  creditCode,
  cursor,
  emptyBody,
  handlingSchema,
  HANDLING_CODES,
  jurisdictionId,
  limit,
  namedOfficerIds as officerIds,
  redNamesOfficers,
  nextCursorSchema,
  oneFilledOf,
  optionalText,
  policeUnitId,
  problemSchema,
  procuratorateUnitId,
  recordId,
  statusFilter,
  text,
  timestamp,
  unitId,
  unitIds,
} from '../http/common-schemas';

/**
 * Request and response shapes of /api/v1/leads. The same schemas validate requests (strict:
 * unknown fields are rejected) and generate the OpenAPI document. Field names follow
 * leads.proto in camelCase, so a body maps 1:1 onto its gRPC request. Every limit, enum and
 * pattern is the leads contract's (@liaison/contracts: LEAD_LIMITS, LEAD_CATEGORIES, …), the one
 * the events are checked against. Pieces shared with other resources live in
 * ../http/common-schemas.ts (re-exported here where leads code uses them).
 */
export { emptyBody, handlingSchema, HANDLING_CODES, LEAD_CATEGORIES, problemSchema };
export const PRIORITIES = LEAD_PRIORITIES;

// The service's own id pattern (a looser one would let schema-valid ids fail there: 400 the document did not announce).
export const leadIdParam = z.string().regex(LEAD_ID, 'expected lead-<uuid>');
export const leadParams = z.object({ id: leadIdParam });
export const onwardParams = z.object({ id: leadIdParam, requestId: recordId('request') });

export const gradingSchema = z
  .strictObject({
    sourceReliability: z.enum(SOURCE_RELIABILITY).describe('A reliable · B usually reliable · C fairly reliable · X cannot be judged'),
    information: z.number().int().min(1).max(4).describe('1 known true · 2 known to the source · 3 corroborated · 4 cannot be judged'),
  })
  .meta({ id: 'Grading' });

export const subjectSchema = z
  .strictObject({
    enterpriseName: optionalText(L.enterpriseName),
    creditCode: creditCode.optional(),
    personName: optionalText(L.personName),
    onlineShop: optionalText(L.onlineShop),
    url: z.string().max(L.url).regex(SUBJECT_URL, 'expected an http(s) URL').optional(),
  })
  .refine((s) => Object.values(s).some((v) => v !== undefined && v !== ''), {
    message: 'name at least one of enterpriseName, creditCode, personName, onlineShop, url',
  })
  .meta({ id: 'Subject', anyOf: oneFilledOf(['enterpriseName', 'creditCode', 'personName', 'onlineShop', 'url']) });

export const locationSchema = z
  .strictObject({
    jurisdiction: jurisdictionId,
    address: optionalText(L.address),
    coordinates: coordinatesSchema.optional(),
  })
  .meta({ id: 'Location' });

export const attachmentSchema = z
  .strictObject({
    sha256: z.string().regex(SHA256, 'expected a lowercase hex SHA-256'),
    name: text(L.attachmentName),
    mediaType: z.string().max(L.mediaType).regex(MEDIA_TYPE, 'expected a media type, e.g. image/jpeg'),
    sizeBytes: z.number().int().min(0),
  })
  .meta({ id: 'Attachment' });

export const postLeadBody = z
  .strictObject({
    title: text(L.title),
    category: z.enum(LEAD_CATEGORIES),
    subject: subjectSchema,
    location: locationSchema,
    summary: text(L.summary),
    priority: z.enum(PRIORITIES).default('normal'),
    grading: gradingSchema,
    handling: handlingSchema,
    attachments: z.array(attachmentSchema).max(L.attachments).default([]),
  })
  .meta({ id: 'PostLeadBody', anyOf: redNamesOfficers });

/** RED leads: the officers of the units shared with who may see the lead (at least one per unit; checked by the service). */
const namedOfficerIds = officerIds
  .default([])
  .describe('RED leads: at least one officer of each unit shared with, who may then see the lead');
export const shareBody = z.strictObject({ unitIds, message: optionalText(L.message), namedOfficerIds }).meta({ id: 'ShareLeadBody' });
export const onwardSharingBody = z.strictObject({ unitIds, reason: text(L.reason) }).meta({ id: 'RequestOnwardSharingBody' });
export const answerOnwardSharingBody = z.strictObject({ reason: optionalText(L.reason) }).meta({ id: 'AnswerOnwardSharingBody' });
export const approveOnwardSharingBody = z
  .strictObject({ reason: optionalText(L.reason), namedOfficerIds })
  .meta({ id: 'ApproveOnwardSharingBody' });
export const declineBody = z.strictObject({ reason: text(L.reason) }).meta({ id: 'DeclineLeadBody' });
export const coHandlingBody = z
  .strictObject({
    tasks: z
      .array(z.strictObject({ unitId, description: text(L.taskDescription), dueAt: timestamp.optional() }))
      .min(1, 'name at least one task')
      .max(L.tasks),
  })
  .meta({ id: 'AssignForCoHandlingBody' });
export const feedbackBody = z
  .strictObject({
    result: z.string().regex(FEEDBACK_RESULT, 'expected a result code, e.g. "verified", "case_opened"'),
    summary: optionalText(L.summary),
    taskId: z
      .string()
      .regex(/^task-\d+$/, 'expected a task id, e.g. "task-1"')
      .optional()
      .describe('The co-handling task answered (needed when the unit has several open tasks)'),
  })
  .meta({ id: 'RecordFeedbackBody' });
export const regradeBody = z.strictObject({ grading: gradingSchema, reason: text(L.reason) }).meta({ id: 'RegradeLeadBody' });
export const suspectedCrimeBody = z.strictObject({ reason: text(L.legalReason) }).meta({ id: 'FlagSuspectedCrimeBody' });
export const transferDecisionBody = z
  .strictObject({ transfer: z.boolean(), reasons: text(L.legalReason) })
  .meta({ id: 'DecideTransferBody' });
export const handOverBody = z
  .strictObject({
    policeUnitId: policeUnitId.describe('A police unit of the registry'),
    facts: text(L.facts),
    amountInvolved: z.number().min(0).optional().describe('In yuan'),
    evidenceRefs: z.array(z.string().min(1).max(L.evidenceRef)).max(L.evidenceRefs).default([]),
    namedOfficerIds: namedOfficerIds.describe('RED leads: at least one officer of the police unit, who may then see the lead'),
  })
  .meta({ id: 'HandOverToPoliceBody' });

// ---- the transfer line after a police refusal, court-use consent (ADR 0014) ----
export const supervisionRequestBody = z
  .strictObject({
    procuratorateUnitId: procuratorateUnitId.describe('A procuratorate unit, e.g. "procuratorate-city"'),
    reason: text(L.legalReason),
    namedOfficerIds: namedOfficerIds.describe('RED leads: at least one procurator of that unit, who may then see the lead'),
  })
  .meta({ id: 'RequestProcuratorateSupervisionBody' });
export const supervisionAnswerBody = z
  .strictObject({
    outcome: z.enum(SUPERVISION_OUTCOMES),
    reason: optionalText(L.legalReason).describe('Required except for opening_required'),
  })
  .meta({ id: 'AnswerSupervisionBody' });
export const policeReasonsBody = z.strictObject({ reasons: text(L.legalReason) }).meta({ id: 'StatePoliceReasonsBody' });
export const policeOpeningBody = z
  .strictObject({ caseNumber: text(L.caseNumber), reason: optionalText(L.legalReason) })
  .meta({ id: 'RecordPoliceOpeningBody' });
export const revisitTransferBody = z.strictObject({ newFacts: text(L.facts) }).meta({ id: 'RevisitTransferDecisionBody' });
export const courtUseConsentBody = z
  .strictObject({ unitId: unitId.describe('The unit that would use the lead in court, e.g. the police unit'), reason: text(L.reason) })
  .meta({ id: 'RequestCourtUseConsentBody' });
export const answerCourtUseConsentBody = z
  .strictObject({ reason: optionalText(L.reason).describe('Required when refusing') })
  .meta({ id: 'AnswerCourtUseConsentBody' });
export const policeDecisionBody = z
  .strictObject({ decision: z.enum(POLICE_DECISIONS), reason: optionalText(L.legalReason), caseNumber: optionalText(L.caseNumber) })
  .refine((b) => b.decision !== 'declined' || (b.reason ?? '') !== '', { path: ['reason'], message: 'a declined case needs a reason' })
  .meta({
    id: 'RecordPoliceDecisionBody',
    // The refinement above, for the document: not declined, or a reason that is not blank.
    anyOf: [{ properties: { decision: { not: { const: 'declined' } } } }, ...oneFilledOf(['reason'])],
  });
export const reconsiderationBody = z.strictObject({ reason: text(L.legalReason) }).meta({ id: 'RequestReconsiderationBody' });
export const reconsiderationAnswerBody = z
  .strictObject({ answer: z.enum(RECONSIDERATION_ANSWERS), reason: optionalText(L.legalReason) })
  .meta({ id: 'AnswerReconsiderationBody' });
export const closeBody = z
  .strictObject({ outcome: z.enum(CLOSE_OUTCOMES), summary: optionalText(L.summary) })
  .meta({ id: 'CloseLeadBody' });
export const escalateBody = z
  .strictObject({
    reason: text(L.reason),
    proposedWindow: z
      .strictObject({ startsAt: timestamp, endsAt: timestamp })
      .optional()
      .describe('RFC 3339; endsAt after startsAt (checked by the service)'),
  })
  .meta({ id: 'EscalateForJointActionBody' });

export const linkBody = z
  .strictObject({
    otherLeadId: z.string().regex(LEAD_ID, 'expected lead-<uuid>'),
    relation: z.enum(LINK_RELATIONS),
    note: optionalText(L.note),
  })
  .meta({ id: 'LinkLeadBody' });

// ---- queries ----

export const listQuery = z.strictObject({ status: statusFilter, cursor, limit });
export const searchQuery = z.strictObject({
  category: z.enum(LEAD_CATEGORIES).optional(),
  jurisdiction: jurisdictionId.optional(),
  status: statusFilter,
  ownerUnitId: unitId.optional(),
  creditCode: z.string().max(18).optional(),
  text: z.string().max(L.title).optional(),
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

export const postLeadResultSchema = commandResultSchema.extend({ creditStatus: optionalCreditStatus }).meta({ id: 'PostLeadResult' });

const recipientSchema = z
  .object({
    unitId: z.string(),
    status: z.string(),
    sharedAt: z.string(),
    acknowledgeDueAt: z.string(),
    acknowledgeDueRule: z.string().describe('The rule that produced acknowledgeDueAt (ADR 0013)'),
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
    evidenceCount: z
      .number()
      .int()
      .optional()
      .describe('Evidence items linked to it that the caller may see; absent when the evidence service did not answer'),
    creditStatus: optionalCreditStatus,
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

export const leadPageSchema = z.object({ items: z.array(leadSummarySchema), nextCursor: nextCursorSchema }).meta({ id: 'LeadPage' });

export const overduePageSchema = z
  .object({
    items: z.array(
      z.object({
        leadId: z.string(),
        title: z.string(),
        ownerUnitId: z.string(),
        breach: z.object({
          kind: z.string(),
          unitId: z.string(),
          dueAt: z.string(),
          detectedAt: z.string(),
          rule: z.string().describe('The rule that produced dueAt (ADR 0013)'),
          taskId: z.string().describe('A co-handling task’s breach: its task id'),
        }),
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
