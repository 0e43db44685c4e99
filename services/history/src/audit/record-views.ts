import { type Actor, type EventEnvelope, historyRecordAccess, type RecordViewed, visibility } from '@liaison/contracts';
import {
  ensureIndexes,
  ForbiddenError,
  isDuplicateKeyError,
  NotFoundError,
  type Page,
  type PageRequest,
  paginate,
  ValidationError,
} from '@liaison/platform';
import { RECORD_ID } from '@liaison/contracts';
import type { Collection } from 'mongodb';
import type { Connection } from 'mongoose';
import type { ArchivedRecordRow } from '../archive/archive-rows';

export interface RecordViewRow extends RecordViewed {
  _id: string; // the audit event's id: redelivery writes nothing new
}

/**
 * Who viewed which record (ADR 0023), projected from the audit topic. The audit follows
 * need-to-know: the Supervision Bureau (supervisors) sees the views of every record — a list of
 * officers and times, nothing of the record — and a record's owner unit sees those of its own
 * records it may see; nobody else learns who looked at what.
 */
export class RecordViews {
  readonly views: Collection<RecordViewRow>;

  constructor(
    connection: Connection,
    private readonly records: Collection<ArchivedRecordRow>,
  ) {
    this.views = connection.db!.collection<RecordViewRow>('record_views');
  }

  init(): Promise<void> {
    return ensureIndexes([{ collection: this.views, key: { recordId: 1 } }]);
  }

  async apply(event: EventEnvelope): Promise<void> {
    if (event.type !== 'RecordViewed') return;
    try {
      await this.views.insertOne({ _id: event.eventId, ...(event.data as unknown as RecordViewed) });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  async list(actor: Actor, recordId: string, page: PageRequest | undefined): Promise<Page<RecordViewRow>> {
    if (!RECORD_ID.test(recordId)) throw ValidationError.field('record_id', 'expected lead-, operation-, evidence- or meeting-<uuid>');
    const row = await this.records.findOne({ _id: recordId });
    if (!row?.access) throw new NotFoundError('record', recordId);
    if (!actor.roles.includes('supervisor')) {
      const record = historyRecordAccess(row.access);
      const seen = visibility(record, actor);
      if (seen === 'hidden') throw new NotFoundError('record', recordId);
      if (seen === 'forbidden' || actor.unitId !== record.ownerUnitId)
        throw new ForbiddenError(`who viewed ${recordId} is for its owner unit and the Supervision Bureau`);
    }
    const views = await this.views.find({ recordId }).toArray();
    return paginate(
      views,
      (v) => v.viewedAt,
      (v) => v._id,
      page,
    );
  }
}
