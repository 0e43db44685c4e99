import {
  EVIDENCE_ID,
  EVIDENCE_KINDS,
  EVIDENCE_LIMITS as L,
  evidenceCommandSchemas as C,
  INTEGRITY_STATUSES,
  LEAD_ID,
  NAMED_OFFICERS_MAX,
  OPERATION_ID,
  RECOGNITION_DECISION_STATUSES,
  RECOGNITION_PURPOSES,
  SHA256_HEX,
} from '@liaison/contracts';
import { z } from 'zod';
import {
  cursor,
  emptyBody,
  exactlyOneOf,
  handlingSchema,
  limit,
  nonBlank,
  officerOfUnit,
  pageOfSchema,
  registryRef,
  timestamp,
  unitId,
  unitIds,
} from '../http/common-schemas';

/**
 * Request and response shapes of /api/v1/evidence (evidence.proto in camelCase, so a body maps
 * 1:1 onto its gRPC request). Every request field is the evidence contract's command field
 * (@liaison/contracts `evidenceCommandSchemas`: its limits and enums, the ones the events are
 * checked against) with request-side strictness added here only: unknown fields are 400, texts
 * trimmed and non-empty where required, optional fields may be left out. What needs the item or
 * other records (who takes part in the linked operation, whether the unit was asked, the chain)
 * is the service's to check.
 */
export { emptyBody };

/** A contract text field, trimmed and required. */
const required = nonBlank;
/** A contract text field, trimmed, may be left out. */
const optional = (field: z.ZodString) => field.trim().optional();

const register = C.RegisterEvidence.shape;
const officerId = C.RecordCustodyTransfer.shape.toOfficerId;
const sha256Hex = z.string().regex(SHA256_HEX, 'expected a lower-case hex SHA-256 (64 characters)');

// The service's own id pattern (a looser one would let schema-valid ids fail there: 400 the document did not announce).
export const evidenceIdParam = z.string().regex(EVIDENCE_ID, 'expected evidence-<uuid>');
export const evidenceParams = z.object({ id: evidenceIdParam });
export const dossierParams = z.object({ operationId: z.string().regex(OPERATION_ID, 'expected operation-<uuid>') });

/**
 * The registration fields of an item, shared by the JSON registration below and the multipart
 * upload's registration part (content-routes.ts): everything but the content.
 */
export const registrationFields = {
  kind: register.kind.describe(EVIDENCE_KINDS.join(' | ')),
  title: required(register.title),
  description: optional(register.description),
  collectedByUnitId: unitId.optional().describe('Absent: the caller’s unit'),
  collectedByOfficerId: registryRef(optional(officerId), 'officer').describe(
    'An officer of collectedByUnitId; absent: the caller (required when collectedByUnitId is another unit)',
  ),
  collectedAt: timestamp.describe('When it was collected (RFC 3339)'),
  collectedPlace: optional(register.collectedPlace).describe('Where'),
  collectionMethod: optional(register.collectionMethod).describe('How (seizure, sampling, screenshot, …)'),
  leadId: z.string().regex(LEAD_ID, 'expected lead-<uuid>').optional(),
  operationId: z.string().regex(OPERATION_ID, 'expected operation-<uuid>').optional(),
  handling: handlingSchema,
};

/** The collector is an officer of the collecting unit (the evidence service's registerEvidence), for the run-time document. */
export const collector = officerOfUnit('collectedByUnitId', 'collectedByOfficerId');

/** Exactly one linked record: the lead or the operation the item was collected for. */
export const oneLinkedRecord = <T extends { leadId?: string; operationId?: string }>(body: T) =>
  (body.leadId === undefined) !== (body.operationId === undefined);
const oneLinkedRecordIssue = { message: 'name exactly one of leadId, operationId (the lead or operation the item belongs to)' };

export const registerEvidenceBody = z
  // Only a physical sample comes without its file (the service refuses every other kind here).
  .strictObject({ ...registrationFields, kind: z.literal('physical_sample').describe('physical_sample (other kinds: multipart upload)') })
  .refine(oneLinkedRecord, oneLinkedRecordIssue)
  .describe(
    'An item without stored content: a physical sample (the service refuses every other kind without its file). Items with a file are uploaded as multipart/form-data to the same path.',
  )
  // oneLinkedRecord, for the document.
  .meta({ id: 'RegisterEvidenceBody', oneOf: exactlyOneOf(['leadId', 'operationId']), ...collector });

const custody = C.RecordCustodyTransfer.shape;
export const custodyTransferBody = z
  .strictObject({
    toUnitId: unitId.describe('The unit that takes custody'),
    toOfficerId: registryRef(required(custody.toOfficerId), 'officer').describe('The officer who receives it'),
    fromOfficerId: registryRef(optional(custody.fromOfficerId), 'officer').describe('Absent: the caller'),
    reason: required(custody.reason),
    at: timestamp.optional().describe('When it was handed over; absent: now'),
  })
  .meta({ id: 'CustodyTransferBody' });

export const attachTestReportBody = z
  .strictObject({
    reportEvidenceId: z
      .string()
      .regex(EVIDENCE_ID, 'expected evidence-<uuid>')
      .describe('The report, itself a registered item of kind test_report for the same lead or operation'),
    note: optional(C.AttachTestReport.shape.note),
  })
  .meta({ id: 'AttachTestReportBody' });

const request = C.RequestRecognition.shape;
export const requestRecognitionBody = z
  .strictObject({
    targetUnitIds: unitIds.describe('Units that take part in the linked lead or operation'),
    purpose: request.purpose.describe(RECOGNITION_PURPOSES.join(' | ')),
    note: optional(request.note),
    namedOfficerIds: z
      .array(registryRef(request.namedOfficerIds.element, 'officer'))
      .max(NAMED_OFFICERS_MAX)
      .default([])
      .describe('RED items: at least one officer of each target unit (they may then see it); other codes name nobody'),
  })
  .meta({ id: 'RequestRecognitionBody' });

export const recogniseBody = z.strictObject({ note: optional(C.Recognise.shape.note) }).meta({ id: 'RecogniseBody' });
export const rejectRecognitionBody = z
  .strictObject({ reason: required(C.RejectRecognition.shape.reason) })
  .meta({ id: 'RejectRecognitionBody' });
const conditional = C.RecogniseWithConditions.shape;
export const recogniseWithConditionsBody = z
  .strictObject({
    conditions: z.array(required(conditional.conditions.element)).min(1, 'name at least one condition').max(L.conditions),
    note: optional(conditional.note),
  })
  .meta({ id: 'RecogniseWithConditionsBody' });
export const revokeRecognitionBody = z
  .strictObject({ reason: required(C.RevokeRecognition.shape.reason) })
  .meta({ id: 'RevokeRecognitionBody' });
export const courtUseConsentBody = z
  .strictObject({
    unitIds: unitIds.describe('The units that may use the item in court'),
    note: optional(C.RecordCourtUseConsent.shape.note),
  })
  .meta({ id: 'CourtUseConsentBody' });
export const verifyIntegrityBody = z
  .strictObject({ sha256: sha256Hex.describe('SHA-256 of the bytes the caller holds') })
  .meta({ id: 'VerifyIntegrityBody' });

// ---- queries ----

export const listEvidenceQuery = z.strictObject({
  kind: z.enum(EVIDENCE_KINDS).optional(),
  leadId: z.string().regex(LEAD_ID, 'expected lead-<uuid>').optional(),
  operationId: z.string().regex(OPERATION_ID, 'expected operation-<uuid>').optional(),
  cursor,
  limit,
});
export const pageQuery = z.strictObject({ cursor, limit });

// ---- responses (documentation; the service's answers pass through) ----

export const evidenceCommandResultSchema = z
  .object({
    evidenceId: z.string(),
    version: z.number().int().describe('Stream version after the command; also the ETag'),
    status: z.string(),
    requestId: z.string().optional().describe('RequestRecognition only: the new request'),
    integrity: z.enum(['verified', 'mismatch']).optional().describe('VerifyIntegrity only'),
  })
  .meta({ id: 'EvidenceCommandResult' });

const decisionSchema = z
  .looseObject({
    unitId: z.string(),
    status: z.enum(RECOGNITION_DECISION_STATUSES),
    conditions: z.array(z.string()),
    reason: z.string(),
    note: z.string(),
    officerId: z.string(),
    decidedAt: z.string(),
    statusBeforeRevocation: z.string(),
    revokeReason: z.string(),
    revokedAt: z.string(),
  })
  .meta({ id: 'RecognitionDecision' });

export const evidenceDetailSchema = z
  .looseObject({
    evidenceId: z.string(),
    version: z.number().int(),
    status: z.string(),
    kind: z.string(),
    title: z.string(),
    sha256: z.string(),
    size: z.number(),
    mediaType: z.string(),
    ownerUnitId: z.string().describe('The registering unit (originator)'),
    leadId: z.string(),
    operationId: z.string(),
    handling: z.record(z.string(), z.unknown()),
    custodianUnitId: z.string(),
    custody: z.array(z.record(z.string(), z.unknown())),
    recognitionRequests: z.array(
      z.looseObject({ requestId: z.string(), purpose: z.string(), requestedByUnitId: z.string(), decisions: z.array(decisionSchema) }),
    ),
    testReportIds: z.array(z.string()),
    testedEvidenceIds: z.array(z.string()),
    integrity: z.looseObject({ status: z.enum(INTEGRITY_STATUSES) }).nullable(),
    courtUseConsent: z.record(z.string(), z.unknown()).nullable(),
    history: z.array(z.record(z.string(), z.unknown())),
  })
  .meta({ id: 'EvidenceDetail' });

export const evidenceSummarySchema = z
  .looseObject({
    evidenceId: z.string(),
    version: z.number().int(),
    kind: z.string(),
    title: z.string(),
    ownerUnitId: z.string(),
    handlingCode: z.string(),
    leadId: z.string(),
    operationId: z.string(),
    custodianUnitId: z.string(),
    integrityStatus: z.string(),
    pendingDecisions: z.number().int(),
    registeredAt: z.string(),
    sha256: z.string(),
  })
  .meta({ id: 'EvidenceSummary' });

export const recognitionRequestItemSchema = z
  .looseObject({
    evidenceId: z.string(),
    requestId: z.string(),
    title: z.string(),
    kind: z.string(),
    purpose: z.string(),
    ownerUnitId: z.string(),
    requestedByUnitId: z.string(),
    requestedAt: z.string(),
    handlingCode: z.string(),
  })
  .meta({ id: 'RecognitionRequestItem' });

export const evidencePageSchema = pageOfSchema('EvidencePage', evidenceSummarySchema);
export const recognitionRequestPageSchema = pageOfSchema('RecognitionRequestPage', recognitionRequestItemSchema);

export const timelineSchema = z
  .object({
    evidenceId: z.string(),
    entries: z.array(
      z.looseObject({
        version: z.number().int(),
        category: z.string().describe('custody | recognition | integrity | registration | test_report | consent'),
        type: z.string(),
        at: z.string(),
        unitId: z.string(),
        officerId: z.string(),
        summary: z.string(),
      }),
    ),
  })
  .meta({ id: 'EvidenceTimeline' });

export const dossierSchema = z
  .object({
    operationId: z.string(),
    concludedAt: z.string(),
    items: z.array(
      z.looseObject({
        evidenceId: z.string().describe('empty when pointerOnly (so are title and sha256)'),
        title: z.string(),
        kind: z.string(),
        sha256: z.string(),
        ownerUnitId: z.string().describe('Whom to call: always given'),
        handlingCode: z.string(),
        pointerOnly: z.boolean(),
        recognitions: z.array(
          z.looseObject({
            requestId: z.string(),
            purpose: z.string(),
            unitId: z.string(),
            status: z.string(),
            conditions: z.array(z.string()),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'EvidenceDossier' });

export const certificateSchema = z
  .object({
    certificate: z
      .record(z.string(), z.unknown())
      .describe('The signed payload: item, content hash, chain head, custody, every unit’s decision'),
    jws: z
      .string()
      .describe(
        'Compact JWS (EdDSA, Ed25519) whose payload is the canonical JSON of `certificate`; verify with GET /api/v1/evidence/certificate-keys',
      ),
    keyId: z.string(),
  })
  .meta({ id: 'RecognitionCertificate' });

export const jwksSchema = z
  .object({ keys: z.array(z.record(z.string(), z.unknown())) })
  .describe('JWKS (RFC 7517)')
  .meta({ id: 'CertificateKeys' });
