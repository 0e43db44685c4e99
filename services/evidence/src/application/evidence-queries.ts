import {
  type Actor,
  type EvidenceAccess,
  evidenceRecordAccess,
  linkDisclosure,
  OPERATION_ID,
  operationRecordAccess,
  visibility,
} from '@liaison/contracts';
import { type EventStore, ForbiddenError, NotFoundError, type Page, type PageRequest, pagedFind, ValidationError } from '@liaison/platform';
import { certificateOf, signCertificate } from '../certificate/certificate';
import { certificatePdf } from '../certificate/pdf';
import { type CertificateKey, jwksOf } from '../certificate/signing-key';
import { type EvidenceView, evolveEvidenceView } from '../projections/evidence-view';
import type { EvidenceReadModel, PendingRecognitionRow, UnitItemRow } from '../projections/read-model';
import { EVIDENCE_ID } from './ids';
import type { ChainVerifier } from './linked-records';

const seen = (access: EvidenceAccess, actor: Actor) => visibility(evidenceRecordAccess(access), actor);
const visible = (actor: Actor) => (row: { access: EvidenceAccess }) => seen(row.access, actor) === 'visible';

export interface DossierItem {
  evidenceId: string;
  title: string;
  kind: string;
  sha256: string;
  ownerUnitId: string;
  handlingCode: string;
  pointerOnly: boolean;
  recognitions: { requestId: string; purpose: string; unitId: string; status: string; conditions: string[] }[];
}

export interface Certificate {
  json: string;
  jws: string;
  pdf: Buffer;
  keyId: string;
}

/**
 * Reads. GetEvidence, the timeline and the certificate fold the item from the store
 * (read-your-writes); lists, counts and dossiers come from the projections by top-level
 * equality, then filtered for the caller by the item's parties and handling (contracts'
 * `visibility`; an item the caller may not see is NOT_FOUND when strict, PERMISSION_DENIED
 * otherwise, and is neither listed nor counted).
 */
export class EvidenceQueries {
  constructor(
    private readonly store: EventStore,
    private readonly readModel: EvidenceReadModel,
    private readonly chain: ChainVerifier,
    private readonly certificateKey: CertificateKey,
    private readonly fontFile: string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async get(evidenceId: string, actor: Actor): Promise<EvidenceView> {
    if (!EVIDENCE_ID.test(evidenceId)) throw ValidationError.field('evidence_id', 'expected evidence-<uuid>');
    const events = await this.store.readStream(evidenceId);
    const view = events.reduce<EvidenceView | null>(evolveEvidenceView, null);
    if (!view) throw new NotFoundError('evidence', evidenceId);
    const access = seen(view.access, actor);
    if (access === 'hidden') throw new NotFoundError('evidence', evidenceId);
    if (access === 'forbidden') throw new ForbiddenError(`unit ${actor.unitId} may not see evidence ${evidenceId}`);
    return view;
  }

  /** GetEvidence: the item and, for a report, the items it was attached to. */
  async detail(evidenceId: string, actor: Actor): Promise<EvidenceView & { testedEvidenceIds: string[] }> {
    const view = await this.get(evidenceId, actor);
    return { ...view, testedEvidenceIds: view.kind === 'test_report' ? await this.readModel.testedBy(evidenceId) : [] };
  }

  /** Items my unit registered or holds now, newest first. */
  async mine(
    actor: Actor,
    filter: { kind: string; leadId: string; operationId: string },
    page: PageRequest | undefined,
  ): Promise<Page<UnitItemRow>> {
    const query: Record<string, unknown> = { unitId: actor.unitId, current: true };
    if (filter.kind) query.kind = filter.kind;
    if (filter.leadId) query.leadId = filter.leadId;
    if (filter.operationId) query.operationId = filter.operationId;
    return pagedFind(this.readModel.unitItems, query, 'registeredAt', page, visible(actor));
  }

  /** Requests still awaiting my unit's answer, newest first. */
  async awaiting(actor: Actor, page: PageRequest | undefined): Promise<Page<PendingRecognitionRow>> {
    return pagedFind(this.readModel.pendingRecognitions, { unitId: actor.unitId, pending: true }, 'requestedAt', page, visible(actor));
  }

  /**
   * The dossier of a concluded operation: for whoever may see the operation, its items, each in
   * full when the reader may see it, as a pointer (owner unit, handling code) where the shared
   * link rule says so (linkDisclosure: the operation's lead unit learns that a strict item exists
   * and whom to ask), and not at all otherwise.
   */
  async dossier(operationId: string, actor: Actor): Promise<{ operationId: string; concludedAt: string; items: DossierItem[] }> {
    if (!OPERATION_ID.test(operationId)) throw ValidationError.field('operation_id', 'expected operation-<uuid>');
    const operation = await this.readModel.operations.findOne({ _id: operationId });
    if (!operation) throw new NotFoundError('dossier', operationId);
    const access = operationRecordAccess(operation);
    const opSeen = visibility(access, actor);
    if (opSeen === 'hidden') throw new NotFoundError('dossier', operationId);
    if (opSeen === 'forbidden') throw new ForbiddenError(`unit ${actor.unitId} may not see operation ${operationId}`);
    if (!operation.concludedAt) throw new NotFoundError('dossier', operationId);
    const items = (await this.readModel.linkedTo(operationId)).sort((a, b) => a.registeredAt.localeCompare(b.registeredAt));
    const out: DossierItem[] = [];
    for (const item of items) {
      const itemAccess = evidenceRecordAccess(item.access);
      // Visible items in full; otherwise the shared link rule (a pointer for the operation's or the item's owner, nothing for others).
      const disclosure = visibility(itemAccess, actor) === 'visible' ? 'full' : linkDisclosure(access, itemAccess, actor);
      if (disclosure === 'none') continue;
      const full = disclosure === 'full';
      out.push({
        evidenceId: full ? item.evidenceId : '',
        title: full ? item.title : '',
        kind: item.kind,
        sha256: full ? item.sha256 : '',
        ownerUnitId: item.ownerUnitId,
        handlingCode: item.handlingCode,
        pointerOnly: !full,
        recognitions: full
          ? item.recognitionRequests.flatMap((r) =>
              r.decisions.map((d) => ({
                requestId: r.requestId,
                purpose: r.purpose,
                unitId: d.unitId,
                status: d.status,
                conditions: d.conditions,
              })),
            )
          : [],
      });
    }
    return { operationId, concludedAt: operation.concludedAt, items: out };
  }

  /** Evidence counts per linked lead or operation: only items the caller may see count. */
  async counts(recordIds: string[], actor: Actor): Promise<{ recordId: string; count: number }[]> {
    if (recordIds.length > 200) throw ValidationError.field('record_ids', 'at most 200 records per call');
    const unique = [...new Set(recordIds)];
    return Promise.all(
      unique.map(async (recordId) => ({
        recordId,
        count: (await this.readModel.linkedTo(recordId)).filter(visible(actor)).length,
      })),
    );
  }

  /** The signed certificate of an item the caller may see: JSON, compact JWS over it, and its print. */
  async certificate(evidenceId: string, actor: Actor): Promise<Certificate> {
    const view = await this.get(evidenceId, actor);
    const chain = await this.chain.verify(evidenceId);
    const certificate = certificateOf(
      view,
      { head: chain.head, headVersion: chain.headVersion, intact: chain.intact },
      this.clock().toISOString(),
    );
    const { json, jws } = await signCertificate(certificate, this.certificateKey);
    const pdf = await certificatePdf(certificate, { fontFile: this.fontFile, keyId: this.certificateKey.kid });
    return { json, jws, pdf, keyId: this.certificateKey.kid };
  }

  keys(): string {
    return JSON.stringify(jwksOf([this.certificateKey]));
  }
}
