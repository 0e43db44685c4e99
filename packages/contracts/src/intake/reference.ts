import type { Actor } from '../envelope';
import { LEAD_CATEGORIES } from '../leads/reference';

/**
 * Reference values and limits of the intake context (public reports, 举报投诉; issue 14, ADR
 * 0028), written once: the event and command schemas, the decider, the routing rules and the
 * gateway's public and officer request schemas use these constants.
 */

/** What a citizen reports: the leads' categories (a converted report becomes a lead of the same category). */
export const REPORT_CATEGORIES = LEAD_CATEGORIES;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

/**
 * `received` (in the competent unit's queue) → `rejected` (unfounded, with a reason the reporter
 * sees) | `merged` (a duplicate of an earlier report) | `converted` (a lead was posted from it) →
 * `concluded` (the lead was closed).
 */
export const REPORT_STATUSES = ['received', 'rejected', 'merged', 'converted', 'concluded'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/**
 * A reward for a report (有奖举报): `proposed` by the service when the lead the report became ends
 * in an administrative penalty or a criminal case → `approved` (with an amount) or `declined` by
 * the leading-group office → `paid` (the payment recorded by a named screening officer, who is in
 * touch with the reporter). The reporter sees only this status with the receipt code.
 */
export const REWARD_STATUSES = ['proposed', 'approved', 'declined', 'paid'] as const;
export type RewardStatus = (typeof REWARD_STATUSES)[number];
/** What a reward rests on: the lead closed with a penalty, or the police opened a criminal case on it. */
export const REWARD_BASES = ['administrative_penalty', 'criminal_case_opened'] as const;
export type RewardBasis = (typeof REWARD_BASES)[number];

/** Maximum lengths (characters) of the intake context's text fields. */
export const INTAKE_LIMITS = {
  what: 5_000,
  address: 500,
  contactName: 200,
  contactPhone: 50,
  contactEmail: 320,
  reason: 2_000,
  title: 200,
  /** The receipt code as handed out: 4 groups of 4 characters of the Crockford base32 alphabet. */
  receiptCode: 19,
  paymentReference: 200,
  /** A reward's amount in yuan (whole yuan). */
  rewardYuanMax: 1_000_000,
} as const;

/** `XXXX-XXXX-XXXX-XXXX` from the Crockford base32 alphabet (no I, L, O, U): 80 random bits. */
export const RECEIPT_CODE = /^[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){3}$/;
export const REPORT_ID = /^report-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The public reporter (no account): the actor of SubmitReport and AttachToReport. The gateway's
 * public channel signs its identity token for this actor when it streams a citizen's file to
 * intake (ADR 0034); intake refuses any other actor there.
 */
export const PUBLIC_REPORTER: Actor = { officerId: 'public', unitId: 'public', roles: [] };
