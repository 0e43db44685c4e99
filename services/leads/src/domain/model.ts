/**
 * What the leads domain needs besides its contract (@liaison/contracts: reference values, limits,
 * command and event schemas): the registry of units it checks against and the statutory limits.
 */
export {
  type Attachment,
  CLOSE_OUTCOMES,
  type CoHandlingTask,
  DEADLINE_KINDS,
  type DeadlineKind,
  DUPLICATE_REASONS,
  type Grading,
  INFORMATION_GRADES,
  LEAD_CATEGORIES as CATEGORIES,
  LEAD_PRIORITIES as PRIORITIES,
  LEAD_STATUSES,
  LINK_RELATIONS,
  type Location,
  OPERATION_OUTCOMES,
  type OperationOutcomeKind,
  POLICE_DECISIONS,
  RECIPIENT_STATUSES,
  RECONSIDERATION_ANSWERS,
  type RecipientStatus,
  SOURCE_RELIABILITY,
  type Subject,
  TLP_CODES,
  type TlpCode,
  TRANSFER_STAGES,
  type TransferStage,
  type HandlingData as Handling,
} from '@liaison/contracts';
import { type Due, dueBy, type HolidayCalendar, type PeriodLimit } from '@liaison/contracts';

/** What the domain needs to know of the registry of units (satisfied by @liaison/contracts' Directory). */
export interface UnitDirectory {
  unit(unitId: string): { unitId: string; police: boolean; leadingGroup: boolean; agency?: string } | undefined;
  officer(officerId: string): { officerId: string; unitId: string } | undefined;
  jurisdiction(jurisdictionId: string): { jurisdictionId: string } | undefined;
}

/**
 * Statutory time limits, each in the unit the regulation states it in (days by the rules for
 * periods, hours as hours; ADR 0013), and the rule each is based on. See config.ts for the variables.
 */
export interface TimeLimits {
  acknowledge: PeriodLimit;
  transferDecision: PeriodLimit;
  handOver: PeriodLimit;
  policeDecision: PeriodLimit;
  reconsiderationRequest: PeriodLimit;
  reconsiderationAnswer: PeriodLimit;
  // After a police refusal (ADR 0014).
  supervisionRequest: PeriodLimit;
  supervisionAnswer: PeriodLimit;
  policeReasons: PeriodLimit;
  policeOpening: PeriodLimit;
}
export type LimitName = keyof TimeLimits;

export const STATUTORY_LIMITS: TimeLimits = {
  acknowledge: { hours: 24 },
  transferDecision: { days: 3 },
  handOver: { hours: 24 },
  policeDecision: { days: 3 },
  reconsiderationRequest: { days: 3 },
  reconsiderationAnswer: { days: 3 },
  supervisionRequest: { days: 3 },
  supervisionAnswer: { days: 7 },
  policeReasons: { days: 7 },
  policeOpening: { days: 15 },
};

/** Where each limit comes from, said first in every due date's rule. */
export const LIMIT_BASIS: Record<LimitName, string> = {
  acknowledge: 'acknowledgement of a shared lead (liaison policy)',
  transferDecision: 'transfer decision after the report (State Council Decree No. 310, art. 5)',
  handOver: 'hand-over after the decision to transfer (Decree No. 310, art. 5)',
  policeDecision: 'police decision on a transferred case (Decree No. 310, art. 8)',
  reconsiderationRequest: 'request for reconsideration of a refusal (Decree No. 310, art. 9)',
  reconsiderationAnswer: 'police answer to a reconsideration request (Decree No. 310, art. 9)',
  supervisionRequest: 'request for case-filing supervision after a maintained refusal (Decree No. 310, art. 9)',
  supervisionAnswer: "Procuratorate's answer to a request for case-filing supervision (liaison policy, ADR 0014)",
  policeReasons: 'police statement of reasons for not opening a case (Provisions on Case-Filing Supervision, 2010, art. 7)',
  policeOpening: 'police opening of a case after a reversal or a notice to open one (Provisions on Case-Filing Supervision, art. 8)',
};

/** The due date of a limit that starts at `from`, with the rule that produced it (basis: period rule). */
export function dueFor(limits: TimeLimits, calendar: HolidayCalendar, limit: LimitName, from: string): Due {
  const due = dueBy(from, limits[limit], calendar);
  return { ...due, rule: `${LIMIT_BASIS[limit]}: ${due.rule}` };
}
