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
import type { Collection, FindCursor } from 'mongodb';
import type { Connection } from 'mongoose';
import {
  type ArchivedEventRow,
  type ArchivedRecordRow,
  type ArchiveSource,
  decodeRow,
  encodeRow,
  type PartitionCheckpoint,
  type RecordLinkRow,
  type Reservation,
  type StoredEventRow,
} from './archive-rows';
import { Sequencer } from './sequencer';

/** How events reach the archive: consumed from a topic partition, or imported from a file. */
export type ArchiveHow = 'consumed' | 'imported';

/** Records folded at once while describing a batch. */
const FOLDS_AT_ONCE = 4;
/** How long a partition checkpoint read from the database is trusted before it is read again. */
const CHECKPOINT_READ_MS = 30_000;
/** How many event ids this process remembers having written (RECENT_EVENTS × ~100 bytes). */
const RECENT_EVENTS = 50_000;

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
  /** The stored rows (StoredEventRow); read them through eventsOf and scanAfter, which decode them. */
  readonly events: Collection<StoredEventRow>;
  readonly records: Collection<ArchivedRecordRow>;
  readonly links: Collection<RecordLinkRow>;
  readonly sequencer: Sequencer;
  private readonly sequence: Collection<Reservation>;
  private readonly checkpoints: Collection<PartitionCheckpoint>;
  /** Events this process wrote lately: a re-publication of one is looked up, not numbered again. */
  private readonly recent = new Set<string>();
  private readonly checkpointsRead = new Map<string, { offset: string; readAt: number }>();

  constructor(connection: Connection) {
    const db = connection.db!;
    this.events = db.collection<StoredEventRow>('archive_events');
    this.records = db.collection<ArchivedRecordRow>('archive_records');
    this.links = db.collection<RecordLinkRow>('archive_links');
    this.sequence = db.collection<Reservation>('archive_sequence');
    this.checkpoints = db.collection<PartitionCheckpoint>('archive_checkpoints');
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

  /** A stream's archived events, in no particular order. */
  async eventsOf(streamId: string): Promise<ArchivedEventRow[]> {
    return (await this.events.find({ streamId }).toArray()).map(decodeRow);
  }

  /** The archived events matching `query` (top-level equality) numbered after `afterSeq`, in global order. */
  scanAfter(query: Record<string, unknown>, afterSeq: number, batchSize: number): FindCursor<ArchivedEventRow> {
    return this.events
      .find({ ...query, seq: { $gt: afterSeq } } as never)
      .sort({ seq: 1 })
      .batchSize(batchSize)
      .map(decodeRow);
  }

  /** Archives one event (consumed from `source`, or imported) and numbers it. */
  async archive(
    context: ArchivedContext,
    event: EventEnvelope,
    source: ArchiveSource,
    how: ArchiveHow = 'consumed',
  ): Promise<ArchiveOutcome> {
    const [outcome] = await this.archiveBatch(context, [{ event, source }], how);
    return outcome!;
  }

  /**
   * Archives events in order and numbers them in that order: `consumed`, a fetched batch of
   * one topic partition (offset order); `imported`, a batch of an import file. Events of one
   * stream must come in stream order (a partition keeps it). One insert writes the batch's rows
   * already numbered (ADR 0029, "ingest in batches"); which events are archived already is
   * decided before numbers are reserved, so a redelivery takes no numbers:
   * - consumed: an offset at or below the partition's checkpoint (a redelivered batch) or an
   *   event this process archived recently (a relay's re-publication) is looked up by id; any
   *   other is new, and if it was archived all the same (another writer, a restart between a
   *   re-publication) the insert says so and its number is recorded as skipped;
   * - imported: every event is looked up (a retried import sends its batches again).
   */
  async archiveBatch(
    context: ArchivedContext,
    items: Array<{ event: EventEnvelope; source: ArchiveSource }>,
    how: ArchiveHow = 'consumed',
  ): Promise<ArchiveOutcome[]> {
    const checkpointId = how === 'consumed' && items.length > 0 ? `${items[0]!.source.topic}|${items[0]!.source.partition}` : null;
    const checkpoint = checkpointId ? await this.checkpoint(checkpointId) : null;
    const candidates: Array<{ event: EventEnvelope; source: ArchiveSource }> = [];
    // An event twice in one batch counts once, at its first place.
    const firstAt = new Map<string, number>();
    items.forEach((item, index) => firstAt.set(item.event.eventId, firstAt.get(item.event.eventId) ?? index));
    for (const [index, item] of items.entries()) {
      const { eventId } = item.event;
      if (firstAt.get(eventId) !== index || this.recent.has(eventId)) continue;
      const lookUp = how === 'imported' || (checkpoint !== null && BigInt(item.source.offset) <= BigInt(checkpoint.offset));
      if (lookUp && (await this.events.findOne({ _id: eventId }, { projection: { _id: 1 } }))) continue;
      candidates.push(item);
    }
    const rows = await this.describeAll(context, candidates);
    await this.linkAll(rows);
    const written = await this.sequencer.write(
      rows.map((row) => {
        const { seq: _unnumbered, ...stored } = encodeRow(row);
        return stored;
      }),
    );
    for (const id of written) this.remember(id);
    if (checkpointId) {
      const offset = items.reduce((max, item) => (BigInt(item.source.offset) > max ? BigInt(item.source.offset) : max), -1n);
      if (!checkpoint || offset > BigInt(checkpoint.offset)) {
        await this.checkpoints.replaceOne({ _id: checkpointId }, { offset: String(offset) }, { upsert: true });
        this.checkpointsRead.set(checkpointId, {
          offset: String(offset),
          readAt: this.checkpointsRead.get(checkpointId)?.readAt ?? Date.now(),
        });
      }
    }
    return items.map((item, index) => ({ archived: firstAt.get(item.event.eventId) === index && written.has(item.event.eventId) }));
  }

  /**
   * A partition's checkpoint: read once, then kept as this process writes it, read again after
   * CHECKPOINT_READ_MS (another replica may have taken the partition meanwhile: a stale one only
   * costs a skipped number, never a second row).
   */
  private async checkpoint(id: string): Promise<{ offset: string } | null> {
    const known = this.checkpointsRead.get(id);
    if (known && Date.now() - known.readAt < CHECKPOINT_READ_MS) return known;
    const stored = await this.checkpoints.findOne({ _id: id });
    if (!stored) return null;
    this.checkpointsRead.set(id, { offset: stored.offset, readAt: Date.now() });
    return stored;
  }

  /** Remembers an event this process wrote (a bounded set: the oldest go first). */
  private remember(eventId: string): void {
    this.recent.add(eventId);
    if (this.recent.size > RECENT_EVENTS) this.recent.delete(this.recent.values().next().value!);
  }

  /**
   * The rows of these events, after folding them into their records (which gives each row its
   * owner and jurisdiction): one read and one write per record, not per event.
   */
  private async describeAll(
    context: ArchivedContext,
    items: Array<{ event: EventEnvelope; source: ArchiveSource }>,
  ): Promise<ArchivedEventRow[]> {
    const byStream = new Map<string, EventEnvelope[]>();
    for (const { event } of items) {
      if (!recordKindOf(event.streamId)) continue;
      const list = byStream.get(event.streamId) ?? [];
      list.push(event);
      byStream.set(event.streamId, list);
    }
    const recordAfter = new Map<string, ArchivedRecordRow>();
    const streams = [...byStream.entries()];
    let next = 0;
    const worker = async () => {
      while (next < streams.length) {
        const [streamId, events] = streams[next]!;
        next += 1;
        const folded = await this.foldRecord(context, streamId, events);
        events.forEach((event, index) => recordAfter.set(event.eventId, folded[index]!));
      }
    };
    await Promise.all(Array.from({ length: Math.min(FOLDS_AT_ONCE, streams.length) }, worker));
    const archivedAt = new Date().toISOString();
    return items.map(({ event, source }) => {
      const record = recordAfter.get(event.eventId);
      return {
        _id: event.eventId,
        seq: null,
        context,
        topic: source.topic,
        partition: source.partition,
        offset: source.offset,
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
        archivedAt,
      };
    });
  }

  /** Folds a record's events (in stream order) into its access; returns the record after each event. */
  private foldRecord(context: ArchivedContext, streamId: string, events: EventEnvelope[]): Promise<ArchivedRecordRow[]> {
    const kind = recordKindOf(streamId)!;
    return retryOnStaleVersion(async () => {
      const stored = await this.records.findOne({ _id: streamId });
      let current = stored;
      const after: ArchivedRecordRow[] = [];
      for (const event of events) {
        if (!current || event.version > current._v) {
          const access = evolveHistoryAccess(kind, current?.access ?? null, event);
          current = {
            _id: streamId,
            _v: event.version,
            context,
            access,
            ownerUnitId: access ? historyOwnerUnitId(access) : '',
            jurisdiction: current?.jurisdiction || jurisdictionIn(event.data),
          };
        }
        after.push(current);
      }
      if (current && current !== stored) await replaceIfNewer(this.records, current, true);
      return after;
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
