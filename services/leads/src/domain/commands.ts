import type { Actor } from '@liaison/contracts';
import type { Attachment, CoHandlingTask, DeadlineKind, Grading, Handling, Location, OperationOutcomeKind, Subject } from './model';

/** Every command carries who acts and when (the application stamps `now`), so `decide` stays pure. */
interface Base {
  /** The stream id, `lead-<uuid>`. */
  leadId: string;
  actor: Actor;
  /** RFC 3339; the application's clock. */
  now: string;
}

export interface PossibleDuplicate {
  leadId: string;
  ownerUnitId: string;
  reason: 'credit_code' | 'name_and_address';
  matchedOn: string;
}

export type LeadCommand =
  | (Base & {
      type: 'PostLead'; title: string; category: string; subject: Subject; location: Location; summary: string;
      priority: string; grading: Grading; handling: Handling; attachments: Attachment[];
      /** Earlier leads found by the application in the lead_subjects view. */
      possibleDuplicates: PossibleDuplicate[];
    })
  | (Base & { type: 'ShareLead'; unitIds: string[]; message: string })
  | (Base & { type: 'RequestOnwardSharing'; requestId: string; unitIds: string[]; reason: string })
  | (Base & { type: 'ApproveOnwardSharing'; requestId: string; reason: string })
  | (Base & { type: 'RefuseOnwardSharing'; requestId: string; reason: string })
  | (Base & { type: 'AcknowledgeLead' })
  | (Base & { type: 'AcceptLead' })
  | (Base & { type: 'DeclineLead'; reason: string })
  | (Base & { type: 'AssignForCoHandling'; tasks: CoHandlingTask[] })
  | (Base & { type: 'RecordFeedback'; result: string; summary: string })
  | (Base & { type: 'RegradeLead'; grading: Grading; reason: string })
  | (Base & { type: 'FlagSuspectedCrime'; reason: string })
  | (Base & { type: 'DecideTransfer'; transfer: boolean; reasons: string })
  | (Base & { type: 'HandOverToPolice'; policeUnitId: string; facts: string; amountInvolved: number; evidenceRefs: string[] })
  | (Base & { type: 'RecordPoliceDecision'; decision: string; reason: string; caseNumber: string })
  | (Base & { type: 'RequestReconsideration'; reason: string })
  | (Base & { type: 'AnswerReconsideration'; answer: string; reason: string })
  | (Base & { type: 'CloseLead'; outcome: string; summary: string })
  | (Base & { type: 'LinkLead'; otherLeadId: string; relation: string; note: string })
  | (Base & { type: 'EscalateForJointAction'; reason: string; proposedWindow: { startsAt: string; endsAt: string } | null })
  // Internal: issued by the overdue scheduler and the duplicates reaction, never by the API.
  | (Base & { type: 'MarkOverdue'; kind: DeadlineKind; unitId: string; dueAt: string })
  | (Base & {
      type: 'FlagPossibleDuplicate'; otherLeadId: string; otherOwnerUnitId: string; reason: PossibleDuplicate['reason']; matchedOn: string;
      /** Whether this lead was posted before (`earlier`) or after (`later`) the other one. */
      position: 'earlier' | 'later';
    })
  // Internal: issued by the operation-outcomes reaction (operations topic), once per operation and lead.
  | (Base & {
      type: 'RecordOperationOutcome'; operationId: string; leadUnitId: string; outcome: OperationOutcomeKind; summary: string; results: string;
      /** When the operation concluded or was cancelled (the operations event's time). */
      at: string;
    });

export type LeadCommandType = LeadCommand['type'];
export type CommandOf<T extends LeadCommandType> = Extract<LeadCommand, { type: T }>;

/** Commands the scheduler and reactions issue; they skip the officer checks. */
export const INTERNAL_COMMANDS: ReadonlySet<LeadCommandType> = new Set(['MarkOverdue', 'FlagPossibleDuplicate', 'RecordOperationOutcome']);

/** The identity stamped on events of internal commands. */
export const SYSTEM_ACTOR: Actor = { officerId: 'system:leads', unitId: 'system-leads', roles: [] };
