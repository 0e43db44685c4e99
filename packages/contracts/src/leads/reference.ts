/**
 * Reference values and limits of the leads context, written once: the event schemas, the command
 * schemas, the decider and the gateway's request schemas (and so the OpenAPI document) all use
 * these constants (leads.proto's comments name the same values).
 */

export const LEAD_CATEGORIES = [
  'trademark',
  'copyright',
  'patent',
  'counterfeit_food',
  'drugs',
  'cosmetics',
  'agricultural_inputs',
  'building_materials',
  'electromechanical',
  'auto_parts',
  'tobacco',
  'online',
] as const;
export type Category = (typeof LEAD_CATEGORIES)[number];

export const LEAD_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof LEAD_PRIORITIES)[number];

/** Admiralty grading: A reliable · B usually reliable · C fairly reliable · X cannot be judged. */
export const SOURCE_RELIABILITY = ['A', 'B', 'C', 'X'] as const;
/** 1 known true · 2 known to the source · 3 corroborated · 4 cannot be judged. */
export const INFORMATION_GRADES = [1, 2, 3, 4] as const;

export const LEAD_STATUSES = ['posted', 'shared', 'in_progress', 'closed'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export const RECIPIENT_STATUSES = ['shared', 'acknowledged', 'accepted', 'declined'] as const;
export type RecipientStatus = (typeof RECIPIENT_STATUSES)[number];

export const TRANSFER_STAGES = [
  'none',
  'suspected',
  'decided_transfer',
  'decided_not_to_transfer',
  'handed_over',
  'police_opened',
  'police_declined',
  'reconsideration_requested',
  'reconsideration_maintained',
  'reconsideration_reversed',
  // Case-filing supervision by the Procuratorate (立案监督, Decree 310 Art. 9, Art. 14): ADR 0014.
  'supervision_requested',
  'police_reasons_requested',
  'police_opening_required',
  'supervision_upheld',
] as const;
export type TransferStage = (typeof TRANSFER_STAGES)[number];

export const DEADLINE_KINDS = [
  'acknowledge',
  'transfer_decision',
  'hand_over',
  'police_decision',
  'reconsideration_request',
  'reconsideration_answer',
  'co_handling_task',
  // The transfer line after a police refusal (ADR 0014).
  'supervision_request',
  'supervision_answer',
  'police_reasons',
  'police_opening',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/**
 * Periods that are a unit's right, not its duty (ADR 0014): the agency *may* ask the police to
 * reconsider a refusal, or the Procuratorate to supervise, within them. When one passes unused it
 * closes (TransferWindowClosed) and nobody is in breach.
 */
export const RIGHT_WINDOW_KINDS: ReadonlySet<DeadlineKind> = new Set(['reconsideration_request', 'supervision_request']);
export const isRightWindow = (kind: string): boolean => RIGHT_WINDOW_KINDS.has(kind as DeadlineKind);

/** What the Procuratorate answers a request for case-filing supervision (立案监督). */
export const SUPERVISION_OUTCOMES = ['reasons_requested', 'opening_required', 'refusal_upheld'] as const;
export type SupervisionOutcome = (typeof SUPERVISION_OUTCOMES)[number];
/** The state of a request for the originator's consent (onward sharing, court use). */
export const CONSENT_STATUSES = ['pending', 'approved', 'refused'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/** `penalised`: closed with an administrative penalty (行政处罚), which enters the subject's credit file (ADR 0027). */
export const CLOSE_OUTCOMES = ['resolved', 'unfounded', 'transferred', 'merged', 'other', 'penalised'] as const;
export type CloseOutcome = (typeof CLOSE_OUTCOMES)[number];
export const LINK_RELATIONS = ['duplicate', 'related'] as const;
export type LinkRelation = (typeof LINK_RELATIONS)[number];
export const POLICE_DECISIONS = ['opened', 'declined'] as const;
export type PoliceDecision = (typeof POLICE_DECISIONS)[number];
export const RECONSIDERATION_ANSWERS = ['maintained', 'reversed'] as const;
export type ReconsiderationAnswer = (typeof RECONSIDERATION_ANSWERS)[number];
export const DUPLICATE_REASONS = ['credit_code', 'name_and_address'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];
/** How a joint operation linked to a lead ended (recorded on the lead from the operations topic). */
export const OPERATION_OUTCOMES = ['concluded', 'cancelled'] as const;
export type OperationOutcomeKind = (typeof OPERATION_OUTCOMES)[number];

/** An http(s) URL of the subject (a shop page, a listing). */
export const SUBJECT_URL = /^https?:\/\/\S+$/;
/** A feedback result code, e.g. `verified`, `case_opened`. */
export const FEEDBACK_RESULT = /^[a-z_]{1,40}$/;
/** A lower-case hex SHA-256 of an attachment. */
export const SHA256 = /^[0-9a-f]{64}$/;
/** A media type, e.g. `image/jpeg`. */
export const MEDIA_TYPE = /^[\w.+-]+\/[\w.+-]+$/;

/** Maximum lengths (characters) of the leads context's text fields; arrays: maximum items. */
export const LEAD_LIMITS = {
  title: 200,
  summary: 10_000,
  enterpriseName: 200,
  personName: 100,
  onlineShop: 200,
  url: 2_000,
  address: 500,
  attachmentName: 255,
  mediaType: 100,
  attachments: 50,
  /** Share message, onward-sharing reasons, decline, regrade, link note, escalation reason. */
  message: 2_000,
  reason: 2_000,
  note: 2_000,
  taskDescription: 2_000,
  tasks: 50,
  /** Suspected crime, transfer decision, police decision, reconsideration. */
  legalReason: 5_000,
  facts: 20_000,
  evidenceRef: 200,
  evidenceRefs: 200,
  caseNumber: 100,
  matchedOn: 500,
  /** What a linked operation's outcome carries (the operations context's summary and results). */
  outcomeText: 10_000,
} as const;
