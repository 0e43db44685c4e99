/**
 * Reference values and limits of the operations context, written once: the event schemas, the
 * command schemas, the decider and the gateway's request schemas (and so the OpenAPI document)
 * all use these constants (operations.proto's comments name the same values).
 */

export const URGENCIES = ['normal', 'emergency'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** `draft` (from an escalated lead) → `proposed` → `launched` → `concluded`; `cancelled` from draft, proposed or launched. */
export const OPERATION_STATUSES = ['draft', 'proposed', 'launched', 'concluded', 'cancelled'] as const;
export type OperationStatus = (typeof OPERATION_STATUSES)[number];

export const INVITATION_STATUSES = ['pending', 'joined', 'declined'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const CONFLICT_OUTCOMES = ['proceed', 'act_jointly', 'delay', 'cancel'] as const;
export type ConflictOutcome = (typeof CONFLICT_OUTCOMES)[number];
/** What a lead's owner may answer to a conflict with another unit's operation: not `cancel`, which is the operation lead unit's alone. */
export const LEAD_CONFLICT_OUTCOMES = ['proceed', 'act_jointly', 'delay'] as const satisfies readonly ConflictOutcome[];

export const CONFLICT_REASONS = ['subject_credit_code', 'subject_name', 'place'] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

export const CONFLICT_KINDS = ['operation', 'lead'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

/** Maximum lengths (characters) of the operations context's text fields; arrays: maximum items. */
export const OPERATION_LIMITS = {
  title: 200,
  objective: 5_000,
  area: 1_000,
  targets: 50,
  enterpriseName: 200,
  personName: 100,
  address: 500,
  linkedLeads: 50,
  /** Invitation message, decline and cancellation reasons, reschedule reason, conflict note. */
  message: 2_000,
  reason: 2_000,
  note: 2_000,
  taskDescription: 2_000,
  taskNote: 5_000,
  goods: 500,
  unitOfMeasure: 50,
  seizures: 500,
  notes: 10_000,
  summary: 10_000,
  results: 10_000,
  matchedOn: 500,
} as const;

/** What an operation's accountability entries say was due (ADR 0013): the invited unit's answer. */
/** What an operation's breach missed: an invitation's answer, or an operation task's due time (ADR 0013). */
export const OPERATION_BREACH_KINDS = ['invitation_response', 'task'] as const;
export type OperationBreachKind = (typeof OPERATION_BREACH_KINDS)[number];

/** A deconfliction alert's id (`conflict-<uuid>`): the gateway's path pattern and the service's check. */
export const CONFLICT_ID = /^conflict-[0-9a-f-]{36}$/;
