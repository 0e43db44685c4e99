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

/** What the domain needs to know of the registry of units (satisfied by @liaison/contracts' Directory). */
export interface UnitDirectory {
  unit(unitId: string): { unitId: string; police: boolean; leadingGroup: boolean } | undefined;
  officer(officerId: string): { officerId: string; unitId: string } | undefined;
  jurisdiction(jurisdictionId: string): { jurisdictionId: string } | undefined;
}

/** Statutory time limits, in milliseconds (see config.ts for the variables). */
export interface TimeLimits {
  acknowledgeMs: number;
  transferDecisionMs: number;
  handOverMs: number;
  policeDecisionMs: number;
  reconsiderationRequestMs: number;
  reconsiderationAnswerMs: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const STATUTORY_LIMITS: TimeLimits = {
  acknowledgeMs: 24 * HOUR,
  transferDecisionMs: 3 * DAY,
  handOverMs: 24 * HOUR,
  policeDecisionMs: 3 * DAY,
  reconsiderationRequestMs: 3 * DAY,
  reconsiderationAnswerMs: 3 * DAY,
};

export const addMs = (iso: string, ms: number): string => new Date(new Date(iso).getTime() + ms).toISOString();
