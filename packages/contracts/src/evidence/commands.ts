import { z } from 'zod';
import type { Actor } from '../envelope';
import { handlingSchema, NAMED_OFFICERS_MAX, officerIdField, text, unitIdField, UNITS_PER_COMMAND_MAX } from '../fields';
import { EVIDENCE_KINDS, EVIDENCE_LIMITS as L, RECOGNITION_PURPOSES } from './reference';

/**
 * The commands of the evidence context: what each carries besides the item id, the actor and the
 * time (which the application stamps). The decider checks every command against its schema
 * (field issues named in snake_case, as in evidence.proto) before its own rules. Facts the
 * decider cannot find itself (who takes part in the linked lead or operation, whether the
 * item's hash chain verifies, what the attached report is) are looked up by the application and
 * carried in the command, so `decide` stays pure.
 */

/** The linked lead's or operation's parties as the caller sees them: null when unknown or not visible to the caller. */
export const linkedRecordPartiesSchema = z.object({ ownerUnitId: z.string(), participantUnitIds: z.array(z.string()) }).nullable();
export type LinkedRecordParties = z.infer<typeof linkedRecordPartiesSchema>;

/** A recognition carries whether the item's hash chain verified just before (the application asks the store). */
const answer = { requestId: z.string(), chainIntact: z.boolean() };

export const evidenceCommandSchemas = {
  RegisterEvidence: z.object({
    kind: z.enum(EVIDENCE_KINDS),
    title: text(L.title),
    description: text(L.description),
    sha256: z.string(),
    size: z.number().int().min(0).max(L.sizeBytes),
    mediaType: text(L.mediaType),
    fileName: text(L.fileName),
    storageRef: text(L.storageRef),
    collectedByUnitId: z.string(),
    collectedByOfficerId: z.string(),
    collectedAt: z.string(),
    collectedPlace: text(L.place),
    collectionMethod: text(L.method),
    leadId: z.string(),
    operationId: z.string(),
    handling: handlingSchema,
    /** Looked up by the application with the caller's identity. */
    linked: linkedRecordPartiesSchema,
  }),
  RecordCustodyTransfer: z.object({
    fromUnitId: z.string(),
    fromOfficerId: text(200),
    toUnitId: z.string(),
    toOfficerId: text(200),
    reason: text(L.reason),
    at: z.string(),
  }),
  AttachTestReport: z.object({
    reportEvidenceId: z.string(),
    note: text(L.note),
    /** The report item as the application loaded it: null when it does not exist or the caller may not see it. */
    report: z.object({ kind: z.string(), leadId: z.string(), operationId: z.string(), ownerUnitId: z.string() }).nullable(),
  }),
  RequestRecognition: z.object({
    requestId: z.string(),
    targetUnitIds: z.array(unitIdField).max(UNITS_PER_COMMAND_MAX),
    purpose: z.enum(RECOGNITION_PURPOSES),
    note: text(L.note),
    namedOfficerIds: z.array(officerIdField).max(NAMED_OFFICERS_MAX),
    /** Looked up by the application: who takes part in the linked lead or operation now. */
    linked: linkedRecordPartiesSchema,
  }),
  Recognise: z.object({ ...answer, note: text(L.note) }),
  RejectRecognition: z.object({ requestId: z.string(), reason: text(L.reason) }),
  RecogniseWithConditions: z.object({ ...answer, conditions: z.array(text(L.condition)).max(L.conditions), note: text(L.note) }),
  RevokeRecognition: z.object({ requestId: z.string(), reason: text(L.reason) }),
  RecordCourtUseConsent: z.object({ unitIds: z.array(unitIdField).max(UNITS_PER_COMMAND_MAX), note: text(L.note) }),
  VerifyIntegrity: z.object({ sha256: z.string() }),
} as const;

export type EvidenceCommandType = keyof typeof evidenceCommandSchemas;
export type EvidenceCommandData<T extends EvidenceCommandType> = z.infer<(typeof evidenceCommandSchemas)[T]>;

/** Every command carries who acts and when (the application stamps `now`), so `decide` stays pure. */
export interface EvidenceCommandBase {
  /** The stream id, `evidence-<uuid>`. */
  evidenceId: string;
  actor: Actor;
  /** RFC 3339; the application's clock. */
  now: string;
}

export type EvidenceCommand = {
  [T in EvidenceCommandType]: EvidenceCommandBase & { type: T } & EvidenceCommandData<T>;
}[EvidenceCommandType];
