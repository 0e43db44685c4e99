/**
 * Reference values and limits of the credit context (issue 14, ADR 0027), written once: the
 * event and command schemas, the decider, the feed from the other contexts and the gateway's
 * request schemas use these constants; credit.proto's comments name the same values.
 */

/** A credit file is kept per enterprise (unified social credit code) or per responsible person (name). */
export const CREDIT_SUBJECT_KINDS = ['enterprise', 'person'] as const;
export type CreditSubjectKind = (typeof CREDIT_SUBJECT_KINDS)[number];

/**
 * What puts an entry into a credit file, each from one source event of another context:
 * - `administrative_penalty`: a lead closed with the outcome `penalised` (leads LeadClosed);
 * - `seizure`: seizures reported on an operation against its targets (operations ProgressReported);
 * - `criminal_case_opened`: the police decided to open a case on a handed-over lead (leads PoliceDecisionRecorded `opened`);
 * - `evidence_recognised_for_court`: a unit recognised evidence for court use (evidence Recognised / RecognisedWithConditions on a `court` request).
 */
export const CREDIT_ENTRY_KINDS = ['administrative_penalty', 'seizure', 'criminal_case_opened', 'evidence_recognised_for_court'] as const;
export type CreditEntryKind = (typeof CREDIT_ENTRY_KINDS)[number];

/** The contexts whose events feed credit files. */
export const CREDIT_SOURCE_CONTEXTS = ['leads', 'operations', 'evidence'] as const;
export type CreditSourceContext = (typeof CREDIT_SOURCE_CONTEXTS)[number];

/**
 * A blacklisting (黑名单) decision: `proposed` by a unit with its grounds → `published` once the
 * leading-group office approves (for a period) or `rejected`; a published one may be `appealed`
 * (published still) and is `removed` when the period ends or the appeal is upheld.
 */
export const BLACKLISTING_STATUSES = ['proposed', 'rejected', 'published', 'appealed', 'removed'] as const;
export type BlacklistingStatus = (typeof BLACKLISTING_STATUSES)[number];

/** Why a published blacklisting ended. */
export const REMOVAL_REASONS = ['period_ended', 'appeal_upheld'] as const;
export type RemovalReason = (typeof REMOVAL_REASONS)[number];

/** Maximum lengths (characters) of the credit context's text fields; arrays: maximum items. */
export const CREDIT_LIMITS = {
  name: 500,
  personName: 200,
  summary: 2_000,
  grounds: 5_000,
  reason: 2_000,
  citedEntries: 50,
  /** Publication periods: from one day to five years. */
  periodDaysMin: 1,
  periodDaysMax: 1_826,
  /** Entries of one credit file listed at most (newest first). */
  entriesShown: 500,
} as const;
