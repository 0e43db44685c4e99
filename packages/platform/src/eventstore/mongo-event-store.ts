import type { DomainEvent, EventEnvelope, EventRegistry } from '@liaison/contracts';
import type { Connection, Model } from 'mongoose';
import { Schema, Types } from 'mongoose';
import { ConcurrencyError, ValidationError } from '../errors';
import { isDuplicateKeyError } from '../mongo/errors';
import { envelopeEvents } from './envelopes';
import type {
  AppendContext,
  AppendResult,
  EventStore,
  Outbox,
  OutboxCommit,
  ReadStreamOptions,
  ScanOptions,
} from './event-store';
import { NO_STREAM, outboxPartition } from './event-store';

/** One document per commit; the document is also the outbox entry (`published: false`). */
export interface CommitDocument {
  streamId: string;
  /** Version of the first event of the commit; (streamId, version) is unique. */
  version: number;
  lastVersion: number;
  commandId: string;
  correlationId: string;
  recordedAt: Date;
  published: boolean;
  /** See OUTBOX_PARTITIONS. */
  outboxPartition: number;
  events: EventEnvelope[];
}

const commitSchema = new Schema<CommitDocument>(
  {
    streamId: { type: String, required: true },
    version: { type: Number, required: true },
    lastVersion: { type: Number, required: true },
    commandId: { type: String, required: true },
    correlationId: { type: String, required: true },
    recordedAt: { type: Date, required: true },
    published: { type: Boolean, required: true },
    outboxPartition: { type: Number, required: true },
    events: { type: Schema.Types.Mixed, required: true },
  },
  { versionKey: false, autoIndex: false, strict: false },
);
commitSchema.index({ streamId: 1, version: 1 }, { unique: true, name: 'stream_version_unique' });
commitSchema.index({ commandId: 1 }, { unique: true, name: 'command_unique' });
commitSchema.index({ published: 1, outboxPartition: 1, streamId: 1, version: 1 }, { name: 'outbox' });

export const COMMITS_COLLECTION = 'event_commits';

/**
 * The MongoDB event store. Every write is one single-document insert or update, so it works on
 * a standalone MongoDB and on FerretDB (no multi-document transactions): the unique
 * (streamId, version) index is the optimistic lock, the unique commandId index the idempotency.
 */
export class MongoEventStore implements EventStore, Outbox {
  private readonly commits: Model<CommitDocument>;

  constructor(
    connection: Connection,
    private readonly registry: EventRegistry,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.commits = connection.models.EventCommit ?? connection.model<CommitDocument>('EventCommit', commitSchema, COMMITS_COLLECTION);
  }

  /** Creates the indexes; call once at start-up before the first append. */
  async init(): Promise<void> {
    await this.commits.createIndexes();
  }

  async append(streamId: string, expectedVersion: number, events: DomainEvent[], context: AppendContext): Promise<AppendResult> {
    const now = this.clock();
    const envelopes = envelopeEvents(this.registry, streamId, expectedVersion, events, context, now);
    const document: CommitDocument = {
      streamId,
      version: expectedVersion + 1,
      lastVersion: envelopes.at(-1)!.version,
      commandId: context.commandId,
      correlationId: context.correlationId,
      recordedAt: now,
      published: false,
      outboxPartition: outboxPartition(streamId),
      events: envelopes,
    };
    try {
      await this.commits.collection.insertOne(document);
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      return this.resolveDuplicate(streamId, expectedVersion, context.commandId);
    }
    return { streamId, version: document.lastVersion, events: envelopes, duplicate: false };
  }

  async findCommit(commandId: string): Promise<AppendResult | null> {
    const commit = await this.commits.collection.findOne<CommitDocument>({ commandId });
    return commit ? { streamId: commit.streamId, version: commit.lastVersion, events: commit.events.map(this.upcast), duplicate: true } : null;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<EventEnvelope[]> {
    const filter: Record<string, unknown> = { streamId };
    if (options.fromVersion !== undefined) filter.lastVersion = { $gte: options.fromVersion };
    if (options.toVersion !== undefined) filter.version = { $lte: options.toVersion };
    if (options.asOf !== undefined) filter.recordedAt = { $lte: options.asOf };
    const commits = await this.commits.collection
      .find<Pick<CommitDocument, 'events'>>(filter, { projection: { _id: 0, events: 1 } })
      .sort({ streamId: 1, version: 1 })
      .toArray();
    const from = options.fromVersion ?? 1;
    const to = options.toVersion ?? Number.MAX_SAFE_INTEGER;
    return commits.flatMap((commit) => commit.events).filter((event) => event.version >= from && event.version <= to).map(this.upcast);
  }

  async streamVersion(streamId: string): Promise<number> {
    const last = await this.commits.collection.findOne<Pick<CommitDocument, 'lastVersion'>>(
      { streamId },
      { sort: { streamId: 1, version: -1 }, projection: { _id: 0, lastVersion: 1 } },
    );
    return last?.lastVersion ?? NO_STREAM;
  }

  async *scan(options: ScanOptions = {}): AsyncIterable<EventEnvelope[]> {
    const batchSize = options.batchSize ?? 1000;
    const filter = options.streamPrefix ? { streamId: { $gte: options.streamPrefix, $lt: `${options.streamPrefix}\uffff` } } : {};
    const cursor = this.commits.collection
      .find<Pick<CommitDocument, 'events'>>(filter, { projection: { _id: 0, events: 1 } })
      .sort({ streamId: 1, version: 1 })
      .batchSize(batchSize);
    let batch: EventEnvelope[] = [];
    for await (const commit of cursor) {
      for (const event of commit.events) batch.push(this.upcast(event));
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  async unpublished(partition: number, limit: number): Promise<OutboxCommit[]> {
    const commits = await this.commits.collection
      .find<CommitDocument & { _id: unknown }>({ published: false, outboxPartition: partition }, { projection: { streamId: 1, version: 1, events: 1 } })
      .sort({ streamId: 1, version: 1 })
      .limit(limit)
      .toArray();
    return commits.map((commit) => ({ commitId: String(commit._id), streamId: commit.streamId, version: commit.version, events: commit.events }));
  }

  async markPublished(partition: number, commitIds: string[]): Promise<void> {
    if (commitIds.length === 0) return;
    await this.commits.collection.updateMany(
      // The equality fields first: they narrow the scan to this partition's backlog.
      { published: false, outboxPartition: partition, _id: { $in: commitIds.map((id) => new Types.ObjectId(id)) } },
      { $set: { published: true } },
    );
  }

  async countUnpublished(): Promise<number> {
    return this.commits.collection.countDocuments({ published: false });
  }

  /** A unique-index violation is either a retried command or a lost race; tell them apart. */
  private async resolveDuplicate(streamId: string, expectedVersion: number, commandId: string): Promise<AppendResult> {
    const earlier = await this.findCommit(commandId);
    if (earlier) {
      if (earlier.streamId !== streamId) throw ValidationError.field('commandId', `already used for stream ${earlier.streamId}`);
      return earlier;
    }
    throw new ConcurrencyError(streamId, expectedVersion, await this.streamVersion(streamId));
  }

  private readonly upcast = (event: EventEnvelope): EventEnvelope => this.registry.upcast(event);
}
