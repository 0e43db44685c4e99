import type { ConflictMatch as ContractConflictMatch, PeriodLimit, TimeWindowData } from '@liaison/contracts';

/**
 * What the operations domain needs besides its contract (@liaison/contracts: reference values,
 * limits, command and event schemas): the registry of units it checks against and the response limits.
 */
export {
  CONFLICT_KINDS,
  CONFLICT_OUTCOMES,
  CONFLICT_REASONS,
  type ConflictOutcome,
  type ConflictReason,
  type HandlingData as Handling,
  INVITATION_STATUSES,
  type InvitationStatus,
  LEAD_ID,
  OPERATION_STATUSES,
  type OperationStatus,
  type Seizure,
  type Target,
  TLP_CODES,
  type TlpCode,
  URGENCIES,
  type Urgency,
} from '@liaison/contracts';

export type TimeWindow = TimeWindowData;
export interface Coordinates {
  latitude: number;
  longitude: number;
}
/** A match found by the application's deconfliction check, recorded on the operation (`otherId` empty when pointer only). */
export type ConflictMatch = ContractConflictMatch;

/** What the domain needs to know of the registry (satisfied by @liaison/contracts' Directory). */
export interface UnitDirectory {
  unit(unitId: string): { unitId: string } | undefined;
  officer(officerId: string): { officerId: string; unitId: string } | undefined;
  jurisdiction(jurisdictionId: string): { jurisdictionId: string } | undefined;
}

/**
 * How long an invited unit has to join or decline, in the unit the limit is set in (hours stay
 * hours; days follow the rules for periods; ADR 0013). See config.ts.
 */
export interface ResponseLimits {
  normal: PeriodLimit;
  emergency: PeriodLimit;
}
export const DEFAULT_RESPONSE_LIMITS: ResponseLimits = { normal: { hours: 72 }, emergency: { hours: 2 } };

export const addMs = (iso: string, ms: number): string => new Date(new Date(iso).getTime() + ms).toISOString();
