import { z } from 'zod';
import type { Actor } from '../envelope';
import { handlingSchema, NAMED_OFFICERS_MAX, officerIdField, text, unitIdField, UNITS_PER_COMMAND_MAX } from '../fields';
import { operationEventSchemas, operationPlaceSchema, operationSubjectSchema, seizureSchema } from './events';
import { BREACH_REASON_MAX } from '../accountability';
import { CONFLICT_OUTCOMES, OPERATION_BREACH_KINDS, OPERATION_LIMITS as L, URGENCIES } from './reference';

/**
 * The commands of the operations context: what each carries besides the operation id, the actor
 * and the time (which the application stamps). The decider checks every command against its
 * schema (field issues named in snake_case, as in operations.proto) before its own rules, so a
 * command it accepts always yields events the event schemas accept. Emptiness, cross-field and
 * registry rules (window order, known units, who takes part) are the decider's.
 */

/** A window as a command carries it: RFC 3339 checked (and canonicalised) by the decider. */
const windowInput = z.object({ startsAt: z.string(), endsAt: z.string() });
const targetInput = z.object({
  subject: operationSubjectSchema,
  place: operationPlaceSchema.extend({ jurisdiction: z.string() }),
});
export const conflictMatchSchema = operationEventSchemas.DeconflictionAlertRaised.omit({ detectedAt: true });
export type ConflictMatch = z.infer<typeof conflictMatchSchema>;

export const operationCommandSchemas = {
  ProposeOperation: z.object({
    title: text(L.title),
    objective: text(L.objective),
    targets: z.array(targetInput).max(L.targets),
    area: text(L.area),
    window: windowInput,
    linkedLeadIds: z.array(z.string()).max(L.linkedLeads),
    handling: handlingSchema,
    urgency: z.enum(URGENCIES),
    /** Matches found by the application's deconfliction check; recorded in the same commit. */
    conflicts: z.array(conflictMatchSchema),
  }),
  InviteUnits: z.object({
    unitIds: z.array(unitIdField).max(UNITS_PER_COMMAND_MAX),
    message: text(L.message),
    /** RED operations: at least one officer of each invited unit (they join the named officers). */
    namedOfficerIds: z.array(officerIdField).max(NAMED_OFFICERS_MAX),
  }),
  JoinOperation: z.object({}),
  DeclineInvitation: z.object({ reason: text(L.reason) }),
  AssignTask: z.object({ taskId: z.string(), unitId: z.string(), description: text(L.taskDescription), dueAt: z.string() }),
  CompleteTask: z.object({ taskId: z.string(), note: text(L.taskNote) }),
  Reschedule: z.object({ window: windowInput, reason: text(L.reason), conflicts: z.array(conflictMatchSchema) }),
  SubmitDraft: z.object({ window: windowInput, conflicts: z.array(conflictMatchSchema) }),
  /** With unresolved conflicts, launching needs the owner's reason for going ahead (recorded as DeconflictionOverridden). */
  Launch: z.object({ overrideReason: text(L.reason) }),
  ReportProgress: z.object({
    seizures: z.array(seizureSchema.extend({ goods: text(L.goods), quantity: z.number(), valueYuan: z.number() })).max(L.seizures),
    inspections: z.number(),
    arrests: z.number(),
    notes: text(L.notes),
  }),
  Conclude: z.object({ summary: text(L.summary), results: text(L.results) }),
  Cancel: z.object({ reason: text(L.reason) }),
  /** `delay` carries the new, later window (applied with the resolution); other outcomes carry none. */
  ResolveConflict: z.object({
    conflictId: z.string(),
    outcome: z.enum(CONFLICT_OUTCOMES),
    note: text(L.note),
    window: windowInput.nullable(),
  }),
  /** The owner of a lead that conflicts with this operation answers the alert (it need not see the operation). */
  ResolveLeadConflict: z.object({ conflictId: z.string(), outcome: z.enum(CONFLICT_OUTCOMES), note: text(L.note) }),
  /** An officer of the responsible unit gives the reason it did not answer or complete its task in time (ADR 0013); `taskId` names a task's breach. */
  ExplainBreach: z.object({ kind: z.enum(OPERATION_BREACH_KINDS), taskId: z.string().optional(), reason: text(BREACH_REASON_MAX) }),
  // Internal: issued by the overdue scheduler, the deconfliction step and the lead-escalations reaction, never by the API.
  MarkInvitationOverdue: z.object({ unitId: z.string(), dueAt: z.string() }),
  MarkTaskOverdue: z.object({ taskId: z.string(), unitId: z.string(), dueAt: z.string() }),
  DraftOperationFromLead: z.object({
    leadUnitId: z.string(),
    officerId: z.string(),
    title: z.string(),
    objective: text(L.objective),
    targets: z.array(targetInput).max(L.targets),
    window: windowInput.nullable(),
    handling: handlingSchema,
    fromLeadId: z.string(),
  }),
  RaiseConflict: z.object({ conflict: conflictMatchSchema }),
  NoteConflictResolved: z.object({
    conflictId: z.string(),
    outcome: z.enum(CONFLICT_OUTCOMES),
    note: text(L.note),
    resolvedByUnitId: z.string(),
  }),
} as const;

export type OperationCommandType = keyof typeof operationCommandSchemas;
/** What a command of type T carries (an empty schema carries nothing: `{}`, not zod's `Record<string, never>`). */
export type OperationCommandData<T extends OperationCommandType> = Carried<z.infer<(typeof operationCommandSchemas)[T]>>;
type Carried<D> = string extends keyof D ? unknown : D;

/** Every command carries who acts and when (the application stamps `now`), so `decide` stays pure. */
export interface OperationCommandBase {
  /** The stream id, `operation-<uuid>`. */
  operationId: string;
  actor: Actor;
  /** RFC 3339; the application's clock. */
  now: string;
}

export type OperationCommand = {
  [T in OperationCommandType]: OperationCommandBase & { type: T } & OperationCommandData<T>;
}[OperationCommandType];

/** Commands the scheduler, the deconfliction step and reactions issue; they skip the officer checks. */
export const OPERATION_INTERNAL_COMMANDS: ReadonlySet<OperationCommandType> = new Set([
  'MarkInvitationOverdue',
  'MarkTaskOverdue',
  'RaiseConflict',
  'NoteConflictResolved',
  'DraftOperationFromLead',
]);
