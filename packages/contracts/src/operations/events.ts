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
import { BREACH_REASON_MAX } from '../accountability';
import { dueRuleField } from '../periods/due-by';
import { CONFLICT_KINDS, CONFLICT_OUTCOMES, CONFLICT_REASONS, OPERATION_BREACH_KINDS, OPERATION_LIMITS as L, URGENCIES } from './reference';

/** The published events of the operations context (topic `liaison.operations.events.v1`), validated at append and on consumption. */

const required = (max: number) => z.string().min(1).max(max);

export const operationSubjectSchema = z.object({
  enterpriseName: text(L.enterpriseName),
  creditCode: creditCodeOrEmpty,
  personName: text(L.personName),
});
export const operationPlaceSchema = z.object({
  jurisdiction: text(JURISDICTION_ID_MAX).regex(emptyOr(JURISDICTION_ID)),
  address: text(L.address),
  coordinates: coordinatesSchema.nullable(),
});
export const targetSchema = z.object({ subject: operationSubjectSchema, place: operationPlaceSchema });
export const seizureSchema = z.object({
  goods: required(L.goods),
  quantity: z.number().min(0),
  unitOfMeasure: text(L.unitOfMeasure),
  valueYuan: z.number().min(0),
});
const targets = z.array(targetSchema).min(1).max(L.targets);
const linkedLeadIds = z.array(leadIdField).max(L.linkedLeads);

export const operationEventSchemas = {
  OperationProposed: z.object({
    operationId: operationIdField,
    leadUnitId: unitIdField,
    proposedByOfficerId: officerIdField,
    title: required(L.title),
    objective: text(L.objective),
    targets,
    area: text(L.area),
    window: timeWindowSchema,
    linkedLeadIds,
    handling: handlingSchema,
    urgency: z.enum(URGENCIES),
    proposedAt: isoTime,
  }),
  /** A draft for the owner of a lead escalated for joint action (no deconfliction until submitted). */
  OperationDrafted: z.object({
    operationId: operationIdField,
    leadUnitId: unitIdField,
    proposedByOfficerId: officerIdField,
    title: required(L.title),
    objective: text(L.objective),
    targets,
    area: text(L.area),
    window: timeWindowSchema.nullable(),
    linkedLeadIds,
    handling: handlingSchema,
    urgency: z.enum(URGENCIES),
    draftedAt: isoTime,
    fromLeadId: leadIdField,
  }),
  /** The owner completed the draft with a window: it is now `proposed`. */
  DraftSubmitted: z.object({ window: timeWindowSchema, at: isoTime }),
  UnitsInvited: z.object({
    unitIds: z.array(unitIdField).min(1).max(UNITS_PER_COMMAND_MAX),
    message: text(L.message),
    invitedAt: isoTime,
    respondBy: isoTime,
    /** The rule that produced respondBy (ADR 0013); absent on events recorded before rules were. */
    respondByRule: dueRuleField.optional(),
    conflictId: z.string(),
    /** RED operations: the officers of the invited units who may see it (at least one per unit); added to the named officers. */
    namedOfficerIds: z.array(officerIdField).max(NAMED_OFFICERS_MAX).default([]),
  }),
  OperationJoined: z.object({ unitId: unitIdField, at: isoTime }),
  InvitationDeclined: z.object({
    unitId: unitIdField,
    reason: required(L.reason),
    at: isoTime,
    /** RED: the declining unit's named officers, who lose access with it; absent on events recorded before. */
    revokedOfficerIds: z.array(officerIdField).max(NAMED_OFFICERS_MAX).optional(),
  }),
  TaskAssigned: z.object({
    taskId: z.string().min(1),
    unitId: unitIdField,
    description: required(L.taskDescription),
    dueAt: isoTime.or(z.literal('')),
    /** The rule of dueAt: set by the coordinator who assigned the task (ADR 0013). */
    dueRule: dueRuleField.optional(),
  }),
  TaskCompleted: z.object({ taskId: z.string().min(1), unitId: unitIdField, note: text(L.taskNote), at: isoTime }),
  OperationRescheduled: z.object({ window: timeWindowSchema, previous: timeWindowSchema, reason: text(L.reason) }),
  OperationLaunched: z.object({ at: isoTime }),
  ProgressReported: z.object({
    unitId: unitIdField,
    seizures: z.array(seizureSchema).max(L.seizures),
    inspections: z.number().int().min(0),
    arrests: z.number().int().min(0),
    notes: text(L.notes),
    at: isoTime,
  }),
  OperationConcluded: z.object({ summary: required(L.summary), results: text(L.results), at: isoTime }),
  OperationCancelled: z.object({ reason: required(L.reason), at: isoTime }),
  DeconflictionAlertRaised: z.object({
    conflictId: z.string().min(1),
    otherKind: z.enum(CONFLICT_KINDS),
    otherId: z.string(),
    otherOwnerUnitId: unitIdField,
    contactOfficerId: z.string(),
    otherTitle: text(L.title),
    otherWindow: timeWindowSchema.nullable(),
    reason: z.enum(CONFLICT_REASONS),
    matchedOn: text(L.matchedOn),
    pointerOnly: z.boolean(),
    detectedAt: isoTime,
  }),
  DeconflictionConflictResolved: z.object({
    conflictId: z.string().min(1),
    outcome: z.enum(CONFLICT_OUTCOMES),
    note: text(L.note),
    resolvedByUnitId: unitIdField,
    at: isoTime,
  }),
  InvitationOverdue: z.object({
    unitId: unitIdField,
    dueAt: isoTime,
    detectedAt: isoTime,
    /** The breached deadline's rule (ADR 0013). */
    rule: dueRuleField.optional(),
  }),
  /** An operation task still open past its due time (MarkTaskOverdue), recorded once per task (ADR 0013). */
  TaskOverdue: z.object({
    taskId: z.string().min(1),
    unitId: unitIdField,
    dueAt: isoTime,
    detectedAt: isoTime,
    rule: dueRuleField.optional(),
  }),
  /** The responsible unit explains a recorded breach (ExplainBreach) for the accountability register (ADR 0013). */
  BreachExplained: z.object({
    kind: z.enum(OPERATION_BREACH_KINDS),
    unitId: unitIdField,
    /** A task's breach (kind task): its task id; absent for an invitation's. */
    taskId: z.string().min(1).optional(),
    dueAt: isoTime,
    reason: z.string().min(1).max(BREACH_REASON_MAX),
    officerId: officerIdField,
    at: isoTime,
  }),
  /** The lead unit launched while these conflicts were still unresolved, and says why (recorded in the launch's commit). */
  DeconflictionOverridden: z.object({ conflictIds: z.array(z.string().min(1)).min(1), reason: required(L.reason), at: isoTime }),
} as const;

export type OperationEventType = keyof typeof operationEventSchemas;
export type OperationEventData<T extends OperationEventType> = z.infer<(typeof operationEventSchemas)[T]>;
export type OperationEvent = { [T in OperationEventType]: { type: T; data: OperationEventData<T> } }[OperationEventType];

export type Target = z.infer<typeof targetSchema>;
export type Seizure = z.infer<typeof seizureSchema>;

/** Every operations event type at schema version 1 (an upcaster joins here when a version 2 appears). */
export const operationEvents = new EventRegistry().register(
  ...Object.entries(operationEventSchemas).map(([type, schema]) => ({ type, schemaVersion: 1, schema })),
);

/** A typed operations event, as a decider returns it. */
export const operationEvent = <T extends OperationEventType>(type: T, data: OperationEventData<T>): OperationEvent =>
  ({ type, data }) as OperationEvent;

/**
 * Narrows a consumed envelope to one operations event type. Only sound for events checked with
 * the operations registry (the consumer runner does that for topics with a registry), so a
 * consumer reads the producer's typed payload instead of casting it.
 */
export const isOperationEvent = <T extends OperationEventType>(
  event: EventEnvelope,
  type: T,
): event is EventEnvelope<T, OperationEventData<T>> => event.type === type;
