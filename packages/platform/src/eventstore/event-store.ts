import type { Actor, DomainEvent, EventEnvelope } from '@liaison/contracts';

/** Who asked, why, and which command this is; stamped on every event of the commit. */
export interface AppendContext {
  /** Unique per command; a retried command with the same id gets the first result back. */
  commandId: string;
  actor: Actor;
  correlationId: string;
  causationId?: string | null;
  traceparent?: string | null;
  /**
   * Digest of the request that carried the command id (HTTP method, path, officer, body), kept
   * in the commit so a command id reused for a different request is refused, not answered.
   */
  requestDigest?: string | null;
}

/** The outcome of one command: the events of its commit, already enveloped. */
export interface AppendResult {
  streamId: string;
  /** The stream version after the commit (= version of its last event). */
  version: number;
  events: EventEnvelope[];
  /** True when the command id had been seen and the first result is returned. */
  duplicate: boolean;
  /** The digest of the request that made the commit, when one was given (see AppendContext). */
  requestDigest?: string | null;
}

export interface ReadStreamOptions {
  fromVersion?: number;
  /** Load the stream as it was at this version. */
  toVersion?: number;
  /** Load the stream as the system knew it at this instant (by recordedAt). */
  asOf?: Date;
}

export interface ScanOptions {
  batchSize?: number;
  /** Only streams whose id starts with this prefix, e.g. `lead-`. */
  streamPrefix?: string;
}

/** A commit waiting in the outbox (the commit document itself, see docs/architecture.md). */
export interface OutboxCommit {
  commitId: string;
  streamId: string;
  version: number;
  events: EventEnvelope[];
}

/**
 * One commit as stored, for the hash-chain verifier (ADR 0017): its events exactly as written
 * (not upcast: the chain covers the stored bytes) and the hashes it was written with.
 */
export interface StoredCommit {
  commitId: string;
  streamId: string;
  /** Version of its first event. */
  version: number;
  lastVersion: number;
  recordedAt: Date;
  events: EventEnvelope[];
  /** Null on a commit written before commits were chained (a legacy commit). */
  prevHash: string | null;
  hash: string | null;
}

/** Reads a stream's commits as stored; both stores implement it (the verifier's input). */
export interface CommitReader {
  /** Every commit of the stream in version order, with its stored hashes. */
  readCommits(streamId: string): Promise<StoredCommit[]>;
}

/** The expected version of a stream that has no events yet. */
export const NO_STREAM = 0;

export interface EventStore {
  /**
   * Appends the events of one command as one commit. `expectedVersion` must be the version
   * the caller loaded (NO_STREAM for a new stream); if another commit got there first the
   * append fails with ConcurrencyError. Events are validated against the registry first.
   */
  append(streamId: string, expectedVersion: number, events: DomainEvent[], context: AppendContext): Promise<AppendResult>;
  /** The result of an earlier command, if this command id was already committed. */
  findCommit(commandId: string): Promise<AppendResult | null>;
  /** Events of one stream in version order, upcast to their current schema. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<EventEnvelope[]>;
  /** Current version of a stream, NO_STREAM if it has no events. */
  streamVersion(streamId: string): Promise<number>;
  /** Every event, ordered by (streamId, version), in batches: the source of projection rebuilds. */
  scan(options?: ScanOptions): AsyncIterable<EventEnvelope[]>;
}

/**
 * Commits are spread over a fixed number of outbox partitions by a hash of their stream id, so
 * every commit of a stream is in the same partition. The relay drains one partition at a time
 * with equality-only queries, which every MongoDB-API server can answer without scanning the
 * whole backlog (FerretDB pushes only equality filters down), and per-stream order holds because
 * a partition's query sees all of a stream's unpublished commits.
 */
export const OUTBOX_PARTITIONS = 16;

/** FNV-1a of the stream id, modulo the partition count: stable across processes and versions. */
export function outboxPartition(streamId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < streamId.length; i += 1) {
    hash ^= streamId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % OUTBOX_PARTITIONS;
}

/** Which commit, for marking it published: its id and stream (the stream names its partition). */
export type OutboxCommitRef = Pick<OutboxCommit, 'commitId' | 'streamId'>;

/** Told about every commit this store acknowledged, right after the write (the relay's fast path). */
export type CommitListener = (commit: OutboxCommit) => void;

/**
 * What the outbox relay needs from a store. A commit is unpublished until `markPublished` has
 * recorded it: one write per batch, whatever its size (ADR 0006). `compactPublished` folds those
 * records into the commits later, off the publishing path.
 */
export interface Outbox {
  /** Unpublished commits of one partition, ordered by (streamId, version). */
  unpublished(partition: number, limit: number): Promise<OutboxCommit[]>;
  /** The partitions that hold unpublished commits (a cheap probe while the outbox is small). */
  pendingPartitions(): Promise<number[]>;
  /** Records that these commits reached Kafka; afterwards `unpublished` no longer lists them. */
  markPublished(commits: OutboxCommitRef[]): Promise<void>;
  /** Folds up to `limit` recorded commits into their documents; returns the commit ids it folded. */
  compactPublished(limit?: number): Promise<string[]>;
  countUnpublished(): Promise<number>;
  /** Subscribes to commits this store instance acknowledges; returns the unsubscribe function. */
  onCommitted(listener: CommitListener): () => void;
}
