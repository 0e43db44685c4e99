import type { ConflictMatch as ContractConflictMatch, TimeWindowData } from '@liaison/contracts';

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

/** How long an invited unit has to join or decline, in milliseconds (see config.ts). */
export interface ResponseLimits {
  normalMs: number;
  emergencyMs: number;
}
const HOUR = 3_600_000;
export const DEFAULT_RESPONSE_LIMITS: ResponseLimits = { normalMs: 3 * 24 * HOUR, emergencyMs: 2 * HOUR };

export const addMs = (iso: string, ms: number): string => new Date(new Date(iso).getTime() + ms).toISOString();
