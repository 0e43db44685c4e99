import type { TlpCode } from '@liaison/contracts';

/** Reference values of the operations context (mirrors the comments in operations.proto). */
export { TLP_CODES, type TlpCode } from '@liaison/contracts';

export const URGENCIES = ['normal', 'emergency'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** `draft` (from an escalated lead) → `proposed` → `launched` → `concluded`; `cancelled` from draft, proposed or launched. */
export const OPERATION_STATUSES = ['draft', 'proposed', 'launched', 'concluded', 'cancelled'] as const;
export type OperationStatus = (typeof OPERATION_STATUSES)[number];

export const INVITATION_STATUSES = ['pending', 'joined', 'declined'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const CONFLICT_OUTCOMES = ['proceed', 'act_jointly', 'delay', 'cancel'] as const;
export type ConflictOutcome = (typeof CONFLICT_OUTCOMES)[number];

export const CONFLICT_REASONS = ['subject_credit_code', 'subject_name', 'place'] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

export const CONFLICT_KINDS = ['operation', 'lead'] as const;

/** 统一社会信用代码: 18 upper-case letters or digits. */
export const CREDIT_CODE = /^[0-9A-Z]{18}$/;
export const LEAD_ID = /^lead-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface Coordinates {
  latitude: number;
  longitude: number;
}
export interface Target {
  subject: { enterpriseName: string; creditCode: string; personName: string };
  place: { jurisdiction: string; address: string; coordinates: Coordinates | null };
}
export interface TimeWindow {
  startsAt: string;
  endsAt: string;
}
export interface Handling {
  code: TlpCode;
  noCourtUseWithoutConsent: boolean;
  noOnwardSharingWithoutConsent: boolean;
  namedOfficerIds: string[];
}
export interface Seizure {
  goods: string;
  quantity: number;
  unitOfMeasure: string;
  valueYuan: number;
}

/** A match found by the application's deconfliction check, recorded on the operation. */
export interface ConflictMatch {
  conflictId: string;
  otherKind: (typeof CONFLICT_KINDS)[number];
  /** Empty when the other record is AMBER+STRICT or RED (pointer only). */
  otherId: string;
  otherOwnerUnitId: string;
  contactOfficerId: string;
  otherTitle: string;
  otherWindow: TimeWindow | null;
  reason: ConflictReason;
  matchedOn: string;
  pointerOnly: boolean;
}

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
