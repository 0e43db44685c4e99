/**
 * Reference values and limits of the meetings context (issue 10, ADR 0020), written once: the
 * event schemas, the command schemas, the decider and the gateway's request schemas (and so the
 * OpenAPI document) use these constants; meetings.proto's comments name the same values.
 */

/** 定期会商 (regular, with a recurrence rule), ad-hoc, and emergency meetings. */
export const MEETING_KINDS = ['regular', 'ad_hoc', 'emergency'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** `scheduled` → `closed`; `cancelled` from scheduled. */
export const MEETING_STATUSES = ['scheduled', 'closed', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const AGENDA_ITEM_KINDS = ['lead', 'operation', 'evidence', 'situation_analysis', 'other'] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

/** What an agenda item may reference: a record of another context. */
export const MEETING_REFERENCE_KINDS = ['lead', 'operation', 'evidence', 'situation_analysis'] as const;
export type MeetingReferenceKind = (typeof MEETING_REFERENCE_KINDS)[number];

/**
 * Where a reference's access came from: `source` — the owning context's own record, as the
 * gateway read it with the proposer's identity; `proposer_view` — the meetings service could not
 * learn it, so the proposer's unit is taken as the owner and only its officers see the item
 * (AMBER+STRICT), until the owning context can be asked (ADR 0020).
 */
export const REFERENCE_ACCESS_SOURCES = ['source', 'proposer_view'] as const;
export type ReferenceAccessSource = (typeof REFERENCE_ACCESS_SOURCES)[number];

export const ATTENDANCE_STATUSES = ['present', 'absent', 'delegated'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ACTION_ITEM_STATUSES = ['open', 'done'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

/** What a meeting's breach missed (ADR 0013): an action item's due date. */
export const MEETING_BREACH_KINDS = ['action_item'] as const;
export type MeetingBreachKind = (typeof MEETING_BREACH_KINDS)[number];

/** Maximum lengths (characters) of the meetings context's text fields; arrays: maximum items. */
export const MEETING_LIMITS = {
  title: 200,
  place: 500,
  onlineLink: 1_000,
  /** An RFC 5545 RRULE value (without the `RRULE:` prefix). */
  recurrenceRule: 500,
  reason: 2_000,
  agendaTitle: 500,
  agendaNotes: 5_000,
  references: 20,
  referenceId: 200,
  delegatedTo: 200,
  minutes: 50_000,
  decisionText: 10_000,
  actionItems: 50,
  actionItemDescription: 2_000,
  note: 5_000,
  /** Agenda proposals computed for one meeting (the oldest stuck records first beyond it are left out). */
  proposals: 100,
} as const;

/**
 * Why the meetings service proposes a record for a meeting's agenda (ADR 0020, "Agenda
 * proposals"): a lead deadline missed, a transfer case waiting on the agency's or the police's
 * decision, an operation invitation unanswered past its limit, an operation task overdue, an
 * unresolved deconfliction conflict, evidence awaiting a unit's recognition decision.
 */
export const STUCK_REASON_KINDS = [
  'lead_deadline_missed',
  'transfer_decision_pending',
  'police_decision_pending',
  'invitation_unanswered',
  'operation_task_overdue',
  'conflict_unresolved',
  'recognition_pending',
] as const;
export type StuckReasonKind = (typeof STUCK_REASON_KINDS)[number];
/** The records a proposal can be about (the contexts the meetings service follows). */
export const PROPOSAL_SOURCE_KINDS = ['lead', 'operation', 'evidence'] as const;
export type ProposalSourceKind = (typeof PROPOSAL_SOURCE_KINDS)[number];
