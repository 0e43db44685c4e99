import { type EvidenceKind, protoFile, type proto, type RecognitionPurpose, type TlpCode } from '@liaison/contracts';
import {
  type CallContext,
  type ClientStreamingHandlerOf,
  commandContextOf,
  loadServiceDefinition,
  type RequestOf,
  type ServerStreamingHandlerOf,
  type ServiceHandlers,
  type ServiceRegistration,
} from '@liaison/platform';
import type { CommandInput, EvidenceCommands, RegisterEvidenceInput } from '../application/evidence-commands';
import type { EvidenceQueries } from '../application/evidence-queries';
import type { EvidenceView } from '../projections/evidence-view';
import type { PendingRecognitionRow, UnitItemRow } from '../projections/read-model';

export const evidenceServiceDefinition = () => loadServiceDefinition(protoFile('evidence'), 'liaison.v1.EvidenceService');

type Evidence = proto.EvidenceServiceDefinition;
type Streaming = 'UploadEvidence' | 'DownloadEvidenceContent';
type Ref = { commandId: string; evidenceId: string; ifMatchVersion: number };

/** RegisterEvidence's request as a command input: the unary rpc and UploadEvidence's first message map the same way. */
export const registrationInput = (r: proto.RegisterEvidenceRequest__Output): RegisterEvidenceInput => ({
  type: 'RegisterEvidence',
  kind: r.kind as EvidenceKind,
  title: r.title,
  description: r.description,
  sha256: r.sha256.trim().toLowerCase(),
  size: Number(r.size),
  mediaType: r.mediaType,
  fileName: r.fileName,
  storageRef: r.storageRef,
  collectedByUnitId: r.collectedByUnitId,
  collectedByOfficerId: r.collectedByOfficerId,
  collectedAt: r.collectedAt,
  collectedPlace: r.collectedPlace,
  collectionMethod: r.collectionMethod,
  leadId: r.leadId,
  operationId: r.operationId,
  handling: {
    code: (r.handling?.code ?? '') as TlpCode,
    noCourtUseWithoutConsent: r.handling?.noCourtUseWithoutConsent ?? false,
    noOnwardSharingWithoutConsent: r.handling?.noOnwardSharingWithoutConsent ?? false,
    namedOfficerIds: r.handling?.namedOfficerIds ?? [],
  },
});

const detail = (v: EvidenceView & { testedEvidenceIds: string[] }): proto.EvidenceDetail => ({
  evidenceId: v.evidenceId,
  version: v.version,
  status: v.status,
  kind: v.kind,
  title: v.title,
  description: v.description,
  sha256: v.sha256,
  size: v.size,
  mediaType: v.mediaType,
  fileName: v.fileName,
  storageRef: v.storageRef,
  ownerUnitId: v.ownerUnitId,
  registeredByOfficerId: v.registeredByOfficerId,
  registeredAt: v.registeredAt,
  collectedByUnitId: v.collectedByUnitId,
  collectedByOfficerId: v.collectedByOfficerId,
  collectedAt: v.collectedAt,
  collectedPlace: v.collectedPlace,
  collectionMethod: v.collectionMethod,
  leadId: v.leadId,
  operationId: v.operationId,
  handling: v.handling,
  custodianUnitId: v.custodianUnitId,
  custodianOfficerId: v.custodianOfficerId,
  custody: v.custody,
  recognitionRequests: v.recognitionRequests,
  testReportIds: v.testReportIds,
  testedEvidenceIds: v.testedEvidenceIds,
  integrity: v.integrity,
  courtUseConsent: {
    given: v.courtUseConsent.given,
    officerId: v.courtUseConsent.officerId,
    at: v.courtUseConsent.at,
    note: v.courtUseConsent.note,
  },
  history: v.timeline.map((t) => ({
    version: t.version,
    type: t.type,
    at: t.at,
    actor: { officerId: t.officerId, unitId: t.unitId, roles: [] },
    summary: t.summary,
  })),
  updatedAt: v.updatedAt,
});

const summary = (r: UnitItemRow): proto.EvidenceSummary => ({
  evidenceId: r.evidenceId,
  version: r._v,
  kind: r.kind,
  title: r.title,
  ownerUnitId: r.ownerUnitId,
  handlingCode: r.handlingCode,
  leadId: r.leadId,
  operationId: r.operationId,
  custodianUnitId: r.custodianUnitId,
  integrityStatus: r.integrityStatus,
  pendingDecisions: r.pendingDecisions,
  registeredAt: r.registeredAt,
  updatedAt: r.updatedAt,
  sha256: r.sha256,
});

const awaitingItem = (r: PendingRecognitionRow): proto.EvidenceRecognitionRequestItem => ({
  evidenceId: r.evidenceId,
  requestId: r.requestId,
  title: r.title,
  kind: r.kind,
  purpose: r.purpose,
  ownerUnitId: r.ownerUnitId,
  requestedByUnitId: r.requestedByUnitId,
  requestedAt: r.requestedAt,
  handlingCode: r.handlingCode,
});

/** The handlers of the two streaming rpcs (services/evidence/src/content, contentGrpcHandlers). */
export interface ContentHandlers {
  UploadEvidence: ClientStreamingHandlerOf<Evidence, 'UploadEvidence'>;
  DownloadEvidenceContent: ServerStreamingHandlerOf<Evidence, 'DownloadEvidenceContent'>;
}

/**
 * EvidenceService: every unary rpc of evidence.proto. Commands map 1:1 to domain commands
 * (command_id is required, if_match_version > 0 pins the version); queries answer from the store
 * or the read model, filtered by what the caller may see. Item ids are stream ids: `evidence-<uuid>`.
 */
export function evidenceGrpcImplementation(commands: EvidenceCommands, queries: EvidenceQueries): ServiceHandlers<Evidence, Streaming> {
  const command =
    <K extends keyof Evidence>(toInput: (request: RequestOf<Evidence, K>) => CommandInput) =>
    (request: RequestOf<Evidence, K> & Ref, ctx: CallContext) =>
      commands.execute(request.evidenceId, toInput(request), commandContextOf(request, ctx));

  return {
    RegisterEvidence: (r, ctx) => commands.register(registrationInput(r), commandContextOf(r, ctx)),
    RecordCustodyTransfer: command<'RecordCustodyTransfer'>((r) => ({
      type: 'RecordCustodyTransfer',
      fromUnitId: r.fromUnitId,
      fromOfficerId: r.fromOfficerId,
      toUnitId: r.toUnitId,
      toOfficerId: r.toOfficerId,
      reason: r.reason,
      at: r.at,
    })),
    AttachTestReport: command<'AttachTestReport'>((r) => ({
      type: 'AttachTestReport',
      reportEvidenceId: r.reportEvidenceId,
      note: r.note,
    })),
    RequestRecognition: command<'RequestRecognition'>((r) => ({
      type: 'RequestRecognition',
      targetUnitIds: r.targetUnitIds,
      purpose: r.purpose as RecognitionPurpose,
      note: r.note,
      namedOfficerIds: r.namedOfficerIds,
    })),
    Recognise: command<'Recognise'>((r) => ({ type: 'Recognise', requestId: r.requestId, note: r.note })),
    RejectRecognition: command<'RejectRecognition'>((r) => ({ type: 'RejectRecognition', requestId: r.requestId, reason: r.reason })),
    RecogniseWithConditions: command<'RecogniseWithConditions'>((r) => ({
      type: 'RecogniseWithConditions',
      requestId: r.requestId,
      conditions: r.conditions,
      note: r.note,
    })),
    RevokeRecognition: command<'RevokeRecognition'>((r) => ({ type: 'RevokeRecognition', requestId: r.requestId, reason: r.reason })),
    RecordCourtUseConsent: command<'RecordCourtUseConsent'>((r) => ({ type: 'RecordCourtUseConsent', unitIds: r.unitIds, note: r.note })),
    VerifyIntegrity: command<'VerifyIntegrity'>((r) => ({ type: 'VerifyIntegrity', sha256: r.sha256 })),

    GetEvidence: async (r, ctx) => detail(await queries.detail(r.evidenceId, ctx.actor)),
    ListEvidence: async (r, ctx) => {
      const page = await queries.mine(ctx.actor, { kind: r.kind, leadId: r.leadId, operationId: r.operationId }, r.page ?? undefined);
      return { items: page.items.map(summary), page: { nextCursor: page.nextCursor } };
    },
    ListRecognitionRequests: async (r, ctx) => {
      const page = await queries.awaiting(ctx.actor, r.page ?? undefined);
      return { requests: page.items.map(awaitingItem), page: { nextCursor: page.nextCursor } };
    },
    GetEvidenceTimeline: async (r, ctx) => {
      const view = await queries.get(r.evidenceId, ctx.actor);
      return { evidenceId: view.evidenceId, entries: view.timeline };
    },
    GetDossier: async (r, ctx) => queries.dossier(r.operationId, ctx.actor),
    CountEvidence: async (r, ctx) => ({ counts: await queries.counts(r.recordIds, ctx.actor) }),
    GetRecognitionCertificate: async (r, ctx) => queries.certificate(r.evidenceId, ctx.actor),
    GetCertificateKeys: () => ({ jwksJson: queries.keys() }),
  };
}

/** The EvidenceService registration: unary handlers plus the content rpcs' streaming handlers. */
export function evidenceService(commands: EvidenceCommands, queries: EvidenceQueries, content: ContentHandlers): ServiceRegistration {
  // The certificate keys are public: a unit fetches them (through the gateway, without a token) to verify offline.
  const { GetCertificateKeys, ...implementation } = evidenceGrpcImplementation(commands, queries);
  return {
    definition: evidenceServiceDefinition(),
    implementation: implementation as ServiceRegistration['implementation'],
    publicImplementation: { GetCertificateKeys } as ServiceRegistration['publicImplementation'],
    streamingImplementation: content as unknown as ServiceRegistration['streamingImplementation'],
  };
}
