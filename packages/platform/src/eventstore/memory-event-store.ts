import type { DomainEvent, EventEnvelope, EventRegistry } from '@liaison/contracts';
import { ConcurrencyError } from '../errors';
import { chainCommit, GENESIS_HASH } from './commit-hash';
import { envelopeEvents } from './envelopes';
import type {
  AppendContext,
  AppendResult,
  CommitListener,
  CommitReader,
  EventStore,
  Outbox,
  OutboxCommit,
  OutboxCommitRef,
  ReadStreamOptions,
  ScanOptions,
  StoredCommit,
} from './event-store';
import { NO_STREAM, outboxPartition } from './event-store';
import { sameRequestOrThrow } from './same-request';

interface Commit extends OutboxCommit {
  commandId: string;
  requestDigest: string | null;
  recordedAt: Date;
  published: boolean;
  prevHash: string;
  hash: string;
}

/** Same contract as the MongoDB store, kept in memory: for unit tests of deciders and handlers. */
export class InMemoryEventStore implements EventStore, Outbox, CommitReader {
  private readonly streams = new Map<string, Commit[]>();
  private readonly byCommand = new Map<string, Commit>();
  private sequence = 0;
  private readonly listeners = new Set<CommitListener>();

  constructor(
    private readonly registry: EventRegistry,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async append(streamId: string, expectedVersion: number, events: DomainEvent[], context: AppendContext): Promise<AppendResult> {
    const earlier = this.byCommand.get(context.commandId);
    if (earlier) return sameRequestOrThrow(this.resultOf(earlier, true), context.commandId, streamId, context.requestDigest);
    const enveloped = envelopeEvents(this.registry, streamId, expectedVersion, events, context, this.clock());
    const commits = this.streams.get(streamId) ?? [];
    const actual = commits.at(-1)?.events.at(-1)?.version ?? NO_STREAM;
    if (actual !== expectedVersion) throw new ConcurrencyError(streamId, expectedVersion, actual);
    const prevHash = commits.at(-1)?.hash ?? GENESIS_HASH;
    // Normalised and chained as the MongoDB store does it (ADR 0017).
    const { events: envelopes, hash } = chainCommit(prevHash, enveloped);
    const commit: Commit = {
      commitId: String((this.sequence += 1)),
      streamId,
      version: expectedVersion + 1,
      events: envelopes,
      commandId: context.commandId,
      requestDigest: context.requestDigest ?? null,
      recordedAt: this.clock(),
      published: false,
      prevHash,
      hash,
    };
    commits.push(commit);
    this.streams.set(streamId, commits);
    this.byCommand.set(context.commandId, commit);
    for (const listener of this.listeners) listener({ commitId: commit.commitId, streamId, version: commit.version, events: envelopes });
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

  /** Copies, so a test that edits one (to play the tamperer) does not edit the store. */
  async readCommits(streamId: string): Promise<StoredCommit[]> {
    return (this.streams.get(streamId) ?? []).map((commit) => ({
      commitId: commit.commitId,
      streamId: commit.streamId,
      version: commit.version,
      lastVersion: commit.events.at(-1)!.version,
      recordedAt: commit.recordedAt,
      events: structuredClone(commit.events),
      prevHash: commit.prevHash,
      hash: commit.hash,
    }));
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

  async pendingPartitions(): Promise<number[]> {
    const partitions = new Set<number>();
    for (const [streamId, commits] of this.streams)
      if (commits.some((commit) => !commit.published)) partitions.add(outboxPartition(streamId));
    return [...partitions].sort((a, b) => a - b);
  }

  async markPublished(commits: OutboxCommitRef[]): Promise<void> {
    const ids = new Set(commits.map((commit) => commit.commitId));
    for (const commit of [...this.streams.values()].flat()) if (ids.has(commit.commitId)) commit.published = true;
  }

  /** Marking is already a flag here: nothing to fold. */
  async compactPublished(): Promise<string[]> {
    return [];
  }

  onCommitted(listener: CommitListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async countUnpublished(): Promise<number> {
    return [...this.streams.values()].flat().filter((commit) => !commit.published).length;
  }

  private resultOf(commit: Commit, duplicate: boolean): AppendResult {
    return {
      streamId: commit.streamId,
      version: commit.events.at(-1)!.version,
      events: commit.events,
      duplicate,
      requestDigest: commit.requestDigest,
    };
  }
}
