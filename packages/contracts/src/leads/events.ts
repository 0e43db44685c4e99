import { z } from 'zod';
import type { EventEnvelope } from '../envelope';
import { EventRegistry } from '../registry';
import {
  CREDIT_CODE,
  coordinatesSchema,
  emptyOr,
  handlingSchema,
  isoTime,
  JURISDICTION_ID,
  JURISDICTION_ID_MAX,
  leadIdField,
  officerIdField,
  operationIdField,
  text,
  timeWindowSchema,
  unitIdField,
  UNITS_PER_COMMAND_MAX,
} from '../fields';
import { OPERATION_LIMITS } from '../operations/reference';
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
  SOURCE_RELIABILITY,
  SUBJECT_URL,
} from './reference';

/** The published events of the leads context (topic `liaison.leads.events.v1`), validated at append and on consumption. */

const required = (max: number) => z.string().min(1).max(max);

export const gradingSchema = z.object({ sourceReliability: z.enum(SOURCE_RELIABILITY), information: z.number().int().min(1).max(4) });
export const subjectSchema = z.object({
  enterpriseName: text(L.enterpriseName),
  creditCode: z.string().regex(emptyOr(CREDIT_CODE)),
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
  }),
  LeadShared: z.object({
    sharedByUnitId: unitIdField,
    unitIds,
    message: text(L.message),
    sharedAt: isoTime,
    acknowledgeDueAt: isoTime,
    onwardRequestId: z.string().nullable(),
  }),
  OnwardSharingRequested: z.object({ requestId: z.string().min(1), requestedByUnitId: unitIdField, unitIds, reason: required(L.reason) }),
  OnwardSharingApproved: z.object({ requestId: z.string().min(1), reason: text(L.reason) }),
  OnwardSharingRefused: z.object({ requestId: z.string().min(1), reason: required(L.reason) }),
  LeadAcknowledged: z.object({ unitId: unitIdField, at: isoTime }),
  LeadAccepted: z.object({ unitId: unitIdField, at: isoTime }),
  LeadDeclined: z.object({ unitId: unitIdField, reason: required(L.reason), at: isoTime }),
  LeadAssignedForCoHandling: z.object({ tasks: z.array(coHandlingTaskSchema).min(1).max(L.tasks) }),
  LeadFeedbackRecorded: z.object({ unitId: unitIdField, result: z.string().regex(FEEDBACK_RESULT), summary: text(L.summary), at: isoTime }),
  LeadRegraded: z.object({ grading: gradingSchema, previous: gradingSchema, reason: text(L.reason) }),
  SuspectedCrimeFlagged: z.object({ reason: text(L.legalReason), at: isoTime, decisionDueAt: isoTime }),
  TransferDecided: z.object({ transfer: z.boolean(), reasons: text(L.legalReason), at: isoTime, handOverDueAt: isoTime.nullable() }),
  LeadHandedOverToPolice: z.object({
    policeUnitId: unitIdField,
    facts: required(L.facts),
    amountInvolved: z.number().min(0),
    evidenceRefs: z.array(required(L.evidenceRef)).max(L.evidenceRefs),
    at: isoTime,
    policeDecisionDueAt: isoTime,
  }),
  PoliceDecisionRecorded: z.object({
    policeUnitId: unitIdField,
    decision: z.enum(POLICE_DECISIONS),
    reason: text(L.legalReason),
    caseNumber: text(L.caseNumber),
    at: isoTime,
    reconsiderationRequestDueAt: isoTime.nullable(),
  }),
  ReconsiderationRequested: z.object({ reason: required(L.legalReason), at: isoTime, answerDueAt: isoTime }),
  ReconsiderationAnswered: z.object({ answer: z.enum(RECONSIDERATION_ANSWERS), reason: text(L.legalReason), at: isoTime }),
  LeadClosed: z.object({ outcome: z.enum(CLOSE_OUTCOMES), summary: text(L.summary), at: isoTime }),
  LeadLinked: z.object({ otherLeadId: leadIdField, relation: z.enum(LINK_RELATIONS), note: text(L.note) }),
  LeadOverdue: z.object({ kind: z.enum(DEADLINE_KINDS), unitId: unitIdField, dueAt: isoTime, detectedAt: isoTime }),
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
