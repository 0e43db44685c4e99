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
import {
  type ArchiveBucket,
  type ArchivedEventRow,
  type ArchivedRecordRow,
  type ArchiveSource,
  type BucketBounds,
  LOOKUP_FIELDS,
  type LookupField,
  lookupKey,
  type RecordLinkRow,
  rowsOf,
} from './archive-rows';
import { migrateLegacyArchive } from './legacy-archive';
import { Sequencer } from './sequencer';

/** How events reach the archive: consumed from a topic partition, or imported from a file. */
export type ArchiveHow = 'consumed' | 'imported';

/** Records folded at once while describing a batch. */
const FOLDS_AT_ONCE = 4;
/** How many event ids this process remembers having written (RECENT_EVENTS × ~100 bytes). */
const RECENT_EVENTS = 50_000;
/**
 * Events per bucket: a large fetched batch is split (a timeline reads whole buckets, so a bucket
 * stays well below a megabyte of JSON), and the pieces are written at once.
 */
const BUCKET_EVENTS = 1_000;
/** Look-ups by event id at once (an import, a redelivered batch). */
const LOOKUPS_AT_ONCE = 4;

export interface ArchiveOutcome {
  /** false: the event was archived before (redelivery, a retried import). */
  archived: boolean;
}

/**
 * The global archive: every event of every followed topic once, with its source topic,
 * partition and offset, numbered in one global order; each written batch is one bucket
 * (`archive_buckets`, ADR 0029 "buckets"), numbered and written by the Sequencer. Beside it each
 * record's access folded with its context's own fold, and the links between records. Writing is
 * idempotent: a redelivered or re-imported event is recognised and changes nothing.
 */
export class Archive {
  /** The buckets of events (ArchiveBucket); read them through eventsOf and scanAfter. */
  readonly buckets: Collection<ArchiveBucket>;
  readonly bounds: Collection<BucketBounds>;
  readonly records: Collection<ArchivedRecordRow>;
  readonly links: Collection<RecordLinkRow>;
  readonly sequencer: Sequencer;
  /** Events this process wrote lately: a re-publication of one is not archived again. */
  private readonly recent = new Set<string>();
  /** Per consumed topic partition, the last offset this process wrote: a batch right after it is new. */
  private readonly lastOffsets = new Map<string, bigint>();

  constructor(private readonly connection: Connection) {
    const db = connection.db!;
    this.buckets = db.collection<ArchiveBucket>('archive_buckets');
    this.bounds = db.collection<BucketBounds>('archive_bounds');
    this.records = db.collection<ArchivedRecordRow>('archive_records');
    this.links = db.collection<RecordLinkRow>('archive_links');
    this.sequencer = new Sequencer(this.buckets, this.bounds, db.collection('archive_head'));
  }

  async init(): Promise<void> {
    await ensureIndexes([
      { collection: this.buckets, key: { lookupKeys: 1 } },
      { collection: this.links, key: { from: 1 } },
    ]);
    await migrateLegacyArchive(this.connection.db!, this.buckets, this.bounds);
  }

  /** A stream's archived events, in no particular order, each once. */
  async eventsOf(streamId: string): Promise<ArchivedEventRow[]> {
    const buckets = await this.buckets.find({ lookupKeys: lookupKey('streamId', streamId) }).toArray();
    const events = new Map<string, ArchivedEventRow>();
    for (const bucket of buckets)
      for (const row of rowsOf(bucket)) if (row.streamId === streamId && !events.has(row._id)) events.set(row._id, row);
    return [...events.values()];
  }

  /** How many numbers are claimed (buckets tile 1..n); above the events held only by claims whose writer stopped before its bucket. */
  async count(): Promise<number> {
    let total = 0;
    for await (const bounds of this.bounds.find({})) total += bounds.last - bounds._id + 1;
    return total;
  }

  /**
   * The archived events matching `query` (equality on LOOKUP_FIELDS) numbered after `afterSeq`,
   * in global order. A record's few buckets are found by its lookup key and sorted here; any
   * other scan walks the buckets' bounds in order and reads only the buckets that hold a match
   * (the key is checked in PostgreSQL), one ahead of the caller.
   */
  async *scanAfter(query: Partial<Record<LookupField, string>>, afterSeq: number): AsyncGenerator<ArchivedEventRow> {
    const filters = Object.entries(query).filter(([, value]) => value !== undefined && value !== '') as Array<[LookupField, string]>;
    const matches = (row: ArchivedEventRow) => row.seq! > afterSeq && filters.every(([field, value]) => row[field] === value);
    const key = LOOKUP_FIELDS.filter((field) => query[field]).map((field) => lookupKey(field, query[field]!))[0];
    if (query.streamId) {
      const buckets = await this.buckets.find({ lookupKeys: key! }).toArray();
      for (const bucket of buckets.sort((a, b) => a._id - b._id)) for (const row of rowsOf(bucket)) if (matches(row)) yield row;
      return;
    }
    const fetch = (first: number) => this.buckets.findOne(key ? { _id: first, lookupKeys: key } : { _id: first });
    const bounds = this.bounds.find({}).sort({ _id: 1 });
    try {
      let ahead: Promise<ArchiveBucket | null> | null = null;
      for await (const { _id: first, last } of bounds) {
        if (last <= afterSeq) continue;
        const next = fetch(first);
        next.catch(() => undefined);
        const bucket = ahead ? await ahead : null;
        ahead = next;
        if (bucket) for (const row of rowsOf(bucket)) if (matches(row)) yield row;
      }
      const bucket = ahead ? await ahead : null;
      if (bucket) for (const row of rowsOf(bucket)) if (matches(row)) yield row;
    } finally {
      await bounds.close();
    }
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
   * Archives events in order as one bucket numbered in that order: `consumed`, a fetched batch of
   * one topic partition (offset order); `imported`, a batch of an import file. Events of one
   * stream must come in stream order (a partition keeps it). Which events are archived already is
   * decided before writing (ADR 0029, "buckets"):
   * - consumed: a batch that starts right after the last offset this process wrote for the
   *   partition is new; any other (the first after a start or a rebalance, a redelivery) is
   *   looked up by event id, by bisection (a partition is archived in offset order, so what is
   *   archived of a batch is a prefix of it; the prefix is then verified, a found bucket covering
   *   all its events at once); an event this process wrote lately is skipped (a
   *   relay's re-publication at a new offset); an event twice in one batch counts once;
   * - imported: every event is looked up (a retried import sends its batches again).
   */
  async archiveBatch(
    context: ArchivedContext,
    items: Array<{ event: EventEnvelope; source: ArchiveSource }>,
    how: ArchiveHow = 'consumed',
  ): Promise<ArchiveOutcome[]> {
    // An event twice in one batch counts once, at its first place.
    const firstAt = new Map<string, number>();
    items.forEach((item, index) => firstAt.set(item.event.eventId, firstAt.get(item.event.eventId) ?? index));
    const unique = items.filter((item, index) => firstAt.get(item.event.eventId) === index && !this.recent.has(item.event.eventId));
    const partition = how === 'consumed' && items.length > 0 ? `${items[0]!.source.topic}|${items[0]!.source.partition}` : null;
    const archived = await this.archivedAlready(unique, partition);
    const candidates = unique.filter((item) => !archived.has(item.event.eventId));
    const rows = await this.describeAll(context, candidates);
    await this.linkAll(rows);
    // Buckets of at most BUCKET_EVENTS: claimed in order, written at once.
    const chunks = Array.from({ length: Math.ceil(rows.length / BUCKET_EVENTS) }, (_, k) =>
      rows.slice(k * BUCKET_EVENTS, (k + 1) * BUCKET_EVENTS),
    );
    await Promise.all(chunks.map((chunk) => this.sequencer.write(chunk)));
    for (const row of rows) this.remember(row._id);
    if (partition) {
      const offset = items.reduce((max, item) => (BigInt(item.source.offset) > max ? BigInt(item.source.offset) : max), -1n);
      if (offset > (this.lastOffsets.get(partition) ?? -1n)) this.lastOffsets.set(partition, offset);
    }
    const written = new Set(rows.map((row) => row._id));
    return items.map((item, index) => ({ archived: firstAt.get(item.event.eventId) === index && written.has(item.event.eventId) }));
  }

  /**
   * The ids among these events that are archived already. A consumed batch right after this
   * process's last offset of its partition: none. Another consumed batch: bisected on the
   * prefix rule (a few look-ups). Imported: each one, remembering every id of a bucket found.
   */
  private async archivedAlready(
    items: Array<{ event: EventEnvelope; source: ArchiveSource }>,
    partition: string | null,
  ): Promise<Set<string>> {
    const found = new Set<string>();
    if (items.length === 0) return found;
    const isArchived = async (eventId: string): Promise<boolean> => {
      if (found.has(eventId)) return true;
      const bucket = await this.buckets.findOne({ lookupKeys: lookupKey('_id', eventId) }, { projection: { lookupKeys: 1 } });
      if (!bucket) return false;
      for (const key of bucket.lookupKeys) if (key.startsWith('_id=')) found.add(key.slice(4));
      return true;
    };
    if (partition) {
      const last = this.lastOffsets.get(partition);
      if (last !== undefined && BigInt(items[0]!.source.offset) === last + 1n) return found;
      let [low, high] = [0, items.length];
      while (low < high) {
        const middle = (low + high) >> 1;
        if (await isArchived(items[middle]!.event.eventId)) low = middle + 1;
        else high = middle;
      }
      // The prefix is verified, not assumed (a bucket found covers many events at once): a batch
      // whose buckets were written at once may have stopped with a later one written and an
      // earlier one not, and an event taken for archived would be lost.
      for (const item of items.slice(0, low)) await isArchived(item.event.eventId);
      return found;
    }
    let next = 0;
    const worker = async () => {
      while (next < items.length) await isArchived(items[next++]!.event.eventId);
    };
    await Promise.all(Array.from({ length: Math.min(LOOKUPS_AT_ONCE, items.length) }, worker));
    return found;
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
