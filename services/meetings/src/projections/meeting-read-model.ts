import type { AccountabilityRow, EventEnvelope, RecordAccess } from '@liaison/contracts';
import {
  type ApplyOutcome,
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
import { type ActionItemView, meetingDetailsProjection, type MeetingView, viewAccess } from './meeting-view';

/** One row per (meeting, participant unit): "my meetings", upcoming first. */
export interface MembershipRow {
  _id: string; // <meetingId>:<unitId>
  _v: number;
  meetingId: string;
  unitId: string;
  /** convener | invited */
  role: string;
  kind: string;
  status: string;
  title: string;
  convenerUnitId: string;
  startsAt: string;
  endsAt: string;
  handlingCode: string;
  seriesId: string;
  previousMeetingId: string;
  access: RecordAccess;
  updatedAt: string;
}

/** One row per action item: the owner unit's list and the overdue scheduler's view (read by top-level equality). */
export interface ActionItemRow {
  _id: string; // <meetingId>:<actionItemId>
  _v: number;
  meetingId: string;
  meetingTitle: string;
  actionItemId: string;
  /** The owner unit (top level, for the equality filter). */
  unitId: string;
  dueAt: string;
  /** The item's: open | done. */
  itemStatus: string;
  /** ActionItemOverdue recorded. */
  overdue: boolean;
  item: ActionItemView;
  access: RecordAccess;
  updatedAt: string;
}

export function membershipRows(v: ProjectedDocument<MeetingView>): MembershipRow[] {
  const base = {
    _v: v._v,
    meetingId: v.meetingId,
    kind: v.kind,
    status: v.status,
    title: v.title,
    convenerUnitId: v.convenerUnitId,
    startsAt: v.window.startsAt,
    endsAt: v.window.endsAt,
    handlingCode: v.handling.code,
    seriesId: v.seriesId,
    previousMeetingId: v.previousMeetingId,
    access: viewAccess(v),
    updatedAt: v.updatedAt,
  };
  return v.participantUnitIds.map((unitId) => ({
    ...base,
    _id: `${v.meetingId}:${unitId}`,
    unitId,
    role: unitId === v.convenerUnitId ? 'convener' : 'invited',
  }));
}

export function actionItemRows(v: ProjectedDocument<MeetingView>): ActionItemRow[] {
  return v.decisions.flatMap((d) =>
    d.actionItems.map((a) => ({
      _id: `${v.meetingId}:${a.actionItemId}`,
      _v: v._v,
      meetingId: v.meetingId,
      meetingTitle: v.title,
      actionItemId: a.actionItemId,
      unitId: a.ownerUnitId,
      dueAt: a.dueAt,
      itemStatus: a.status,
      overdue: a.overdue,
      item: a,
      access: viewAccess(v),
      updatedAt: v.updatedAt,
    })),
  );
}

/**
 * The meetings read model: `meeting_details` (one document per meeting, a MongoProjection) and
 * rows derived from it after every event: `meeting_memberships` (my meetings),
 * `meeting_action_items` (my unit's action items, the overdue scheduler's view) and
 * `meeting_accountability` (the register). Rows are written only over an older `_v`, so
 * redelivery, replays and a rebuild converge (see MongoProjection).
 */
export class MeetingReadModel {
  readonly name = 'meeting_read_model';
  readonly details: MongoProjection<MeetingView>;

  constructor(connection: Connection, store: Pick<EventStore, 'readStream'>) {
    this.details = new MongoProjection(connection, meetingDetailsProjection, store, {
      rows: [
        { collection: 'meeting_memberships', rows: membershipRows },
        { collection: 'meeting_action_items', rows: actionItemRows },
        { collection: 'meeting_accountability', rows: accountabilityRows },
      ],
      indexes: [
        { collection: 'meeting_memberships', key: { unitId: 1, startsAt: 1 } },
        { collection: 'meeting_action_items', key: { unitId: 1, dueAt: 1 } },
        { collection: 'meeting_action_items', key: { itemStatus: 1, overdue: 1 } },
        { collection: 'meeting_accountability', key: { unitId: 1, detectedAt: -1 } },
      ],
    });
  }

  get memberships(): Collection<MembershipRow> {
    return this.details.rowCollection<MembershipRow>('meeting_memberships');
  }

  get actionItems(): Collection<ActionItemRow> {
    return this.details.rowCollection<ActionItemRow>('meeting_action_items');
  }

  /** The accountability register (ADR 0013): one row per breach. */
  get accountability(): Collection<AccountabilityRow> {
    return this.details.rowCollection<AccountabilityRow>('meeting_accountability');
  }

  init(): Promise<void> {
    return this.details.init();
  }

  apply(event: EventEnvelope): Promise<ApplyOutcome> {
    return this.details.apply(event);
  }

  applyBatch(events: EventEnvelope[]): Promise<ApplyOutcome[]> {
    return this.details.applyBatch(events);
  }

  rebuild(
    source: AsyncIterable<EventEnvelope[]>,
    onProgress?: (progress: RebuildProgress) => void,
    options?: RebuildOptions,
  ): Promise<RebuildResult> {
    return this.details.rebuild(source, onProgress, options);
  }
}
