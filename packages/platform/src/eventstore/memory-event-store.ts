import type { DomainEvent, EventEnvelope, EventRegistry } from '@liaison/contracts';
import { ConcurrencyError, ValidationError } from '../errors';
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

interface Commit extends OutboxCommit {
  commandId: string;
  recordedAt: Date;
  published: boolean;
}

/** Same contract as the MongoDB store, kept in memory: for unit tests of deciders and handlers. */
export class InMemoryEventStore implements EventStore, Outbox {
  private readonly streams = new Map<string, Commit[]>();
  private readonly byCommand = new Map<string, Commit>();
  private sequence = 0;

  constructor(
    private readonly registry: EventRegistry,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async append(streamId: string, expectedVersion: number, events: DomainEvent[], context: AppendContext): Promise<AppendResult> {
    const earlier = this.byCommand.get(context.commandId);
    if (earlier) return this.duplicateOf(earlier, streamId);
    const envelopes = envelopeEvents(this.registry, streamId, expectedVersion, events, context, this.clock());
    const commits = this.streams.get(streamId) ?? [];
    const actual = commits.at(-1)?.events.at(-1)?.version ?? NO_STREAM;
    if (actual !== expectedVersion) throw new ConcurrencyError(streamId, expectedVersion, actual);
    const commit: Commit = {
      commitId: String((this.sequence += 1)),
      streamId,
      version: expectedVersion + 1,
      events: envelopes,
      commandId: context.commandId,
      recordedAt: this.clock(),
      published: false,
    };
    commits.push(commit);
    this.streams.set(streamId, commits);
    this.byCommand.set(context.commandId, commit);
    return { streamId, version: envelopes.at(-1)!.version, events: envelopes, duplicate: false };
  }

  async findCommit(commandId: string): Promise<AppendResult | null> {
    const commit = this.byCommand.get(commandId);
    return commit ? this.resultOf(commit, true) : null;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<EventEnvelope[]> {
    const events = (this.streams.get(streamId) ?? [])
      .filter((commit) => !options.asOf || commit.recordedAt <= options.asOf)
      .flatMap((commit) => commit.events)
      .filter((event) => event.version >= (options.fromVersion ?? 1) && event.version <= (options.toVersion ?? Infinity));
    return events.map((event) => this.registry.upcast(event));
  }

  async streamVersion(streamId: string): Promise<number> {
    return this.streams.get(streamId)?.at(-1)?.events.at(-1)?.version ?? NO_STREAM;
  }

  async *scan(options: ScanOptions = {}): AsyncIterable<EventEnvelope[]> {
    const batchSize = options.batchSize ?? 1000;
    let batch: EventEnvelope[] = [];
    for (const streamId of [...this.streams.keys()].sort()) {
      if (options.streamPrefix && !streamId.startsWith(options.streamPrefix)) continue;
      for (const event of await this.readStream(streamId)) {
        batch.push(event);
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
        }
      }
    }
    if (batch.length > 0) yield batch;
  }

  async unpublished(partition: number, limit: number): Promise<OutboxCommit[]> {
    return [...this.streams.keys()]
      .filter((streamId) => outboxPartition(streamId) === partition)
      .sort()
      .flatMap((streamId) => this.streams.get(streamId)!.filter((commit) => !commit.published))
      .slice(0, limit)
      .map(({ commitId, streamId, version, events }) => ({ commitId, streamId, version, events }));
  }

  async markPublished(partition: number, commitIds: string[]): Promise<void> {
    const ids = new Set(commitIds);
    for (const [streamId, commits] of this.streams) {
      if (outboxPartition(streamId) !== partition) continue;
      for (const commit of commits) if (ids.has(commit.commitId)) commit.published = true;
    }
  }

  async countUnpublished(): Promise<number> {
    return [...this.streams.values()].flat().filter((commit) => !commit.published).length;
  }

  private duplicateOf(commit: Commit, streamId: string): AppendResult {
    if (commit.streamId !== streamId) {
      throw ValidationError.field('commandId', `already used for stream ${commit.streamId}`);
    }
    return this.resultOf(commit, true);
  }

  private resultOf(commit: Commit, duplicate: boolean): AppendResult {
    return { streamId: commit.streamId, version: commit.events.at(-1)!.version, events: commit.events, duplicate };
  }
}
