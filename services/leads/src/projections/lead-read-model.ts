import type { EventEnvelope } from '@liaison/contracts';
import { type EventStore, MongoProjection, type ProjectedDocument, type RebuildProgress, upsertNewer } from '@liaison/platform';
import type { Collection, Document } from 'mongodb';
import type { Connection } from 'mongoose';
import { leadDetailsProjection, type LeadView } from './lead-view';

/** Access fields every row carries, so list queries can filter by visibility without a join. */
export interface RowAccess {
  leadId: string;
  ownerUnitId: string;
  postedByOfficerId: string;
  participantUnitIds: string[];
  handlingCode: string;
  namedOfficerIds: string[];
}

export interface InboxRow extends RowAccess {
  _id: string; // <leadId>:<unitId>
  _v: number;
  unitId: string;
  myStatus: string;
  acknowledgeDueAt: string;
  sharedAt: string;
  overdue: boolean;
  status: string;
  title: string;
  category: string;
  jurisdiction: string;
  priority: string;
  postedAt: string;
  updatedAt: string;
}

export interface DeadlineRow extends RowAccess {
  _id: string; // <leadId>:<kind>:<unitId>
  _v: number;
  kind: string;
  unitId: string;
  dueAt: string;
  resolved: boolean;
  breached: boolean;
  detectedAt: string;
  title: string;
}

export interface SubjectRow extends RowAccess {
  _id: string; // <leadId>:credit | <leadId>:name
  _v: number;
  /** `credit:<code>` or `name:<normalised name>|<normalised address>` */
  key: string;
  postedAt: string;
}

const access = (v: ProjectedDocument<LeadView>): RowAccess => ({
  leadId: v.leadId, ownerUnitId: v.ownerUnitId, postedByOfficerId: v.postedByOfficerId, participantUnitIds: v.participantUnitIds,
  handlingCode: v.handlingCode, namedOfficerIds: v.namedOfficerIds,
});

export function inboxRows(v: ProjectedDocument<LeadView>): InboxRow[] {
  return v.recipients.map((r) => ({
    ...access(v), _id: `${v.leadId}:${r.unitId}`, _v: v._v, unitId: r.unitId, myStatus: r.status, acknowledgeDueAt: r.acknowledgeDueAt,
    sharedAt: r.sharedAt, overdue: r.overdue, status: v.status, title: v.title, category: v.category, jurisdiction: v.jurisdiction,
    priority: v.priority, postedAt: v.postedAt, updatedAt: v.updatedAt,
  }));
}

export function deadlineRows(v: ProjectedDocument<LeadView>): DeadlineRow[] {
  return v.deadlines.map((d) => ({ ...access(v), _id: `${v.leadId}:${d.kind}:${d.unitId}`, _v: v._v, ...d, title: v.title }));
}

export function subjectRows(v: ProjectedDocument<LeadView>): SubjectRow[] {
  const rows: SubjectRow[] = [];
  if (v.creditCode) rows.push({ ...access(v), _id: `${v.leadId}:credit`, _v: v._v, key: `credit:${v.creditCode}`, postedAt: v.postedAt });
  if (v.subjectNameAddressKey) rows.push({ ...access(v), _id: `${v.leadId}:name`, _v: v._v, key: `name:${v.subjectNameAddressKey}`, postedAt: v.postedAt });
  return rows;
}

/**
 * The leads read model: `lead_details` (one document per lead, a MongoProjection) and rows
 * derived from it, one per (lead, unit) or (lead, deadline): `lead_inbox`, `lead_deadlines`,
 * `lead_subjects`. Rows are recomputed from the folded details document after every event
 * (so they inherit its gap-filling and ordering) and written only over an older `_v`, so
 * redelivery, replays and two consumers converge. Rows are never deleted: nothing a lead
 * gains (a recipient, a deadline, a subject key) is ever taken away.
 */
export class LeadReadModel {
  readonly name = 'lead_read_model';
  readonly details: MongoProjection<LeadView>;
  readonly inbox: Collection<InboxRow>;
  readonly deadlines: Collection<DeadlineRow>;
  readonly subjects: Collection<SubjectRow>;

  constructor(connection: Connection, store: Pick<EventStore, 'readStream'>) {
    this.details = new MongoProjection(connection, leadDetailsProjection, store);
    const db = connection.db!;
    this.inbox = db.collection<InboxRow>('lead_inbox');
    this.deadlines = db.collection<DeadlineRow>('lead_deadlines');
    this.subjects = db.collection<SubjectRow>('lead_subjects');
  }

  /**
   * Indexes for the list queries (MongoDB uses them; FerretDB on PostgreSQL accepts them).
   * Created one at a time: FerretDB mishandles concurrent DDL on one database. An optimisation
   * only, so a failure is reported and the service runs on.
   */
  async init(onError: (error: unknown) => void = () => undefined): Promise<void> {
    const specs: [Collection<Document>, Record<string, 1 | -1>][] = [
      [this.details.collection as unknown as Collection<Document>, { ownerUnitId: 1, postedAt: -1 }],
      [this.inbox as unknown as Collection<Document>, { unitId: 1, sharedAt: -1 }],
      [this.deadlines as unknown as Collection<Document>, { resolved: 1, breached: 1 }],
      [this.deadlines as unknown as Collection<Document>, { breached: 1, unitId: 1 }],
      [this.subjects as unknown as Collection<Document>, { key: 1 }],
    ];
    for (const [collection, key] of specs) {
      try {
        await collection.createIndex(key);
      } catch (error) {
        onError(error);
      }
    }
  }

  async apply(event: EventEnvelope): Promise<'applied' | 'already-applied' | 'ignored' | 'gap-filled'> {
    const outcome = await this.details.apply(event);
    if (outcome === 'ignored') return outcome;
    // Also on 'already-applied': a crash between the details write and the rows is repaired here.
    const doc = await this.details.get(event.streamId);
    if (doc) await this.syncRows(doc);
    return outcome;
  }

  /**
   * Rebuilds the details from an ordered source (the store's scan, or Kafka from offset 0), then
   * every derived row from the rebuilt details. Safe beside a live consumer: all writes are
   * `_v`-guarded.
   */
  async rebuild(source: AsyncIterable<EventEnvelope[]>, onProgress?: (progress: RebuildProgress) => void): Promise<RebuildProgress> {
    const progress = await this.details.rebuild(source, onProgress);
    await Promise.all([this.inbox.deleteMany({}), this.deadlines.deleteMany({}), this.subjects.deleteMany({})]);
    for await (const doc of this.details.collection.find({})) await this.syncRows(doc as ProjectedDocument<LeadView>);
    return progress;
  }

  async syncRows(doc: ProjectedDocument<LeadView>): Promise<void> {
    await Promise.all([upsertNewer(this.inbox, inboxRows(doc)), upsertNewer(this.deadlines, deadlineRows(doc)), upsertNewer(this.subjects, subjectRows(doc))]);
  }
}
