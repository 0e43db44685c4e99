import { z } from 'zod';
import type { EventEnvelope } from '../envelope';
import { EventRegistry } from '../registry';
import {
  creditCodeOrEmpty,
  coordinatesSchema,
  emptyOr,
  handlingSchema,
  isoTime,
  JURISDICTION_ID,
  JURISDICTION_ID_MAX,
  leadIdField,
  NAMED_OFFICERS_MAX,
  officerIdField,
  operationIdField,
  text,
  timeWindowSchema,
  unitIdField,
  UNITS_PER_COMMAND_MAX,
} from '../fields';
import { OPERATION_LIMITS } from '../operations/reference';
import { dueRuleField } from '../periods/due-by';
import { BREACH_REASON_MAX } from '../accountability';
import { recordAccessSchema } from '../record-access';
import {
  CLOSE_OUTCOMES,
  DEADLINE_KINDS,
  DUPLICATE_REASONS,
  FEEDBACK_RESULT,
  LEAD_CATEGORIES,
  LEAD_LIMITS as L,
  LEAD_PRIORITIES,
  LINK_RELATIONS,
  MEDIA_TYPE,
  OPERATION_OUTCOMES,
  POLICE_DECISIONS,
  RECONSIDERATION_ANSWERS,
  SHA256,
  SUPERVISION_OUTCOMES,
  SOURCE_RELIABILITY,
  SUBJECT_URL,
} from './reference';

/** The published events of the leads context (topic `liaison.leads.events.v1`), validated at append and on consumption. */

const required = (max: number) => z.string().min(1).max(max);

export const gradingSchema = z.object({ sourceReliability: z.enum(SOURCE_RELIABILITY), information: z.number().int().min(1).max(4) });
export const subjectSchema = z.object({
  enterpriseName: text(L.enterpriseName),
  creditCode: creditCodeOrEmpty,
  personName: text(L.personName),
  onlineShop: text(L.onlineShop),
  url: text(L.url).regex(emptyOr(SUBJECT_URL)),
});
export const locationSchema = z.object({
  jurisdiction: z.string().min(1).max(JURISDICTION_ID_MAX).regex(JURISDICTION_ID),
  address: text(L.address),
  coordinates: coordinatesSchema.nullable(),
});
export const attachmentSchema = z.object({
  sha256: z.string().regex(SHA256),
  name: required(L.attachmentName),
  mediaType: text(L.mediaType).regex(emptyOr(MEDIA_TYPE)),
  sizeBytes: z.number().int().min(0),
});
export const coHandlingTaskSchema = z.object({
  unitId: unitIdField,
  description: required(L.taskDescription),
  dueAt: isoTime.or(z.literal('')),
  /** The task's own id on the lead (`task-<n>`): its deadline is keyed by it (ADR 0013). Absent on tasks recorded before. */
  taskId: z
    .string()
    .regex(/^task-\d+$/)
    .optional(),
  /** The rule that produced dueAt (ADR 0013); absent before rules were recorded or when there is no due time. */
  dueRule: dueRuleField.optional(),
});
const unitIds = z.array(unitIdField).min(1).max(UNITS_PER_COMMAND_MAX);

export const leadEventSchemas = {
  LeadPosted: z.object({
    leadId: leadIdField,
    ownerUnitId: unitIdField,
    postedByOfficerId: officerIdField,
    title: required(L.title),
    category: z.enum(LEAD_CATEGORIES),
    subject: subjectSchema,
    location: locationSchema,
    summary: text(L.summary),
    priority: z.enum(LEAD_PRIORITIES),
    grading: gradingSchema,
    handling: handlingSchema,
    attachments: z.array(attachmentSchema).max(L.attachments),
    postedAt: isoTime,
  }),
  LeadPossibleDuplicateDetected: z.object({
    otherLeadId: leadIdField,
    otherOwnerUnitId: unitIdField,
    reason: z.enum(DUPLICATE_REASONS),
    matchedOn: text(L.matchedOn),
    /** Whether this lead was posted after (`later`) or before (`earlier`) the other one. */
    position: z.enum(['later', 'earlier']),
    /** The other lead's access when flagged (ADR 0012); absent on events recorded before: disclosed to nobody. */
    otherAccess: recordAccessSchema.optional(),
  }),
  LeadShared: z.object({
    sharedByUnitId: unitIdField,
    unitIds,
    message: text(L.message),
    sharedAt: isoTime,
    acknowledgeDueAt: isoTime,
    acknowledgeDueRule: dueRuleField.optional(),
    onwardRequestId: z.string().nullable(),
    /** RED: the officers of the new units named to see the lead (they join handling.namedOfficerIds). */
    namedOfficerIds: z.array(officerIdField).max(NAMED_OFFICERS_MAX).optional(),
  }),
  OnwardSharingRequested: z.object({ requestId: z.string().min(1), requestedByUnitId: unitIdField, unitIds, reason: required(L.reason) }),
  OnwardSharingApproved: z.object({ requestId: z.string().min(1), reason: text(L.reason) }),
  OnwardSharingRefused: z.object({ requestId: z.string().min(1), reason: required(L.reason) }),
  LeadAcknowledged: z.object({ unitId: unitIdField, at: isoTime }),
  LeadAccepted: z.object({ unitId: unitIdField, at: isoTime }),
  LeadDeclined: z.object({
    unitId: unitIdField,
    reason: required(L.reason),
    at: isoTime,
    /** RED: the declining unit's named officers, who lose access with it (ADR 0012). */
    revokedOfficerIds: z.array(officerIdField).max(NAMED_OFFICERS_MAX).optional(),
  }),
  LeadAssignedForCoHandling: z.object({ tasks: z.array(coHandlingTaskSchema).min(1).max(L.tasks) }),
  LeadFeedbackRecorded: z.object({
    unitId: unitIdField,
    result: z.string().regex(FEEDBACK_RESULT),
    summary: text(L.summary),
    at: isoTime,
    /** The co-handling task the feedback answers; absent: every open task of the unit (feedback recorded before tasks had ids). */
    taskId: z.string().optional(),
  }),
  LeadRegraded: z.object({ grading: gradingSchema, previous: gradingSchema, reason: text(L.reason) }),
  SuspectedCrimeFlagged: z.object({
    reason: text(L.legalReason),
    at: isoTime,
    decisionDueAt: isoTime,
    decisionDueRule: dueRuleField.optional(),
  }),
  TransferDecided: z.object({
    transfer: z.boolean(),
    reasons: text(L.legalReason),
    at: isoTime,
    handOverDueAt: isoTime.nullable(),
    handOverDueRule: dueRuleField.optional(),
  }),
  LeadHandedOverToPolice: z.object({
    policeUnitId: unitIdField,
    facts: required(L.facts),
    amountInvolved: z.number().min(0),
    evidenceRefs: z.array(required(L.evidenceRef)).max(L.evidenceRefs),
    at: isoTime,
    policeDecisionDueAt: isoTime,
    policeDecisionDueRule: dueRuleField.optional(),
    /** Officers of the police unit who join the named officers (at least one for a RED lead); absent before ADR 0014. */
    namedOfficerIds: z.array(officerIdField).max(NAMED_OFFICERS_MAX).default([]),
  }),
  PoliceDecisionRecorded: z.object({
    policeUnitId: unitIdField,
    decision: z.enum(POLICE_DECISIONS),
    reason: text(L.legalReason),
    caseNumber: text(L.caseNumber),
    at: isoTime,
    reconsiderationRequestDueAt: isoTime.nullable(),
    reconsiderationRequestDueRule: dueRuleField.optional(),
  }),
  ReconsiderationRequested: z.object({
    reason: required(L.legalReason),
    at: isoTime,
    answerDueAt: isoTime,
    answerDueRule: dueRuleField.optional(),
  }),
  ReconsiderationAnswered: z.object({
    answer: z.enum(RECONSIDERATION_ANSWERS),
    reason: text(L.legalReason),
    at: isoTime,
    /** Reversed: when the police must have recorded the opening (PoliceOpeningRecorded). Absent before ADR 0014. */
    openingDueAt: isoTime.nullable().default(null),
    openingDueRule: dueRuleField.optional(),
    /** Maintained: when the agency's window to ask the Procuratorate for supervision closes (a right). Absent before ADR 0014. */
    supervisionRequestDueAt: isoTime.nullable().default(null),
    supervisionRequestDueRule: dueRuleField.optional(),
  }),
  LeadClosed: z.object({
    outcome: z.enum(CLOSE_OUTCOMES),
    summary: text(L.summary),
    at: isoTime,
    /**
     * Deadlines not yet due that the close ends because nobody can answer them on a closed lead
     * (acknowledgements, co-handling tasks, the agency's own windows), named so that closing ends
     * nothing silently. Deadlines already missed are recorded as breaches (LeadOverdue) by the
     * same command; the police's and the Procuratorate's transfer-line deadlines keep running.
     */
    endedDeadlines: z
      .array(z.object({ kind: z.enum(DEADLINE_KINDS), unitId: unitIdField, dueAt: isoTime, taskId: z.string().optional() }))
      // Absent on closes recorded before ADR 0014, which ended every open deadline (and still fold so).
      .optional(),
  }),
  LeadLinked: z.object({
    otherLeadId: leadIdField,
    relation: z.enum(LINK_RELATIONS),
    note: text(L.note),
    /** The other lead's access when linked (ADR 0012); absent on events recorded before: disclosed to nobody but the owner. */
    otherAccess: recordAccessSchema.optional(),
  }),
  LeadOverdue: z.object({
    kind: z.enum(DEADLINE_KINDS),
    unitId: unitIdField,
    dueAt: isoTime,
    detectedAt: isoTime,
    /** The breached deadline's rule and, for a co-handling task, its id (ADR 0013). */
    rule: dueRuleField.optional(),
    taskId: z.string().optional(),
  }),
  /** The owner asks for a joint operation; carries what the operations service needs to draft one (it never calls back). */
  LeadEscalated: z.object({
    leadId: leadIdField,
    ownerUnitId: unitIdField,
    officerId: officerIdField,
    title: required(L.title),
    subject: subjectSchema,
    location: locationSchema,
    handling: handlingSchema,
    reason: required(L.reason),
    proposedWindow: timeWindowSchema.nullable(),
    at: isoTime,
  }),
  /** A joint operation linked to this lead concluded or was cancelled (from the operations topic). */
  LeadOperationOutcomeRecorded: z.object({
    operationId: operationIdField,
    leadUnitId: unitIdField,
    outcome: z.enum(OPERATION_OUTCOMES),
    /** The operation's conclusion summary, or its cancellation reason. */
    summary: text(Math.max(OPERATION_LIMITS.summary, OPERATION_LIMITS.reason)),
    results: text(OPERATION_LIMITS.results),
    at: isoTime,
    /** The operation's access when it ended (ADR 0012); absent on events recorded before: shown to nobody. */
    operationAccess: recordAccessSchema.optional(),
  }),
  // ---- the transfer line after a police refusal, and the court-use consent (ADR 0014) ----
  /** A right's period (reconsideration, supervision request) passed unused: it closes, nobody is in breach. */
  TransferWindowClosed: z.object({ kind: z.enum(DEADLINE_KINDS), unitId: unitIdField, endsAt: isoTime, closedAt: isoTime }),
  /** The agency asks the Procuratorate for case-filing supervision (立案监督); the Procuratorate unit joins the lead. */
  ProcuratorateSupervisionRequested: z.object({
    procuratorateUnitId: unitIdField,
    reason: required(L.legalReason),
    at: isoTime,
    answerDueAt: isoTime,
    answerDueRule: dueRuleField.optional(),
    /** Procurators who join the named officers (at least one for a RED lead). */
    namedOfficerIds: z.array(officerIdField).max(NAMED_OFFICERS_MAX),
  }),
  /** The Procuratorate's answer; `policeDueAt`: when the police must state reasons or record the opening. */
  SupervisionAnswered: z.object({
    procuratorateUnitId: unitIdField,
    outcome: z.enum(SUPERVISION_OUTCOMES),
    reason: text(L.legalReason),
    at: isoTime,
    policeDueAt: isoTime.nullable(),
    policeDueRule: dueRuleField.optional(),
  }),
  /** The police state their reasons for not opening a case, as the Procuratorate asked; it answers again by `answerDueAt`. */
  PoliceReasonsStated: z.object({
    policeUnitId: unitIdField,
    reasons: required(L.legalReason),
    at: isoTime,
    answerDueAt: isoTime,
    answerDueRule: dueRuleField.optional(),
  }),
  /** The police open the case after a reversed reconsideration or at the Procuratorate's demand. */
  PoliceOpeningRecorded: z.object({
    policeUnitId: unitIdField,
    caseNumber: required(L.caseNumber),
    reason: text(L.legalReason),
    at: isoTime,
  }),
  /** New facts reopen a decision not to transfer: back to `suspected`, with a new decision deadline. */
  TransferDecisionRevisited: z.object({
    newFacts: required(L.facts),
    at: isoTime,
    decisionDueAt: isoTime,
    decisionDueRule: dueRuleField.optional(),
  }),
  /** A party asks the originator (the owner unit) to allow court use of the lead by `unitId` (noCourtUseWithoutConsent). */
  CourtUseConsentRequested: z.object({
    requestId: z.string().min(1),
    requestedByUnitId: unitIdField,
    unitId: unitIdField,
    reason: required(L.reason),
  }),
  CourtUseConsentApproved: z.object({ requestId: z.string().min(1), reason: text(L.reason) }),
  CourtUseConsentRefused: z.object({ requestId: z.string().min(1), reason: required(L.reason) }),
  /** The responsible unit explains a recorded breach (ExplainBreach) for the accountability register (ADR 0013). */
  BreachExplained: z.object({
    kind: z.enum(DEADLINE_KINDS),
    unitId: unitIdField,
    taskId: z.string().optional(),
    dueAt: isoTime,
    reason: z.string().min(1).max(BREACH_REASON_MAX),
    officerId: officerIdField,
    at: isoTime,
  }),
} as const;

export type LeadEventType = keyof typeof leadEventSchemas;
export type LeadEventData<T extends LeadEventType> = z.infer<(typeof leadEventSchemas)[T]>;
export type LeadEvent = { [T in LeadEventType]: { type: T; data: LeadEventData<T> } }[LeadEventType];

export type Grading = z.infer<typeof gradingSchema>;
export type Subject = z.infer<typeof subjectSchema>;
export type Location = z.infer<typeof locationSchema>;
export type Attachment = z.infer<typeof attachmentSchema>;
export type CoHandlingTask = z.infer<typeof coHandlingTaskSchema>;

/** Every leads event type at schema version 1 (an upcaster joins here when a version 2 appears). */
export const leadEvents = new EventRegistry().register(
  ...Object.entries(leadEventSchemas).map(([type, schema]) => ({ type, schemaVersion: 1, schema })),
);

/** A typed leads event, as a decider returns it. */
export const leadEvent = <T extends LeadEventType>(type: T, data: LeadEventData<T>): LeadEvent => ({ type, data }) as LeadEvent;

/**
 * Narrows a consumed envelope to one leads event type. Only sound for events checked with the
 * leads registry (the consumer runner does that for topics with a registry), so a consumer reads
 * the producer's typed payload instead of casting it.
 */
export const isLeadEvent = <T extends LeadEventType>(event: EventEnvelope, type: T): event is EventEnvelope<T, LeadEventData<T>> =>
  event.type === type;
