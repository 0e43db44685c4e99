import { EventRegistry } from '@liaison/contracts';
import { z } from 'zod';
import { CONFLICT_KINDS, CONFLICT_OUTCOMES, CONFLICT_REASONS, TLP_CODES, URGENCIES } from './model';

const iso = z.iso.datetime();
const unitId = z.string().min(1).max(100);
const text = (max: number) => z.string().max(max);

export const windowSchema = z.object({ startsAt: iso, endsAt: iso });
export const targetSchema = z.object({
  subject: z.object({ enterpriseName: text(200), creditCode: z.string().regex(/^([0-9A-Z]{18})?$/), personName: text(100) }),
  place: z.object({
    jurisdiction: text(100),
    address: text(300),
    coordinates: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).nullable(),
  }),
});
export const handlingSchema = z.object({
  code: z.enum(TLP_CODES),
  noCourtUseWithoutConsent: z.boolean(),
  noOnwardSharingWithoutConsent: z.boolean(),
  namedOfficerIds: z.array(z.string().min(1)),
});
const seizureSchema = z.object({ goods: z.string().min(1).max(200), quantity: z.number().min(0), unitOfMeasure: text(50), valueYuan: z.number().min(0) });

export const operationEventSchemas = {
  OperationProposed: z.object({
    operationId: z.string().regex(/^operation-[0-9a-f-]{36}$/), leadUnitId: unitId, proposedByOfficerId: z.string().min(1),
    title: z.string().min(1).max(200), objective: text(5000), targets: z.array(targetSchema).min(1), area: text(1000), window: windowSchema,
    linkedLeadIds: z.array(z.string().regex(/^lead-[0-9a-f-]{36}$/)), handling: handlingSchema, urgency: z.enum(URGENCIES), proposedAt: iso,
  }),
  /** A draft for the owner of a lead escalated for joint action (no deconfliction until submitted). */
  OperationDrafted: z.object({
    operationId: z.string().regex(/^operation-[0-9a-f-]{36}$/), leadUnitId: unitId, proposedByOfficerId: z.string().min(1),
    title: z.string().min(1).max(200), objective: text(5000), targets: z.array(targetSchema).min(1), area: text(1000), window: windowSchema.nullable(),
    linkedLeadIds: z.array(z.string().regex(/^lead-[0-9a-f-]{36}$/)), handling: handlingSchema, urgency: z.enum(URGENCIES), draftedAt: iso,
    fromLeadId: z.string().regex(/^lead-[0-9a-f-]{36}$/),
  }),
  /** The owner completed the draft with a window: it is now `proposed`. */
  DraftSubmitted: z.object({ window: windowSchema, at: iso }),
  UnitsInvited: z.object({ unitIds: z.array(unitId).min(1), message: text(2000), invitedAt: iso, respondBy: iso, conflictId: z.string() }),
  OperationJoined: z.object({ unitId, at: iso }),
  InvitationDeclined: z.object({ unitId, reason: z.string().min(1).max(2000), at: iso }),
  TaskAssigned: z.object({ taskId: z.string().min(1), unitId, description: z.string().min(1).max(2000), dueAt: iso.or(z.literal('')) }),
  TaskCompleted: z.object({ taskId: z.string().min(1), unitId, note: text(2000), at: iso }),
  OperationRescheduled: z.object({ window: windowSchema, previous: windowSchema, reason: text(2000) }),
  OperationLaunched: z.object({ at: iso }),
  ProgressReported: z.object({
    unitId, seizures: z.array(seizureSchema), inspections: z.number().int().min(0), arrests: z.number().int().min(0), notes: text(5000), at: iso,
  }),
  OperationConcluded: z.object({ summary: z.string().min(1).max(5000), results: text(5000), at: iso }),
  OperationCancelled: z.object({ reason: z.string().min(1).max(2000), at: iso }),
  DeconflictionAlertRaised: z.object({
    conflictId: z.string().min(1), otherKind: z.enum(CONFLICT_KINDS), otherId: z.string(), otherOwnerUnitId: unitId, contactOfficerId: z.string(),
    otherTitle: text(200), otherWindow: windowSchema.nullable(), reason: z.enum(CONFLICT_REASONS), matchedOn: text(500), pointerOnly: z.boolean(), detectedAt: iso,
  }),
  DeconflictionConflictResolved: z.object({
    conflictId: z.string().min(1), outcome: z.enum(CONFLICT_OUTCOMES), note: text(2000), resolvedByUnitId: unitId, at: iso,
  }),
  InvitationOverdue: z.object({ unitId, dueAt: iso, detectedAt: iso }),
} as const;

export type OperationEventType = keyof typeof operationEventSchemas;
export type OperationEventData<T extends OperationEventType> = z.infer<(typeof operationEventSchemas)[T]>;
export type OperationEvent = { [T in OperationEventType]: { type: T; data: OperationEventData<T> } }[OperationEventType];

export const operationEvents = new EventRegistry().register(
  ...Object.entries(operationEventSchemas).map(([type, schema]) => ({ type, schemaVersion: 1, schema })),
);

export const event = <T extends OperationEventType>(type: T, data: OperationEventData<T>): OperationEvent => ({ type, data }) as OperationEvent;
