/**
 * Reference values and limits of the evidence context, written once: the event schemas, the
 * command schemas, the decider and the gateway's request schemas (and so the OpenAPI document)
 * all use these constants (evidence.proto's comments name the same values).
 */

export const EVIDENCE_KINDS = [
  'document',
  'photo',
  'video',
  'physical_sample',
  'test_report',
  'electronic_data',
  'witness_statement',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** What a unit is asked to recognise an item for. */
export const RECOGNITION_PURPOSES = ['administrative_penalty', 'criminal_transfer', 'court'] as const;
export type RecognitionPurpose = (typeof RECOGNITION_PURPOSES)[number];

/** A target unit's decision on one recognition request; `revoked` keeps the revoked decision beside it. */
export const RECOGNITION_DECISION_STATUSES = ['pending', 'recognised', 'recognised_with_conditions', 'rejected', 'revoked'] as const;
export type RecognitionDecisionStatus = (typeof RECOGNITION_DECISION_STATUSES)[number];

/** The last integrity check of an item's content: none yet, the presented hash matched, or it did not. */
export const INTEGRITY_STATUSES = ['unverified', 'verified', 'mismatch'] as const;
export type IntegrityStatus = (typeof INTEGRITY_STATUSES)[number];

/** `evidence-<uuid>`: the stream id of an item. */
export const EVIDENCE_ID = /^evidence-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** `recognition-<18 hex>`: a recognition request of an item, named after the command that made it. */
export const RECOGNITION_REQUEST_ID = /^recognition-[0-9a-f-]{18}$/;
/** Lower-case hex SHA-256. */
export const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Maximum lengths (characters) of the evidence context's text fields; arrays: maximum items. */
export const EVIDENCE_LIMITS = {
  title: 200,
  description: 5_000,
  mediaType: 255,
  fileName: 255,
  storageRef: 500,
  place: 500,
  method: 2_000,
  reason: 2_000,
  note: 2_000,
  conditions: 20,
  condition: 1_000,
  /** Content size: 64 GiB is far beyond any upload limit; the content service sets the real one. */
  sizeBytes: 64 * 1024 ** 3,
} as const;
