import { z } from 'zod';
import { type Actor } from '../envelope';
import { emptyOr, handlingSchema, isoTime, NAMED_OFFICERS_MAX, text, unitIdField, UNITS_PER_COMMAND_MAX } from '../fields';
import { BREACH_REASON_MAX } from '../accountability';
import { recordAccessSchema } from '../record-access';
import { attachmentSchema, coHandlingTaskSchema, gradingSchema, leadEventSchemas, locationSchema, subjectSchema } from './events';
import {
  CLOSE_OUTCOMES,
  DEADLINE_KINDS,
  DUPLICATE_REASONS,
  FEEDBACK_RESULT,
  LEAD_CATEGORIES,
  LEAD_LIMITS as L,
  LEAD_PRIORITIES,
  LINK_RELATIONS,
  POLICE_DECISIONS,
  RECONSIDERATION_ANSWERS,
  SUPERVISION_OUTCOMES,
} from './reference';

/**
 * The commands of the leads context: what each carries besides the lead id, the actor and the
 * time (which the application stamps). The decider checks every command against its schema
 * (field issues named in snake_case, as in leads.proto) before its own rules, so a command it
 * accepts always yields events the event schemas accept. Emptiness, cross-field and registry
 * rules are the decider's.
 */

const unitIds = z.array(unitIdField).max(UNITS_PER_COMMAND_MAX);
/** RED: officers of the units shared with, named to see the lead (the decider checks them against the registry). */
const namedOfficers = z.array(z.string()).max(NAMED_OFFICERS_MAX);
/** Task due times: RFC 3339 or empty (no due time); canonicalised by the decider. */
const optionalTime = z.string().regex(/^(\d{4}-\d{2}-\d{2}T.*)?$/, 'an RFC 3339 time');

export const possibleDuplicateSchema = z.object({
  leadId: z.string(),
  ownerUnitId: z.string(),
  reason: z.enum(DUPLICATE_REASONS),
  matchedOn: text(L.matchedOn),
  /** The earlier lead's access, carried onto the duplicate link (ADR 0012). */
  access: recordAccessSchema,
});
export type PossibleDuplicate = z.infer<typeof possibleDuplicateSchema>;

export const leadCommandSchemas = {
  PostLead: z.object({
    title: text(L.title),
    category: z.enum(LEAD_CATEGORIES),
    subject: subjectSchema,
    location: locationSchema.extend({ jurisdiction: z.string() }),
    summary: text(L.summary),
    priority: z.enum(LEAD_PRIORITIES),
    grading: gradingSchema,
    handling: handlingSchema,
    attachments: z.array(attachmentSchema.extend({ name: text(L.attachmentName) })).max(L.attachments),
    /** Earlier leads found by the application in the lead_subjects view. */
    possibleDuplicates: z.array(possibleDuplicateSchema),
  }),
  ShareLead: z.object({ unitIds, message: text(L.message), namedOfficerIds: namedOfficers }),
  RequestOnwardSharing: z.object({ requestId: z.string().min(1), unitIds, reason: text(L.reason) }),
  ApproveOnwardSharing: z.object({ requestId: z.string(), reason: text(L.reason), namedOfficerIds: namedOfficers }),
  RefuseOnwardSharing: z.object({ requestId: z.string(), reason: text(L.reason) }),
  AcknowledgeLead: z.object({}),
  AcceptLead: z.object({}),
  DeclineLead: z.object({ reason: text(L.reason) }),
  AssignForCoHandling: z.object({
    tasks: z
      .array(
        coHandlingTaskSchema
          .omit({ taskId: true, dueRule: true })
          .extend({ unitId: z.string(), description: text(L.taskDescription), dueAt: optionalTime }),
      )
      .max(L.tasks),
  }),
  RecordFeedback: z.object({
    result: z.string().regex(emptyOr(FEEDBACK_RESULT), 'a result code, e.g. "verified", "case_opened"'),
    summary: text(L.summary),
    /** The co-handling task answered (`task-<n>`); may be left out when the unit has one open task. */
    taskId: z.string().optional(),
  }),
  RegradeLead: z.object({ grading: gradingSchema, reason: text(L.reason) }),
  FlagSuspectedCrime: z.object({ reason: text(L.legalReason) }),
  DecideTransfer: z.object({ transfer: z.boolean(), reasons: text(L.legalReason) }),
  HandOverToPolice: z.object({
    policeUnitId: z.string(),
    facts: text(L.facts),
    amountInvolved: z.number(),
    evidenceRefs: z.array(text(L.evidenceRef)).max(L.evidenceRefs),
    /** Officers of the police unit to name (required for a RED lead): they join the named officers. */
    namedOfficerIds: namedOfficers,
  }),
  RecordPoliceDecision: z.object({ decision: z.enum(POLICE_DECISIONS), reason: text(L.legalReason), caseNumber: text(L.caseNumber) }),
  RequestReconsideration: z.object({ reason: text(L.legalReason) }),
  AnswerReconsideration: z.object({ answer: z.enum(RECONSIDERATION_ANSWERS), reason: text(L.legalReason) }),
  CloseLead: z.object({ outcome: z.enum(CLOSE_OUTCOMES), summary: text(L.summary) }),
  LinkLead: z.object({
    otherLeadId: z.string(),
    relation: z.enum(LINK_RELATIONS),
    note: text(L.note),
    /** Filled by the application from the other lead's stream (never by callers). */
    otherAccess: recordAccessSchema.optional(),
  }),
  EscalateForJointAction: z.object({
    reason: text(L.reason),
    proposedWindow: z.object({ startsAt: z.string(), endsAt: z.string() }).nullable(),
  }),
  // The transfer line after a police refusal, and the court-use consent (ADR 0014).
  RequestProcuratorateSupervision: z.object({
    procuratorateUnitId: z.string(),
    reason: text(L.legalReason),
    /** Procurators to name (required for a RED lead): they join the named officers. */
    namedOfficerIds: namedOfficers,
  }),
  AnswerSupervision: z.object({ outcome: z.enum(SUPERVISION_OUTCOMES), reason: text(L.legalReason) }),
  StatePoliceReasons: z.object({ reasons: text(L.legalReason) }),
  RecordPoliceOpening: z.object({ caseNumber: text(L.caseNumber), reason: text(L.legalReason) }),
  RevisitTransferDecision: z.object({ newFacts: text(L.facts) }),
  RequestCourtUseConsent: z.object({ requestId: z.string().min(1), unitId: z.string(), reason: text(L.reason) }),
  ApproveCourtUseConsent: z.object({ requestId: z.string(), reason: text(L.reason) }),
  RefuseCourtUseConsent: z.object({ requestId: z.string(), reason: text(L.reason) }),
  /** An officer of the responsible unit gives the reason for a breach (`task_id` for a co-handling task's); ADR 0013. */
  ExplainBreach: z.object({ kind: z.enum(DEADLINE_KINDS), taskId: z.string().optional(), reason: text(BREACH_REASON_MAX) }),
  // Internal: issued by the overdue scheduler and the duplicates reaction, never by the API.
  MarkOverdue: z.object({ kind: z.enum(DEADLINE_KINDS), unitId: z.string(), dueAt: z.string(), taskId: z.string().optional() }),
  FlagPossibleDuplicate: leadEventSchemas.LeadPossibleDuplicateDetected.extend({
    otherLeadId: z.string(),
    otherOwnerUnitId: z.string(),
    otherAccess: recordAccessSchema,
  }),
  // Internal: issued by the operation-outcomes reaction (operations topic), once per operation and lead.
  RecordOperationOutcome: leadEventSchemas.LeadOperationOutcomeRecorded.extend({
    operationId: z.string(),
    leadUnitId: z.string(),
    at: isoTime,
    /** Null when the reaction never saw the operation's access (operations linked before it kept it): shown to nobody. */
    operationAccess: recordAccessSchema.nullable(),
  }),
} as const;

export type LeadCommandType = keyof typeof leadCommandSchemas;
/** What a command of type T carries (an empty schema carries nothing: `{}`, not zod's `Record<string, never>`). */
export type LeadCommandData<T extends LeadCommandType> = Carried<z.infer<(typeof leadCommandSchemas)[T]>>;
type Carried<D> = string extends keyof D ? unknown : D;

/** Every command carries who acts and when (the application stamps `now`), so `decide` stays pure. */
export interface LeadCommandBase {
  /** The stream id, `lead-<uuid>`. */
  leadId: string;
  actor: Actor;
  /** RFC 3339; the application's clock. */
  now: string;
}

export type LeadCommand = { [T in LeadCommandType]: LeadCommandBase & { type: T } & LeadCommandData<T> }[LeadCommandType];

/** Commands the scheduler and reactions issue; they skip the officer checks. */
export const LEAD_INTERNAL_COMMANDS: ReadonlySet<LeadCommandType> = new Set([
  'MarkOverdue',
  'FlagPossibleDuplicate',
  'RecordOperationOutcome',
]);
