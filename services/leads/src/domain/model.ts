import type { TlpCode } from '@liaison/contracts';

/** Reference values of the leads context (mirrors the comments in leads.proto). */
export const CATEGORIES = [
  'trademark', 'copyright', 'patent', 'counterfeit_food', 'drugs', 'cosmetics', 'agricultural_inputs',
  'building_materials', 'electromechanical', 'auto_parts', 'tobacco', 'online',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const SOURCE_RELIABILITY = ['A', 'B', 'C', 'X'] as const;
export const INFORMATION_GRADES = [1, 2, 3, 4] as const;

export { TLP_CODES, type TlpCode } from '@liaison/contracts';

export const LEAD_STATUSES = ['posted', 'shared', 'in_progress', 'closed'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export const RECIPIENT_STATUSES = ['shared', 'acknowledged', 'accepted', 'declined'] as const;
export type RecipientStatus = (typeof RECIPIENT_STATUSES)[number];

export const TRANSFER_STAGES = [
  'none', 'suspected', 'decided_transfer', 'decided_not_to_transfer', 'handed_over', 'police_opened',
  'police_declined', 'reconsideration_requested', 'reconsideration_maintained', 'reconsideration_reversed',
] as const;
export type TransferStage = (typeof TRANSFER_STAGES)[number];

export const DEADLINE_KINDS = [
  'acknowledge', 'transfer_decision', 'hand_over', 'police_decision', 'reconsideration_request', 'reconsideration_answer', 'co_handling_task',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const CLOSE_OUTCOMES = ['resolved', 'unfounded', 'transferred', 'merged', 'other'] as const;
export const LINK_RELATIONS = ['duplicate', 'related'] as const;
export const POLICE_DECISIONS = ['opened', 'declined'] as const;
export const RECONSIDERATION_ANSWERS = ['maintained', 'reversed'] as const;
export const DUPLICATE_REASONS = ['credit_code', 'name_and_address'] as const;
/** How a joint operation linked to a lead ended (recorded on the lead from the operations topic). */
export const OPERATION_OUTCOMES = ['concluded', 'cancelled'] as const;
export type OperationOutcomeKind = (typeof OPERATION_OUTCOMES)[number];

/** 统一社会信用代码: 18 upper-case letters or digits. */
export const CREDIT_CODE = /^[0-9A-Z]{18}$/;

export interface Grading {
  sourceReliability: (typeof SOURCE_RELIABILITY)[number];
  information: number;
}
export interface Subject {
  enterpriseName: string;
  creditCode: string;
  personName: string;
  onlineShop: string;
  url: string;
}
export interface Location {
  jurisdiction: string;
  address: string;
  coordinates: { latitude: number; longitude: number } | null;
}
export interface Handling {
  code: TlpCode;
  noCourtUseWithoutConsent: boolean;
  noOnwardSharingWithoutConsent: boolean;
  namedOfficerIds: string[];
}
export interface Attachment {
  sha256: string;
  name: string;
  mediaType: string;
  sizeBytes: number;
}
export interface CoHandlingTask {
  unitId: string;
  description: string;
  dueAt: string;
}

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
