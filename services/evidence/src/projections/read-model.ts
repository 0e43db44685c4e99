import type { EventEnvelope, EvidenceAccess, OperationAccessRecord } from '@liaison/contracts';
import {
  type ApplyOutcome,
  ensureIndexes,
  type EventStore,
  MongoProjection,
  type ProjectedDocument,
  type ProjectionDefinition,
} from '@liaison/platform';
import type { Collection } from 'mongodb';
import type { Connection } from 'mongoose';
import { type EvidenceView, evolveEvidenceView, pendingDecisions } from './evidence-view';

/** "Items of my unit": one row per item and unit that registered it or holds it now (`current` false once custody moved on). */
export interface UnitItemRow {
  _id: string; // <evidenceId>:<unitId>
  _v: number;
  unitId: string;
  current: boolean;
  evidenceId: string;
  kind: string;
  title: string;
  sha256: string;
  ownerUnitId: string;
  handlingCode: string;
  leadId: string;
  operationId: string;
  custodianUnitId: string;
  integrityStatus: string;
  pendingDecisions: number;
  registeredAt: string;
  updatedAt: string;
  access: EvidenceAccess;
}

/** "Recognition requests awaiting my unit": one row per (item, request, target unit), `pending` until the unit answered. */
export interface PendingRecognitionRow {
  _id: string; // <evidenceId>:<requestId>:<unitId>
  _v: number;
  unitId: string;
  pending: boolean;
  evidenceId: string;
  requestId: string;
  title: string;
  kind: string;
  purpose: string;
  ownerUnitId: string;
  requestedByUnitId: string;
  requestedAt: string;
  handlingCode: string;
  access: EvidenceAccess;
}

/** An operation as the evidence service follows it from the operations topic: its access and when it concluded (dossiers). */
export interface OperationRow extends OperationAccessRecord {
  _id: string; // the operation id
  _v: number;
  concludedAt: string;
}

const definition: ProjectionDefinition<EvidenceView> = {
  name: 'evidence_items',
  streamPrefix: 'evidence-',
  evolve: (current, event) => {
    const next = evolveEvidenceView(current, event);
    if (!next) throw new Error(`evidence stream ${event.streamId} does not start with EvidenceRegistered (${event.type})`);
    return next;
  },
};

export function unitItemRows(v: ProjectedDocument<EvidenceView>): UnitItemRow[] {
  const base = {
    _v: v._v,
    evidenceId: v.evidenceId,
    kind: v.kind,
    title: v.title,
    sha256: v.sha256,
    ownerUnitId: v.ownerUnitId,
    handlingCode: v.handlingCode,
    leadId: v.leadId,
    operationId: v.operationId,
    custodianUnitId: v.custodianUnitId,
    integrityStatus: v.integrity.status,
    pendingDecisions: pendingDecisions(v),
    registeredAt: v.registeredAt,
    updatedAt: v.updatedAt,
    access: v.access,
  };
  const units = [...new Set([v.ownerUnitId, ...v.access.custodyUnitIds])];
  return units.map((unitId) => ({
    ...base,
    _id: `${v.evidenceId}:${unitId}`,
    unitId,
    current: unitId === v.ownerUnitId || unitId === v.custodianUnitId,
  }));
}

export function pendingRecognitionRows(v: ProjectedDocument<EvidenceView>): PendingRecognitionRow[] {
  return v.recognitionRequests.flatMap((r) =>
    r.decisions.map((d) => ({
      _id: `${v.evidenceId}:${r.requestId}:${d.unitId}`,
      _v: v._v,
      unitId: d.unitId,
      pending: d.status === 'pending',
      evidenceId: v.evidenceId,
      requestId: r.requestId,
      title: v.title,
      kind: v.kind,
      purpose: r.purpose,
      ownerUnitId: v.ownerUnitId,
      requestedByUnitId: r.requestedByUnitId,
      requestedAt: r.requestedAt,
      handlingCode: v.handlingCode,
      access: v.access,
    })),
  );
}

/**
 * The evidence read model: `evidence_items` (one document per item, a MongoProjection of this
 * context's topic) with rows derived after every event — `evidence_unit_items` (items of a
 * unit) and `evidence_pending_recognitions` (requests awaiting a unit). Counts per linked record
 * and dossiers read `evidence_items` by `linkedRecordId` (top-level equality). `evidence_operations`
 * is fed from the operations topic by the operations-follower reaction: each operation's access
 * and conclusion, so a dossier exists once the operation concluded and only for who may see it.
 */
export class EvidenceReadModel {
  readonly name = 'evidence_read_model';
  readonly items: MongoProjection<EvidenceView>;
  readonly operations: Collection<OperationRow>;

  constructor(connection: Connection, store: Pick<EventStore, 'readStream'>) {
    this.items = new MongoProjection(connection, definition, store, {
      rows: [
        { collection: 'evidence_unit_items', rows: unitItemRows },
        { collection: 'evidence_pending_recognitions', rows: pendingRecognitionRows },
      ],
      indexes: [
        { collection: 'evidence_items', key: { linkedRecordId: 1 } },
        { collection: 'evidence_unit_items', key: { unitId: 1, current: 1, registeredAt: -1 } },
        { collection: 'evidence_pending_recognitions', key: { unitId: 1, pending: 1, requestedAt: -1 } },
      ],
    });
    this.operations = connection.db!.collection<OperationRow>('evidence_operations');
  }

  get unitItems(): Collection<UnitItemRow> {
    return this.items.rowCollection<UnitItemRow>('evidence_unit_items');
  }

  get pendingRecognitions(): Collection<PendingRecognitionRow> {
    return this.items.rowCollection<PendingRecognitionRow>('evidence_pending_recognitions');
  }

  /** Items linked to a lead or operation (any visibility: callers filter). */
  async linkedTo(recordId: string): Promise<ProjectedDocument<EvidenceView>[]> {
    return this.items.collection.find({ linkedRecordId: recordId } as never).toArray() as Promise<ProjectedDocument<EvidenceView>[]>;
  }

  /** The items a report was attached to (array membership: not pushed down by FerretDB v1, but reports are attached to few items). */
  async testedBy(reportEvidenceId: string): Promise<string[]> {
    const rows = await this.items.collection.find({ testReportIds: reportEvidenceId } as never, { projection: { _id: 1 } }).toArray();
    return rows.map((r) => r._id);
  }

  async init(): Promise<void> {
    await this.items.init();
    await ensureIndexes([{ collection: this.operations, key: { status: 1 } }]);
  }

  apply(event: EventEnvelope): Promise<ApplyOutcome> {
    return this.items.apply(event);
  }

  applyBatch(events: EventEnvelope[]): Promise<ApplyOutcome[]> {
    return this.items.applyBatch(events);
  }
}
