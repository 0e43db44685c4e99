import {
  type ArchivedContext,
  type EventEnvelope,
  evolveHistoryAccess,
  historyOwnerUnitId,
  jurisdictionIn,
  linkedRecordIds,
  recordKindOf,
} from '@liaison/contracts';
import { ensureIndexes, isDuplicateKeyError, onlyDuplicateKeyErrors, replaceIfNewer, retryOnStaleVersion } from '@liaison/platform';
import type { Collection } from 'mongodb';
import type { Connection } from 'mongoose';
import type { ArchivedEventRow, ArchivedRecordRow, ArchiveSource, RecordLinkRow, SequenceEntry } from './archive-rows';
import { Sequencer } from './sequencer';

export interface ArchiveOutcome {
  /** false: the event was archived before (redelivery, a retried import). */
  archived: boolean;
}

/**
 * The global archive: every event of every followed topic once, keyed by its event id, with its
 * source topic, partition and offset, numbered in one global order by the Sequencer; beside it
 * each record's access folded with its context's own fold and the links between records.
 * Writing is idempotent at every step, so a redelivered or re-imported event changes nothing.
 */
export class Archive {
  readonly events: Collection<ArchivedEventRow>;
  readonly records: Collection<ArchivedRecordRow>;
  readonly links: Collection<RecordLinkRow>;
  readonly sequencer: Sequencer;
  private readonly sequence: Collection<SequenceEntry>;

  constructor(connection: Connection) {
    const db = connection.db!;
    this.events = db.collection<ArchivedEventRow>('archive_events');
    this.records = db.collection<ArchivedRecordRow>('archive_records');
    this.links = db.collection<RecordLinkRow>('archive_links');
    this.sequence = db.collection<SequenceEntry>('archive_sequence');
    this.sequencer = new Sequencer(this.events, this.sequence, db.collection('archive_head'));
  }

  init(): Promise<void> {
    return ensureIndexes([
      { collection: this.events, key: { seq: 1 } },
      { collection: this.events, key: { streamId: 1 } },
      { collection: this.events, key: { type: 1 } },
      { collection: this.links, key: { from: 1 } },
    ]);
  }

  /** Archives one event (consumed from `source`, or imported) and numbers it. */
  async archive(context: ArchivedContext, event: EventEnvelope, source: ArchiveSource): Promise<ArchiveOutcome> {
    const [outcome] = await this.archiveBatch(context, [{ event, source }]);
    return outcome!;
  }

  /**
   * Archives events in order (a consumed batch of one partition, an import batch) and numbers
   * them in that order. Events of one stream must come in stream order (a partition keeps it).
   */
  async archiveBatch(context: ArchivedContext, items: Array<{ event: EventEnvelope; source: ArchiveSource }>): Promise<ArchiveOutcome[]> {
    const rows: ArchivedEventRow[] = [];
    for (const { event, source } of items) rows.push(await this.describe(context, event, source));
    const fresh = new Set<string>();
    if (rows.length > 0) {
      try {
        await this.events.insertMany(rows, { ordered: false });
        rows.forEach((row) => fresh.add(row._id));
      } catch (error) {
        if (!onlyDuplicateKeyErrors(error)) throw error;
        const failed = new Set(((error as { writeErrors?: Array<{ index: number }> }).writeErrors ?? []).map((e) => e.index));
        rows.forEach((row, index) => {
          if (!failed.has(index) && failed.size > 0) fresh.add(row._id);
        });
      }
    }
    await this.linkAll(rows);
    await this.sequencer.number(
      rows.map((row) => row._id),
      fresh,
    );
    return rows.map((row) => ({ archived: fresh.has(row._id) }));
  }

  /** The row of an event, after folding it into its record (which gives the row its owner and jurisdiction). */
  private async describe(context: ArchivedContext, event: EventEnvelope, source: ArchiveSource): Promise<ArchivedEventRow> {
    const record = await this.foldRecord(context, event);
    return {
      _id: event.eventId,
      seq: null,
      context,
      ...source,
      streamId: event.streamId,
      type: event.type,
      schemaVersion: event.schemaVersion,
      version: event.version,
      occurredAt: event.occurredAt,
      recordedAt: event.recordedAt,
      actor: event.actor,
      correlationId: event.correlationId,
      causationId: event.causationId,
      traceparent: event.traceparent,
      data: event.data,
      ownerUnitId: record?.ownerUnitId ?? '',
      jurisdiction: record?.jurisdiction ?? '',
      links: recordKindOf(event.streamId) ? linkedRecordIds(event) : [],
      archivedAt: new Date().toISOString(),
    };
  }

  /** Folds the event into its record's access (a record kind only; registry streams have none). */
  private foldRecord(context: ArchivedContext, event: EventEnvelope): Promise<ArchivedRecordRow | null> {
    const kind = recordKindOf(event.streamId);
    if (!kind) return Promise.resolve(null);
    return retryOnStaleVersion(async () => {
      const current = await this.records.findOne({ _id: event.streamId });
      if (current && event.version <= current._v) return current;
      const access = evolveHistoryAccess(kind, current?.access ?? null, event);
      const next: ArchivedRecordRow = {
        _id: event.streamId,
        _v: event.version,
        context,
        access,
        ownerUnitId: access ? historyOwnerUnitId(access) : '',
        jurisdiction: current?.jurisdiction || jurisdictionIn(event.data),
      };
      await replaceIfNewer(this.records, next, true);
      return next;
    });
  }

  private async linkAll(rows: ArchivedEventRow[]): Promise<void> {
    const links = new Map<string, RecordLinkRow>();
    for (const row of rows)
      for (const other of row.links)
        for (const [from, to] of [
          [row.streamId, other],
          [other, row.streamId],
        ] as const)
          links.set(`${from}|${to}`, { _id: `${from}|${to}`, from, to });
    if (links.size === 0) return;
    try {
      await this.links.insertMany([...links.values()], { ordered: false });
    } catch (error) {
      if (!onlyDuplicateKeyErrors(error) && !isDuplicateKeyError(error)) throw error;
    }
  }
}
