import type { AccountabilityRow, EventEnvelope } from '@liaison/contracts';
import {
  type ApplyOutcome,
  type DerivedRowSet,
  type EventStore,
  MongoProjection,
  type ProjectedDocument,
  type RebuildOptions,
  type RebuildProgress,
  type RebuildResult,
} from '@liaison/platform';
import type { Collection } from 'mongodb';
import type { Connection } from 'mongoose';
import { accountabilityRows } from './accountability';
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
  _id: string; // <leadId>:<kind>:<unitId>[:<taskId>]
  _v: number;
  kind: string;
  unitId: string;
  dueAt: string;
  resolved: boolean;
  breached: boolean;
  detectedAt: string;
  title: string;
  rule?: string;
  /** A co-handling task's deadline is the task's own. */
  taskId?: string;
}

export interface SubjectRow extends RowAccess {
  _id: string; // <leadId>:credit | <leadId>:name
  _v: number;
  /** `credit:<code>` or `name:<normalised name>|<normalised address>` */
  key: string;
  postedAt: string;
}

const access = (v: ProjectedDocument<LeadView>): RowAccess => ({
  leadId: v.leadId,
  ownerUnitId: v.ownerUnitId,
  postedByOfficerId: v.postedByOfficerId,
  participantUnitIds: v.participantUnitIds,
  handlingCode: v.handlingCode,
  namedOfficerIds: v.namedOfficerIds,
});

export function inboxRows(v: ProjectedDocument<LeadView>): InboxRow[] {
  return v.recipients.map((r) => ({
    ...access(v),
    _id: `${v.leadId}:${r.unitId}`,
    _v: v._v,
    unitId: r.unitId,
    myStatus: r.status,
    acknowledgeDueAt: r.acknowledgeDueAt,
    sharedAt: r.sharedAt,
    overdue: r.overdue,
    status: v.status,
    title: v.title,
    category: v.category,
    jurisdiction: v.jurisdiction,
    priority: v.priority,
    postedAt: v.postedAt,
    updatedAt: v.updatedAt,
  }));
}

export function deadlineRows(v: ProjectedDocument<LeadView>): DeadlineRow[] {
  return v.deadlines.map((d) => ({
    ...access(v),
    _id: `${v.leadId}:${d.kind}:${d.unitId}${d.taskId ? `:${d.taskId}` : ''}${d.round ? `#${d.round}` : ''}`,
    _v: v._v,
    ...d,
    title: v.title,
  }));
}

export function subjectRows(v: ProjectedDocument<LeadView>): SubjectRow[] {
  const rows: SubjectRow[] = [];
  if (v.creditCode) rows.push({ ...access(v), _id: `${v.leadId}:credit`, _v: v._v, key: `credit:${v.creditCode}`, postedAt: v.postedAt });
  if (v.subjectNameAddressKey)
    rows.push({ ...access(v), _id: `${v.leadId}:name`, _v: v._v, key: `name:${v.subjectNameAddressKey}`, postedAt: v.postedAt });
  return rows;
}

/**
 * The leads read model: `lead_details` (one document per lead, a MongoProjection) and rows
 * derived from it, one per (lead, unit) or (lead, deadline): `lead_inbox`, `lead_deadlines`,
 * `lead_subjects`. Rows are recomputed from the folded details document after every event
 * (so they inherit its gap-filling and ordering) and written only over an older `_v`, so
 * redelivery, replays and two consumers converge. Rows are never deleted: nothing a lead
 * gains (a recipient, a deadline, a subject key) is ever taken away. All four collections
 * switch generation together on a rebuild; the fields below always resolve to the live one.
 */
/** The rows derived from every lead document: inbox rows per recipient, deadlines, subject keys. */
export const LEAD_ROW_SETS: DerivedRowSet<LeadView>[] = [
  { collection: 'lead_inbox', rows: inboxRows },
  { collection: 'lead_deadlines', rows: deadlineRows },
  { collection: 'lead_subjects', rows: subjectRows },
  { collection: 'lead_accountability', rows: accountabilityRows },
];

export class LeadReadModel {
  readonly name = 'lead_read_model';
  readonly details: MongoProjection<LeadView>;

  constructor(connection: Connection, store: Pick<EventStore, 'readStream'>) {
    this.details = new MongoProjection(connection, leadDetailsProjection, store, {
      rows: LEAD_ROW_SETS,
      // Indexes for the list queries (MongoDB uses them; FerretDB on PostgreSQL accepts them).
      indexes: [
        { collection: leadDetailsProjection.name, key: { ownerUnitId: 1, postedAt: -1 } },
        { collection: 'lead_inbox', key: { unitId: 1, sharedAt: -1 } },
        { collection: 'lead_deadlines', key: { resolved: 1, breached: 1 } },
        { collection: 'lead_deadlines', key: { breached: 1, unitId: 1 } },
        { collection: 'lead_subjects', key: { key: 1 } },
        { collection: 'lead_accountability', key: { unitId: 1, detectedAt: -1 } },
      ],
    });
  }

  get inbox(): Collection<InboxRow> {
    return this.details.rowCollection<InboxRow>('lead_inbox');
  }

  get deadlines(): Collection<DeadlineRow> {
    return this.details.rowCollection<DeadlineRow>('lead_deadlines');
  }

  /** The accountability register (ADR 0013): one row per breach. */
  get accountability(): Collection<AccountabilityRow> {
    return this.details.rowCollection<AccountabilityRow>('lead_accountability');
  }

  get subjects(): Collection<SubjectRow> {
    return this.details.rowCollection<SubjectRow>('lead_subjects');
  }

  /** Finds the live generation and creates its indexes (an optimisation only: a failure is reported and the service runs on). */
  async init(onError: (error: unknown) => void = () => undefined): Promise<void> {
    await this.details.init(onError);
  }

  apply(event: EventEnvelope): Promise<ApplyOutcome> {
    return this.details.apply(event);
  }

  /** A fetched Kafka batch at once: one read and one write per lead document (the service host's fast path, ADR 0006). */
  applyBatch(events: EventEnvelope[]): Promise<ApplyOutcome[]> {
    return this.details.applyBatch(events);
  }

  /** Live-safe: builds a shadow generation beside the live one, then switches (see MongoProjection.rebuild). */
  rebuild(
    source: AsyncIterable<EventEnvelope[]>,
    onProgress?: (progress: RebuildProgress) => void,
    options?: RebuildOptions,
  ): Promise<RebuildResult> {
    return this.details.rebuild(source, onProgress, options);
  }
}
