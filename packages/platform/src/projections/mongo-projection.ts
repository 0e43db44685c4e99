import type { EventEnvelope } from '@liaison/contracts';
import type { Collection, Document } from 'mongodb';
import type { Connection } from 'mongoose';
import type { EventStore } from '../eventstore';
import { isDuplicateKeyError, onlyDuplicateKeyErrors } from '../mongo/errors';

/** A read model with one document per stream, folded from that stream's events. */
export interface ProjectionDefinition<Doc extends Document> {
  /** Also the collection name. */
  name: string;
  /** Which streams feed it, e.g. `lead-`. Events of other streams are ignored. */
  streamPrefix: string;
  /** Pure: the document after `event`; `current` is null before the stream's first event. */
  evolve(current: Doc | null, event: EventEnvelope): Doc;
}

export type ProjectedDocument<Doc> = Doc & { _id: string; _v: number };

export type ApplyOutcome = 'applied' | 'already-applied' | 'ignored' | 'gap-filled';

export interface RebuildProgress {
  events: number;
  streams: number;
}

/**
 * Keeps a read model exactly in step with the store, whatever order and multiplicity Kafka
 * delivers in: each document carries `_v`, the last version applied; an event at or below it is
 * ignored, and an event beyond `_v + 1` first pulls the missing events from the store, so the
 * projection never skips. Writes are conditional on `_v` (optimistic), so a live consumer and a
 * rebuild, or two consumers, can run at once and still converge.
 */
export class MongoProjection<Doc extends Document> {
  readonly collection: Collection<ProjectedDocument<Doc>>;

  constructor(
    connection: Connection,
    private readonly definition: ProjectionDefinition<Doc>,
    private readonly gapSource: Pick<EventStore, 'readStream'>,
  ) {
    this.collection = connection.db!.collection<ProjectedDocument<Doc>>(definition.name);
  }

  get name(): string {
    return this.definition.name;
  }

  async get(streamId: string): Promise<ProjectedDocument<Doc> | null> {
    return (await this.collection.findOne({ _id: streamId } as never)) as ProjectedDocument<Doc> | null;
  }

  async apply(event: EventEnvelope): Promise<ApplyOutcome> {
    if (!event.streamId.startsWith(this.definition.streamPrefix)) return 'ignored';
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      const current = await this.get(event.streamId);
      const appliedVersion = current?._v ?? 0;
      if (event.version <= appliedVersion) return 'already-applied';
      const events = event.version === appliedVersion + 1 ? [event] : await this.fillGap(event, appliedVersion);
      const next = this.fold(current, events);
      if (await this.write(current, next)) return events.length > 1 ? 'gap-filled' : 'applied';
    }
    throw new Error(`projection ${this.name}: too much contention on ${event.streamId}`);
  }

  /**
   * Rebuilds from an ordered source (the store's scan, or Kafka from offset 0). Streams arrive
   * in (streamId, version) order, so each document is folded in memory and written once.
   */
  async rebuild(source: AsyncIterable<EventEnvelope[]>, onProgress?: (progress: RebuildProgress) => void): Promise<RebuildProgress> {
    await this.collection.deleteMany({});
    const progress: RebuildProgress = { events: 0, streams: 0 };
    let pending: ProjectedDocument<Doc>[] = [];
    let current: ProjectedDocument<Doc> | null = null;
    for await (const batch of source) {
      for (const event of batch) {
        if (!event.streamId.startsWith(this.definition.streamPrefix)) continue;
        if (current && current._id !== event.streamId) {
          pending.push(current);
          current = null;
        }
        if (current && event.version !== current._v + 1) {
          throw new Error(`projection ${this.name}: rebuild source skipped ${event.streamId} v${current._v + 1}`);
        }
        current = this.fold(current, [event]);
        progress.events += 1;
      }
      if (pending.length >= 500) {
        progress.streams += pending.length;
        await this.writeMany(pending);
        pending = [];
        onProgress?.({ ...progress });
      }
    }
    if (current) pending.push(current);
    progress.streams += pending.length;
    await this.writeMany(pending);
    onProgress?.({ ...progress });
    return progress;
  }

  private async fillGap(event: EventEnvelope, appliedVersion: number): Promise<EventEnvelope[]> {
    const missing = await this.gapSource.readStream(event.streamId, { fromVersion: appliedVersion + 1, toVersion: event.version });
    const contiguous = missing.every((e, i) => e.version === appliedVersion + 1 + i) && missing.at(-1)?.version === event.version;
    if (!contiguous) throw new Error(`projection ${this.name}: store lacks ${event.streamId} v${appliedVersion + 1}..${event.version}`);
    return missing;
  }

  private fold(current: ProjectedDocument<Doc> | null, events: EventEnvelope[]): ProjectedDocument<Doc> {
    let doc: Doc | null = current ? stripMeta(current) : null;
    for (const event of events) doc = this.definition.evolve(doc, event);
    return { ...(doc as Doc), _id: events.at(-1)!.streamId, _v: events.at(-1)!.version };
  }

  /** Replace only if nobody moved `_v` since we read it; insert only if nobody inserted first. */
  private async write(current: ProjectedDocument<Doc> | null, next: ProjectedDocument<Doc>): Promise<boolean> {
    if (current) {
      const result = await this.collection.replaceOne({ _id: current._id, _v: current._v } as never, next);
      return result.matchedCount === 1;
    }
    try {
      await this.collection.insertOne(next as never);
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  /**
   * Inserts the rebuilt documents; where a live consumer got there first (duplicate key), the
   * document is replaced only if ours is newer, so nothing ever moves backwards. Plain inserts
   * rather than a bulk of upserts: FerretDB holds one backend connection per statement of a
   * multi-statement update until the command ends, which stalls on large batches.
   */
  private async writeMany(docs: ProjectedDocument<Doc>[]): Promise<void> {
    if (docs.length === 0) return;
    let conflicted: ProjectedDocument<Doc>[] = [];
    try {
      await this.collection.insertMany(docs as never[], { ordered: false });
    } catch (error) {
      if (!onlyDuplicateKeyErrors(error)) throw error;
      const writeErrors = (error as { writeErrors?: Array<{ index: number }> }).writeErrors ?? [];
      const failed = new Set(writeErrors.map((e) => e.index));
      conflicted = writeErrors.length === 0 ? docs : docs.filter((_, index) => failed.has(index));
    }
    for (const doc of conflicted) {
      await this.collection.replaceOne({ _id: doc._id, _v: { $lt: doc._v } } as never, doc);
    }
  }
}

function stripMeta<Doc>(doc: ProjectedDocument<Doc>): Doc {
  const { _id, _v, ...rest } = doc;
  return rest as unknown as Doc;
}
