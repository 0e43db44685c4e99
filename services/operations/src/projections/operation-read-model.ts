import type { AccountabilityRow, EventEnvelope, LeadAccessRow } from '@liaison/contracts';
import {
  type ApplyOutcome,
  ensureIndexes,
  type EventStore,
  MongoProjection,
  type ProjectedDocument,
  type RebuildOptions,
  type RebuildProgress,
  type RebuildResult,
} from '@liaison/platform';
import type { Collection } from 'mongodb';
import type { Connection } from 'mongoose';
import { cellOf, subjectKeys } from '../domain/deconfliction';
import type { TimeWindow } from '../domain/model';
import { accountabilityRows } from './accountability';
import { type ConflictView, operationDetailsProjection, type OperationView } from './operation-view';

/** Access fields every row carries, so list queries can filter by visibility without a join. */
export interface RowAccess {
  operationId: string;
  leadUnitId: string;
  proposedByOfficerId: string;
  sharedWithUnitIds: string[];
  handlingCode: string;
  namedOfficerIds: string[];
}

/** One row per (operation, unit): the lead unit and every invited unit. "My operations", invitations, calendar. */
export interface MembershipRow extends RowAccess {
  _id: string; // <operationId>:<unitId>
  _v: number;
  unitId: string;
  /** lead | invited (pending) | joined | declined */
  role: string;
  respondBy: string;
  invitedAt: string;
  overdue: boolean;
  status: string;
  title: string;
  urgency: string;
  startsAt: string;
  endsAt: string;
  openConflicts: number;
  openTasks: number;
  updatedAt: string;
}

/** One row per (operation, task): the scheduler's view of open tasks past due (read by top-level equality). */
export interface TaskRow extends RowAccess {
  _id: string; // <operationId>:<taskId>
  _v: number;
  taskId: string;
  unitId: string;
  dueAt: string;
  /** The task's: open | done. */
  taskStatus: string;
  /** TaskOverdue recorded. */
  overdue: boolean;
  /** The operation's status (a concluded or cancelled operation's tasks no longer breach). */
  status: string;
  updatedAt: string;
}

/** One row per (operation, conflict), for the lead unit's conflict list. */
export interface ConflictRow extends RowAccess, ConflictView {
  _id: string; // <operationId>:<conflictId>
  _v: number;
  ownerUnitId: string;
  operationTitle: string;
}

/** One row per (operation, target, key) of planned and launched operations. */
export interface TargetRow {
  _id: string; // <operationId>:<targetIndex>:<key>
  _v: number;
  /** `subject:credit:<code>`, `subject:name:<normalised>` or `cell:<lat>:<lon>` */
  key: string;
  operationId: string;
  targetIndex: number;
  ownerUnitId: string;
  contactOfficerId: string;
  handlingCode: string;
  title: string;
  /** Still planned or running (proposed / launched); concluded and cancelled rows stay, inactive. */
  active: boolean;
  startsAt: string;
  endsAt: string;
  latitude: number | null;
  longitude: number | null;
  matchedOn: string;
}

/** One row per (open-or-closed lead, subject key), from the leads topic. */
export interface LeadSubjectRow {
  _id: string; // <leadId>:<key>
  _v: number;
  key: string;
  leadId: string;
  ownerUnitId: string;
  contactOfficerId: string;
  handlingCode: string;
  title: string;
  open: boolean;
  matchedOn: string;
}

const access = (v: ProjectedDocument<OperationView>): RowAccess => ({
  operationId: v.operationId,
  leadUnitId: v.leadUnitId,
  proposedByOfficerId: v.proposedByOfficerId,
  sharedWithUnitIds: v.sharedWithUnitIds,
  handlingCode: v.handlingCode,
  namedOfficerIds: v.namedOfficerIds,
});

const isActive = (status: string) => status === 'proposed' || status === 'launched';

export function membershipRows(v: ProjectedDocument<OperationView>): MembershipRow[] {
  const base = {
    ...access(v),
    _v: v._v,
    status: v.status,
    title: v.title,
    urgency: v.urgency,
    startsAt: v.window.startsAt,
    endsAt: v.window.endsAt,
    openConflicts: v.conflicts.filter((c) => c.status === 'open').length,
    updatedAt: v.updatedAt,
  };
  const openTasks = (unitId: string) => v.tasks.filter((t) => t.unitId === unitId && t.status === 'open').length;
  return [
    {
      ...base,
      _id: `${v.operationId}:${v.leadUnitId}`,
      unitId: v.leadUnitId,
      role: 'lead',
      respondBy: '',
      invitedAt: '',
      overdue: false,
      openTasks: openTasks(v.leadUnitId),
    },
    ...v.invitations.map((i) => ({
      ...base,
      _id: `${v.operationId}:${i.unitId}`,
      unitId: i.unitId,
      role: i.status === 'pending' ? 'invited' : i.status,
      respondBy: i.respondBy,
      invitedAt: i.invitedAt,
      overdue: i.overdue,
      openTasks: openTasks(i.unitId),
    })),
  ];
}

export function taskRows(v: ProjectedDocument<OperationView>): TaskRow[] {
  return v.tasks.map((t) => ({
    ...access(v),
    _id: `${v.operationId}:${t.taskId}`,
    _v: v._v,
    taskId: t.taskId,
    unitId: t.unitId,
    dueAt: t.dueAt,
    taskStatus: t.status,
    overdue: t.overdue ?? false,
    status: v.status,
    updatedAt: v.updatedAt,
  }));
}

export function conflictRows(v: ProjectedDocument<OperationView>): ConflictRow[] {
  return v.conflicts.map((c) => ({
    ...access(v),
    ...c,
    _id: `${v.operationId}:${c.conflictId}`,
    _v: v._v,
    ownerUnitId: v.leadUnitId,
    operationTitle: v.title,
  }));
}

export function targetRows(
  v: Pick<OperationView, 'operationId' | 'leadUnitId' | 'proposedByOfficerId' | 'handlingCode' | 'title' | 'status' | 'targets'> & {
    window: TimeWindow;
    _v: number;
  },
): TargetRow[] {
  const rows: TargetRow[] = [];
  v.targets.forEach((t, i) => {
    const base = {
      _v: v._v,
      operationId: v.operationId,
      targetIndex: i,
      ownerUnitId: v.leadUnitId,
      contactOfficerId: v.proposedByOfficerId,
      handlingCode: v.handlingCode,
      title: v.title,
      active: isActive(v.status),
      startsAt: v.window.startsAt,
      endsAt: v.window.endsAt,
      latitude: t.place.coordinates?.latitude ?? null,
      longitude: t.place.coordinates?.longitude ?? null,
    };
    for (const k of subjectKeys(t.subject))
      rows.push({ ...base, _id: `${v.operationId}:${i}:${k.key}`, key: k.key, matchedOn: k.matchedOn });
    if (t.place.coordinates) {
      const key = cellOf(t.place.coordinates);
      rows.push({
        ...base,
        _id: `${v.operationId}:${i}:${key}`,
        key,
        matchedOn: t.place.address || `${t.place.coordinates.latitude},${t.place.coordinates.longitude}`,
      });
    }
  });
  return rows;
}

/**
 * The operations read model: `operation_details` (one document per operation, a MongoProjection)
 * and rows derived from it after every event: `operation_memberships` (my operations,
 * invitations, calendar, the scheduler's view of pending invitations), `operation_tasks` (the
 * scheduler's view of open tasks), `operation_conflicts`, `deconfliction_targets` and
 * `operation_accountability`. Rows are written only over an older `_v`, so redelivery, replays and
 * a rebuild beside a live consumer converge; the row sets switch generation together on a rebuild and
 * the fields below always resolve to the live one. `open_lead_subjects` is fed from the leads
 * topic by the open-lead-subjects reaction (not rebuilt from this context's store), and so is
 * `lead_access` (each lead's current access, for disclosing conflicts with it).
 */
export class OperationReadModel {
  readonly name = 'operation_read_model';
  readonly details: MongoProjection<OperationView>;
  readonly leadSubjects: Collection<LeadSubjectRow>;
  /** Other contexts' leads as access records (evolveLeadAccess, @liaison/contracts), for disclosing operation–lead conflicts. */
  readonly leadAccess: Collection<LeadAccessRow>;

  constructor(connection: Connection, store: Pick<EventStore, 'readStream'>) {
    this.details = new MongoProjection(connection, operationDetailsProjection, store, {
      rows: [
        { collection: 'operation_memberships', rows: membershipRows },
        { collection: 'operation_conflicts', rows: conflictRows },
        { collection: 'deconfliction_targets', rows: targetRows },
        { collection: 'operation_accountability', rows: accountabilityRows },
        { collection: 'operation_tasks', rows: taskRows },
      ],
      indexes: [
        { collection: 'operation_memberships', key: { unitId: 1, updatedAt: -1 } },
        { collection: 'operation_memberships', key: { unitId: 1, role: 1 } },
        { collection: 'operation_memberships', key: { role: 1, overdue: 1 } },
        { collection: 'operation_conflicts', key: { ownerUnitId: 1, detectedAt: -1 } },
        { collection: 'operation_conflicts', key: { conflictId: 1 } },
        { collection: 'deconfliction_targets', key: { key: 1 } },
        { collection: 'operation_accountability', key: { unitId: 1, detectedAt: -1 } },
        { collection: 'operation_tasks', key: { taskStatus: 1, overdue: 1 } },
      ],
    });
    this.leadSubjects = connection.db!.collection<LeadSubjectRow>('open_lead_subjects');
    this.leadAccess = connection.db!.collection<LeadAccessRow>('lead_access');
  }

  get memberships(): Collection<MembershipRow> {
    return this.details.rowCollection<MembershipRow>('operation_memberships');
  }

  /** Operation tasks, one row each: the overdue scheduler sweeps the open ones. */
  get tasks(): Collection<TaskRow> {
    return this.details.rowCollection<TaskRow>('operation_tasks');
  }

  get conflicts(): Collection<ConflictRow> {
    return this.details.rowCollection<ConflictRow>('operation_conflicts');
  }

  /** The accountability register (ADR 0013): one row per breach. */
  get accountability(): Collection<AccountabilityRow> {
    return this.details.rowCollection<AccountabilityRow>('operation_accountability');
  }

  get targets(): Collection<TargetRow> {
    return this.details.rowCollection<TargetRow>('deconfliction_targets');
  }

  /** One index per command, in turn: several in one command panic FerretDB 1.24 on a restart (see ensureIndexes). */
  async init(): Promise<void> {
    await this.details.init();
    await ensureIndexes([{ collection: this.leadSubjects, key: { key: 1 } }]);
  }

  apply(event: EventEnvelope): Promise<ApplyOutcome> {
    return this.details.apply(event);
  }

  /** A fetched Kafka batch at once: one read and one write per operation document (the service host's fast path, ADR 0006). */
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
