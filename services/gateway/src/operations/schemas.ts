import {
  CONFLICT_ID,
  CONFLICT_OUTCOMES,
  LEAD_CONFLICT_OUTCOMES,
  LEAD_ID,
  OPERATION_LIMITS as L,
  OPERATION_ID,
  URGENCIES,
} from '@liaison/contracts';
import { z } from 'zod';
import { creditStatusSchema, optionalCreditStatus } from '../credit/credit-status';
import {
  coordinatesSchema,
  creditCode,
  cursor,
  emptyBody,
  handlingSchema,
  jurisdictionId,
  limit,
  namedOfficerIds,
  redNamesOfficers,
  oneFilledOf,
  optionalText,
  pageOfSchema,
  statusFilter,
  text,
  timestamp,
  unitId,
  unitIds,
} from '../http/common-schemas';

/**
 * Request and response shapes of /api/v1/operations (operations.proto in camelCase, so a body
 * maps 1:1 onto its gRPC request). Strict: unknown fields are 400. What needs the record or
 * other records (window end after start, who may join, task units that joined, linked leads
 * visible to the proposer) is the service's to check; what is malformed on its face (an RFC
 * 3339 date, a unit id the directory does not know) is rejected here. Every limit, enum and
 * pattern is the operations contract's (@liaison/contracts: OPERATION_LIMITS, URGENCIES, …),
 * the one the events are checked against.
 */
export { CONFLICT_OUTCOMES, emptyBody, URGENCIES };

// The service's own id patterns (a looser one would let schema-valid ids fail there: 400 the document did not announce).
export const operationIdParam = z.string().regex(OPERATION_ID, 'expected operation-<uuid>');
export const operationParams = z.object({ id: operationIdParam });

export const timeWindowSchema = z
  .strictObject({ startsAt: timestamp, endsAt: timestamp })
  .describe('RFC 3339; endsAt must be after startsAt (checked by the service)')
  .meta({ id: 'TimeWindow' });

export const operationSubjectSchema = z
  .strictObject({
    enterpriseName: optionalText(L.enterpriseName),
    creditCode: creditCode.optional(),
    personName: optionalText(L.personName),
  })
  .meta({ id: 'OperationSubject' });

export const operationPlaceSchema = z
  .strictObject({ jurisdiction: jurisdictionId, address: optionalText(L.address), coordinates: coordinatesSchema.optional() })
  .meta({ id: 'OperationPlace' });

const filled = (value: unknown) => value !== undefined && value !== '';

export const targetSchema = z
  .strictObject({ subject: operationSubjectSchema.optional(), place: operationPlaceSchema.optional() })
  .refine((t) => Object.values(t.subject ?? {}).some(filled) || filled(t.place?.address) || t.place?.coordinates !== undefined, {
    message: 'name a subject (enterpriseName, creditCode, personName) or a place (address, coordinates)',
  })
  .meta({
    id: 'Target',
    // The refinement above, for the document.
    anyOf: [
      { required: ['subject'], properties: { subject: { anyOf: oneFilledOf(['enterpriseName', 'creditCode', 'personName']) } } },
      { required: ['place'], properties: { place: { anyOf: [...oneFilledOf(['address']), { required: ['coordinates'] }] } } },
    ],
  });

export const proposeOperationBody = z
  .strictObject({
    title: text(L.title),
    objective: text(L.objective),
    targets: z.array(targetSchema).min(1, 'name at least one target').max(L.targets),
    area: optionalText(L.area),
    window: timeWindowSchema,
    linkedLeadIds: z
      .array(z.string().regex(LEAD_ID, 'expected lead-<uuid>'))
      .max(L.linkedLeads)
      .default([])
      .describe('Leads this operation acts on; each must be visible to the proposing unit'),
    handling: handlingSchema,
    urgency: z.enum(URGENCIES).default('normal').describe('emergency: invited units answer within the short response limit'),
  })
  .meta({ id: 'ProposeOperationBody', anyOf: redNamesOfficers });

export const inviteUnitsBody = z
  .strictObject({
    unitIds,
    message: optionalText(L.message),
    namedOfficerIds: namedOfficerIds
      .default([])
      .describe('RED operations: at least one officer of each invited unit (they may then see it); other codes name nobody'),
  })
  .meta({ id: 'InviteUnitsBody' });
export const launchBody = z
  .strictObject({
    overrideReason: optionalText(L.reason).describe(
      'Needed only while deconfliction conflicts are unresolved: why the lead unit goes ahead (recorded); without it such a launch is 409 unresolved_conflict',
    ),
  })
  .meta({ id: 'LaunchOperationBody' });
export const declineInvitationBody = z.strictObject({ reason: text(L.reason) }).meta({ id: 'DeclineInvitationBody' });
export const assignTaskBody = z
  .strictObject({ unitId, description: text(L.taskDescription), dueAt: timestamp.optional() })
  .meta({ id: 'AssignTaskBody' });
export const completeTaskBody = z.strictObject({ note: optionalText(L.taskNote) }).meta({ id: 'CompleteTaskBody' });
export const submitDraftBody = z.strictObject({ window: timeWindowSchema }).meta({ id: 'SubmitDraftBody' });
export const rescheduleBody = z.strictObject({ window: timeWindowSchema, reason: optionalText(L.reason) }).meta({ id: 'RescheduleBody' });
export const seizureSchema = z
  .strictObject({
    goods: text(L.goods),
    quantity: z.number().min(0),
    unitOfMeasure: optionalText(L.unitOfMeasure).describe('e.g. bottles, cartons, kg'),
    valueYuan: z.number().min(0).default(0),
  })
  .meta({ id: 'Seizure' });
export const reportProgressBody = z
  .strictObject({
    seizures: z.array(seizureSchema).max(L.seizures).default([]),
    inspections: z.number().int().min(0).default(0),
    arrests: z.number().int().min(0).default(0),
    notes: optionalText(L.notes),
  })
  .meta({ id: 'ReportProgressBody' });
export const concludeBody = z
  .strictObject({ summary: text(L.summary), results: optionalText(L.results) })
  .meta({ id: 'ConcludeOperationBody' });
export const cancelBody = z.strictObject({ reason: text(L.reason) }).meta({ id: 'CancelOperationBody' });
export const resolveConflictBody = z
  .strictObject({
    outcome: z
      .enum(CONFLICT_OUTCOMES)
      .describe('act_jointly also invites the other unit; cancel cancels this operation; delay moves it to `window`'),
    note: optionalText(L.note),
    window: timeWindowSchema.optional().describe('delay only, and required for it: the new, later window'),
  })
  .meta({ id: 'ResolveConflictBody' });
export const resolveLeadConflictBody = z
  .strictObject({
    outcome: z.enum(LEAD_CONFLICT_OUTCOMES).describe('proceed | act_jointly | delay (cancel is the operation lead unit’s alone)'),
    note: optionalText(L.note),
  })
  .meta({ id: 'ResolveLeadConflictBody' });
export const conflictParams = z.object({ conflictId: z.string().regex(CONFLICT_ID, 'expected conflict-<uuid>') });

// ---- queries ----

export const mineQuery = z.strictObject({ status: statusFilter, cursor, limit });
export const pageQuery = z.strictObject({ cursor, limit });
export const calendarQuery = z.strictObject({
  from: timestamp.optional().describe('RFC 3339; absent: unbounded'),
  to: timestamp.optional().describe('RFC 3339; absent: unbounded'),
  cursor,
  limit,
});

// ---- responses (documentation; the service's answers pass through) ----

export const operationCommandResultSchema = z
  .object({
    operationId: z.string(),
    version: z.number().int().describe('Stream version after the command; also the ETag'),
    status: z.string().describe('proposed | launched | concluded | cancelled'),
    taskId: z.string().optional().describe('AssignTask only: the new task'),
  })
  .meta({ id: 'OperationCommandResult' });

export const proposeOperationResultSchema = operationCommandResultSchema
  .extend({
    creditStatuses: z
      .array(creditStatusSchema.extend({ creditCode: z.string() }))
      .optional()
      .describe('The credit status of each distinct credit code among the targets (ADR 0027), so repeat offenders stand out'),
  })
  .meta({ id: 'ProposeOperationResult' });

const windowOut = z.object({ startsAt: z.string(), endsAt: z.string() });

export const conflictSchema = z
  .looseObject({
    conflictId: z.string(),
    otherKind: z.string().describe('operation | lead'),
    otherId: z.string().describe('empty when pointerOnly (so are otherTitle, otherWindow, reason, matchedOn)'),
    otherOwnerUnitId: z.string(),
    contactOfficerId: z.string(),
    otherTitle: z.string(),
    otherWindow: windowOut.nullable(),
    reason: z.string().describe('subject_credit_code | subject_name | place'),
    matchedOn: z.string(),
    pointerOnly: z
      .boolean()
      .describe(
        'The caller may learn only that the conflict exists and whom to call (the other record is AMBER+STRICT or RED, or not visible to the caller)',
      ),
    detectedAt: z.string(),
    status: z.string().describe('open | resolved'),
    outcome: z.string(),
    note: z.string(),
    resolvedByUnitId: z.string(),
    resolvedAt: z.string(),
    overrideReason: z.string().describe('Set when the lead unit launched over this conflict'),
    overriddenAt: z.string(),
    operationId: z.string(),
    operationTitle: z.string(),
  })
  .meta({ id: 'Conflict' });

export const operationDetailSchema = z
  .looseObject({
    operationId: z.string(),
    version: z.number().int(),
    status: z.string(),
    leadUnitId: z.string(),
    proposedByOfficerId: z.string(),
    title: z.string(),
    objective: z.string(),
    targets: z.array(z.looseObject({ creditStatus: optionalCreditStatus })),
    area: z.string(),
    window: windowOut,
    linkedLeadIds: z.array(z.string()),
    handling: z.record(z.string(), z.unknown()),
    urgency: z.string(),
    participantUnitIds: z.array(z.string()),
    invitations: z.array(z.record(z.string(), z.unknown())),
    tasks: z.array(z.record(z.string(), z.unknown())),
    progressReports: z.array(z.record(z.string(), z.unknown())),
    totals: z.record(z.string(), z.unknown()).nullable(),
    conflicts: z.array(conflictSchema),
    history: z.array(z.record(z.string(), z.unknown())),
    proposedAt: z.string(),
    updatedAt: z.string(),
    evidenceCount: z
      .number()
      .int()
      .optional()
      .describe('Evidence items linked to it that the caller may see; absent when the evidence service did not answer'),
  })
  .meta({ id: 'OperationDetail' });

export const operationSummarySchema = z
  .looseObject({
    operationId: z.string(),
    version: z.number().int(),
    status: z.string(),
    leadUnitId: z.string(),
    title: z.string(),
    urgency: z.string(),
    handlingCode: z.string(),
    window: windowOut,
    myRole: z.string().describe('lead | invited | joined | declined'),
    openConflicts: z.number().int(),
    openTasks: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'OperationSummary' });

export const invitationItemSchema = z
  .looseObject({
    operationId: z.string(),
    title: z.string(),
    leadUnitId: z.string(),
    urgency: z.string(),
    window: windowOut,
    invitedAt: z.string(),
    respondBy: z.string(),
    overdue: z.boolean(),
  })
  .meta({ id: 'InvitationItem' });

export const operationPageSchema = pageOfSchema('OperationPage', operationSummarySchema);
export const invitationPageSchema = pageOfSchema('InvitationPage', invitationItemSchema);
export const conflictPageSchema = pageOfSchema('ConflictPage', conflictSchema);

/** GET /api/v1/leads/operation-conflicts (leads' ListOperationConflicts): the lead side of deconfliction. */
export const leadOperationConflictSchema = z
  .looseObject({
    conflictId: z.string(),
    leadId: z.string(),
    leadTitle: z.string(),
    operationId: z
      .string()
      .describe('empty when pointerOnly (so are operationTitle, operationHandlingCode, the window, reason, matchedOn)'),
    operationTitle: z.string(),
    operationHandlingCode: z.string(),
    operationStartsAt: z.string(),
    operationEndsAt: z.string(),
    operationOwnerUnitId: z.string().describe('Whom to call: always given'),
    contactOfficerId: z.string(),
    pointerOnly: z.boolean(),
    reason: z.string(),
    matchedOn: z.string(),
    detectedAt: z.string(),
    status: z.string().describe('open | resolved (answer with POST /api/v1/operations/lead-conflicts/{conflictId}/resolve)'),
    outcome: z.string(),
    resolvedByUnitId: z.string(),
    resolvedAt: z.string(),
  })
  .meta({ id: 'LeadOperationConflict' });
export const leadOperationConflictPageSchema = pageOfSchema('LeadOperationConflictPage', leadOperationConflictSchema);
