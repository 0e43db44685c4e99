import { EventRegistry } from '@liaison/contracts';
import { z } from 'zod';
import {
  CATEGORIES, CLOSE_OUTCOMES, DEADLINE_KINDS, DUPLICATE_REASONS, LINK_RELATIONS, OPERATION_OUTCOMES, POLICE_DECISIONS, PRIORITIES,
  RECONSIDERATION_ANSWERS, SOURCE_RELIABILITY, TLP_CODES,
} from './model';

const iso = z.iso.datetime();
const unitId = z.string().min(1).max(100);
const leadId = z.string().regex(/^lead-[0-9a-f-]{36}$/, 'expected lead-<uuid>');
const text = (max: number) => z.string().max(max);

export const gradingSchema = z.object({ sourceReliability: z.enum(SOURCE_RELIABILITY), information: z.number().int().min(1).max(4) });
export const subjectSchema = z.object({
  enterpriseName: text(200), creditCode: z.string().regex(/^([0-9A-Z]{18})?$/), personName: text(100), onlineShop: text(200), url: text(500),
});
export const locationSchema = z.object({
  jurisdiction: z.string().min(1),
  address: text(300),
  coordinates: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).nullable(),
});
export const handlingSchema = z.object({
  code: z.enum(TLP_CODES),
  noCourtUseWithoutConsent: z.boolean(),
  noOnwardSharingWithoutConsent: z.boolean(),
  namedOfficerIds: z.array(z.string().min(1)),
});
const attachmentSchema = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), name: text(200), mediaType: text(100), sizeBytes: z.number().int().min(0) });
const taskSchema = z.object({ unitId, description: text(1000), dueAt: iso.or(z.literal('')) });

export const leadEventSchemas = {
  LeadPosted: z.object({
    leadId, ownerUnitId: unitId, postedByOfficerId: z.string().min(1), title: z.string().min(1).max(200), category: z.enum(CATEGORIES),
    subject: subjectSchema, location: locationSchema, summary: text(5000), priority: z.enum(PRIORITIES), grading: gradingSchema,
    handling: handlingSchema, attachments: z.array(attachmentSchema), postedAt: iso,
  }),
  LeadPossibleDuplicateDetected: z.object({
    otherLeadId: leadId, otherOwnerUnitId: unitId, reason: z.enum(DUPLICATE_REASONS), matchedOn: text(500),
    /** Whether this lead was posted after (`later`) or before (`earlier`) the other one. */
    position: z.enum(['later', 'earlier']),
  }),
  LeadShared: z.object({
    sharedByUnitId: unitId, unitIds: z.array(unitId).min(1), message: text(2000), sharedAt: iso, acknowledgeDueAt: iso,
    onwardRequestId: z.string().nullable(),
  }),
  OnwardSharingRequested: z.object({ requestId: z.string().min(1), requestedByUnitId: unitId, unitIds: z.array(unitId).min(1), reason: text(2000) }),
  OnwardSharingApproved: z.object({ requestId: z.string().min(1), reason: text(2000) }),
  OnwardSharingRefused: z.object({ requestId: z.string().min(1), reason: text(2000) }),
  LeadAcknowledged: z.object({ unitId, at: iso }),
  LeadAccepted: z.object({ unitId, at: iso }),
  LeadDeclined: z.object({ unitId, reason: z.string().min(1).max(2000), at: iso }),
  LeadAssignedForCoHandling: z.object({ tasks: z.array(taskSchema).min(1) }),
  LeadFeedbackRecorded: z.object({ unitId, result: z.string().min(1).max(100), summary: text(5000), at: iso }),
  LeadRegraded: z.object({ grading: gradingSchema, previous: gradingSchema, reason: text(2000) }),
  SuspectedCrimeFlagged: z.object({ reason: text(2000), at: iso, decisionDueAt: iso }),
  TransferDecided: z.object({ transfer: z.boolean(), reasons: text(5000), at: iso, handOverDueAt: iso.nullable() }),
  LeadHandedOverToPolice: z.object({
    policeUnitId: unitId, facts: z.string().min(1).max(10000), amountInvolved: z.number().min(0), evidenceRefs: z.array(z.string().min(1)),
    at: iso, policeDecisionDueAt: iso,
  }),
  PoliceDecisionRecorded: z.object({
    policeUnitId: unitId, decision: z.enum(POLICE_DECISIONS), reason: text(5000), caseNumber: text(100), at: iso,
    reconsiderationRequestDueAt: iso.nullable(),
  }),
  ReconsiderationRequested: z.object({ reason: z.string().min(1).max(5000), at: iso, answerDueAt: iso }),
  ReconsiderationAnswered: z.object({ answer: z.enum(RECONSIDERATION_ANSWERS), reason: text(5000), at: iso }),
  LeadClosed: z.object({ outcome: z.enum(CLOSE_OUTCOMES), summary: text(5000), at: iso }),
  LeadLinked: z.object({ otherLeadId: leadId, relation: z.enum(LINK_RELATIONS), note: text(2000) }),
  LeadOverdue: z.object({ kind: z.enum(DEADLINE_KINDS), unitId, dueAt: iso, detectedAt: iso }),
  /** The owner asks for a joint operation; carries what the operations service needs to draft one (it never calls back). */
  LeadEscalated: z.object({
    leadId, ownerUnitId: unitId, officerId: z.string().min(1), title: z.string().min(1).max(200), subject: subjectSchema, location: locationSchema,
    handling: handlingSchema, reason: z.string().min(1).max(2000), proposedWindow: z.object({ startsAt: iso, endsAt: iso }).nullable(), at: iso,
  }),
  /** A joint operation linked to this lead concluded or was cancelled (from the operations topic). */
  LeadOperationOutcomeRecorded: z.object({
    operationId: z.string().regex(/^operation-[0-9a-f-]{36}$/), leadUnitId: unitId, outcome: z.enum(OPERATION_OUTCOMES), summary: text(5000), results: text(5000), at: iso,
  }),
} as const;

export type LeadEventType = keyof typeof leadEventSchemas;
export type LeadEventData<T extends LeadEventType> = z.infer<(typeof leadEventSchemas)[T]>;
export type LeadEvent = { [T in LeadEventType]: { type: T; data: LeadEventData<T> } }[LeadEventType];

export const leadEvents = new EventRegistry().register(
  ...Object.entries(leadEventSchemas).map(([type, schema]) => ({ type, schemaVersion: 1, schema })),
);

export const event = <T extends LeadEventType>(type: T, data: LeadEventData<T>): LeadEvent => ({ type, data }) as LeadEvent;
