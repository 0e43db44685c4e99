import { ROOT_CONTEXT, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { backOff } from 'exponential-backoff';
import { type Kafka, type Message, Partitioners, type Producer } from 'kafkajs';
import type { Logger } from 'pino';
import { OUTBOX_PARTITIONS, type Outbox, type OutboxCommit, type OutboxCommitRef, outboxPartition } from '../eventstore';
import { envelopeHeaders } from '../messaging/headers';
import { observePublished, trackOutboxRelay } from '../metrics';
import { contextFromTraceparent, injectIntoHeaders, tracer } from '../telemetry';
import type { Lease } from '../mongo/lease';
import { StreamPositions } from './stream-positions';

/** Thrown inside a retried step when this instance no longer holds the lease: stop, do not retry. */
const LEASE_LOST = new Error('outbox relay: lease lost');

export interface OutboxRelayOptions {
  outbox: Outbox;
  kafka: Kafka;
  topic: string;
  logger: Logger;
  /** With two or more relay instances, only the lease holder publishes. */
  lease?: Lease;
  /** How often the holder renews its lease (keep well under the lease's time to live). */
  leaseRenewMs?: number;
  /** Commits read per partition by one sweep query. */
  batchSize?: number;
  /** Messages per Kafka produce request, and the most one batch in flight carries. */
  sendChunk?: number;
  /**
   * How often the sweep looks for commits nobody handed over: those of other instances and
   * those a crash left behind. Commits of this process are published as soon as they are handed over.
   */
  idleMs?: number;
  /** Longest pause between attempts while Kafka is unreachable. */
  maxBackoffMs?: number;
  /** Commits queued in memory at most; beyond it hand-overs are left to the sweep (e.g. during a Kafka outage). */
  maxQueued?: number;
  /** How often published records are folded into the commit documents (off the publishing path). */
  compactEveryMs?: number;
}

/**
 * Publishes commits to Kafka in per-stream version order (key = streamId, one message per
 * event, idempotent producer) — ADR 0004 and 0006.
 *
 * - **Fast path**: the store hands every commit it acknowledged to the relay (`onCommitted`); the
 *   relay queues it and publishes queued commits in batches, one batch in flight, then records
 *   the batch as published with a single write.
 * - **Sweep**: at start, on taking over the lease, every `idleMs`, and whenever a handed-over
 *   commit cannot go first (its predecessor was not published by this relay), the relay reads the
 *   outbox partitions that hold unpublished commits, in (streamId, version) order.
 *
 * The commit document is the truth: a commit counts as published only once its batch record is
 * written, after Kafka acknowledged every message. A crash between the two republishes that batch
 * (consumers are idempotent); a Kafka outage only delays. Without a crash nothing is sent twice:
 * the relay remembers what it queued until compaction has marked it in the commit documents.
 */
export class OutboxRelay {
  private producer: Producer | null = null;
  private running = false;
  private loop: Promise<void> | null = null;
  private compaction: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private unsubscribe: (() => void) | null = null;

  private holding = false;
  private leaseRenewedAt = 0;
  /** False until the first full sweep after taking the lease has queued everything left behind. */
  private recovered = false;
  private nextPartition = 0;
  private lastSweepAt = 0;
  private lastCompactAt = 0;
  private readonly queue: OutboxCommit[] = [];
  /** Published, its record not written yet. */
  private readonly unrecorded: OutboxCommitRef[] = [];
  private recording: Promise<void> | null = null;
  private sweeping: Promise<void> | null = null;
  /** Raised whenever the lease is lost, so a sweep read for an earlier turn is dropped. */
  private term = 0;
  /** Commits queued, in flight or published by this holder and not yet compacted. */
  private readonly seen = new Set<string>();
  /** Partitions to sweep soon: a hand-over that could not be queued in order. */
  private readonly sweepSoon = new Set<number>();
  private readonly positions = new StreamPositions();
  private readonly batchSize: number;
  private readonly sendChunk: number;
  private readonly maxQueued: number;
  private recoveredWaiters: Array<() => void> = [];

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 2_000;
    this.sendChunk = options.sendChunk ?? 500;
    this.maxQueued = options.maxQueued ?? 20_000;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    const unsubscribe = this.options.outbox.onCommitted((commit) => this.handOver(commit));
    const untrack = trackOutboxRelay({
      topic: this.options.topic,
      backlog: () => this.queue.length,
      oldestRecordedAt: () => {
        const recordedAt = this.queue[0]?.events[0]?.recordedAt;
        return recordedAt ? Date.parse(recordedAt) : null;
      },
    });
    this.unsubscribe = () => {
      unsubscribe();
      untrack();
    };
    this.loop = this.run();
  }

  /** Resolves once the relay holds the lease and has queued what earlier runs left behind. */
  whenRecovered(): Promise<void> {
    if (this.recovered) return Promise.resolve();
    return new Promise((resolve) => this.recoveredWaiters.push(resolve));
  }

  /** Wakes the relay for an early sweep (e.g. after commits were written by another process). */
  notify(): void {
    this.lastSweepAt = 0;
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.wake?.();
    await this.loop;
    await this.sweeping;
    await this.recordAll();
    await this.compaction;
    if (this.holding) await this.options.lease?.release().catch(() => undefined);
    this.holding = false;
    await this.disconnect();
  }

  /**
   * A commit the store just acknowledged. Queued when it can go out in order: it opens its
   * stream, or this relay queued its predecessor. Otherwise (the stream's earlier commits came
   * from elsewhere, or the queue is full) its partition is swept soon, which finds it in order.
   */
  handOver(commit: OutboxCommit): void {
    if (!this.running || !this.holding || this.seen.has(commit.commitId)) return;
    const inOrder = commit.version === 1 || this.positions.get(commit.streamId) === commit.version - 1;
    if (inOrder && this.queue.length < this.maxQueued) {
      this.enqueue(commit);
    } else {
      this.sweepSoon.add(outboxPartition(commit.streamId));
    }
    this.wake?.();
  }

  /**
   * One sweep step without the loop (benchmarks, tools): queues up to one batch from the next
   * outbox partition that has unpublished commits and publishes everything queued; returns how
   * many events went out, 0 when the outbox is empty.
   */
  async publishBatch(): Promise<number> {
    this.holding = true;
    for (let tried = 0; tried < OUTBOX_PARTITIONS && this.queue.length === 0; tried += 1) {
      const partition = this.nextPartition;
      this.nextPartition = (this.nextPartition + 1) % OUTBOX_PARTITIONS;
      await this.sweepPartition(partition);
    }
    let published = 0;
    while (this.queue.length > 0) published += await this.publishQueued();
    await this.recordAll(Number.MAX_SAFE_INTEGER);
    return published;
  }

  /** Folds published records into the commit documents now (normally done in the background). */
  async compact(): Promise<number> {
    let folded = 0;
    for (;;) {
      const ids = await this.options.outbox.compactPublished(1_000);
      for (const id of ids) this.seen.delete(id);
      folded += ids.length;
      if (ids.length === 0) return folded;
    }
  }

  private enqueue(commit: OutboxCommit): void {
    this.seen.add(commit.commitId);
    this.positions.set(commit.streamId, commit.version + commit.events.length - 1);
    this.queue.push(commit);
  }

  private async run(): Promise<void> {
    const { logger, idleMs = 200, maxBackoffMs = 5_000 } = this.options;
    while (this.running) {
      try {
        if (!(await this.holdLease())) {
          await this.sleep(idleMs * 5);
          continue;
        }
        if (!this.recovered) {
          // Everything a crash or another instance left behind goes out before new work.
          await this.retrying(() => this.sweepAll(), maxBackoffMs);
          this.recovered = true;
          for (const resolve of this.recoveredWaiters.splice(0)) resolve();
          continue;
        }
        if (this.queue.length > 0) {
          await this.retrying(() => this.publishQueued(), maxBackoffMs);
          continue;
        }
        // The sweep reads beside the publishing, never in its way: under load its queries are
        // the slow ones, and what it finds joins the queue in order whenever it is done.
        const sweepDue = Date.now() - this.lastSweepAt >= idleMs;
        if (this.sweepSoon.size > 0 || sweepDue) this.sweepInBackground(sweepDue);
        this.compactInBackground();
        await this.sleep(Math.max(1, idleMs - (Date.now() - this.lastSweepAt)));
      } catch (error) {
        if (!this.running) break;
        if (error === LEASE_LOST) continue;
        logger.error({ err: error }, 'outbox relay: unexpected failure');
        await this.sleep(idleMs);
      }
    }
  }

  /** Retries a step while Kafka or the database is unavailable, for as long as the relay runs. */
  private retrying<T>(step: () => Promise<T>, maxBackoffMs: number): Promise<T> {
    // Every attempt renews the lease first: a long outage must not outlive this instance's turn.
    const attempt = async (): Promise<T> => {
      if (!(await this.holdLease())) throw LEASE_LOST;
      return step();
    };
    return backOff(attempt, {
      numOfAttempts: Number.MAX_SAFE_INTEGER,
      startingDelay: 200,
      maxDelay: maxBackoffMs,
      jitter: 'full',
      retry: (error: unknown, attempt: number) => {
        if (error === LEASE_LOST) return false;
        this.options.logger.warn({ err: error, attempt, topic: this.options.topic }, 'outbox relay: publish failed, will retry');
        void this.disconnect();
        return this.running;
      },
    });
  }

  private async holdLease(): Promise<boolean> {
    const { lease, leaseRenewMs = 1_000 } = this.options;
    if (!lease) {
      this.holding = true;
      return true;
    }
    if (this.holding && Date.now() - this.leaseRenewedAt < leaseRenewMs) return true;
    const held = await lease.tryAcquire().catch((error: unknown) => {
      this.options.logger.warn({ err: error }, 'outbox relay: lease renewal failed');
      return false;
    });
    if (held) {
      this.leaseRenewedAt = Date.now();
      this.holding = true;
    } else if (this.holding) {
      this.options.logger.warn({ topic: this.options.topic }, 'outbox relay: lease lost, another instance publishes');
      this.resetHolderState();
    }
    return held;
  }

  /** A new holder knows nothing of what the last one queued: it starts with a full sweep. */
  private resetHolderState(): void {
    this.term += 1;
    this.holding = false;
    this.recovered = false;
    this.queue.length = 0;
    this.seen.clear();
    this.sweepSoon.clear();
    this.positions.clear();
  }

  private sweepInBackground(all: boolean): void {
    if (this.sweeping) return;
    this.sweeping = (all ? this.sweepAll() : this.sweepListed())
      .catch((error: unknown) => this.options.logger.warn({ err: error }, 'outbox relay: sweep failed, will retry'))
      .finally(() => {
        this.sweeping = null;
        this.wake?.();
      });
  }

  private async sweepAll(): Promise<void> {
    this.lastSweepAt = Date.now();
    this.sweepSoon.clear();
    for (const partition of await this.options.outbox.pendingPartitions()) await this.sweepPartition(partition);
  }

  private async sweepListed(): Promise<void> {
    const partitions = [...this.sweepSoon];
    this.sweepSoon.clear();
    for (const partition of partitions) await this.sweepPartition(partition);
  }

  /** Queues the partition's unpublished commits this relay has not queued yet, in stream order. */
  private async sweepPartition(partition: number): Promise<void> {
    const term = this.term;
    const commits = await this.options.outbox.unpublished(partition, this.batchSize);
    // Read for a turn of the lease this instance no longer has: the next holder sweeps anew.
    if (term !== this.term || !this.holding) return;
    for (const commit of commits) if (!this.seen.has(commit.commitId)) this.enqueue(commit);
    // A full batch may have left more behind: come back to this partition right after.
    if (commits.length >= this.batchSize) this.sweepSoon.add(partition);
  }

  /** Sends the head of the queue (up to `sendChunk` messages) and records it published. */
  private async publishQueued(): Promise<number> {
    const batch: OutboxCommit[] = [];
    let size = 0;
    for (const commit of this.queue) {
      if (batch.length > 0 && size + commit.events.length > this.sendChunk) break;
      batch.push(commit);
      size += commit.events.length;
    }
    if (batch.length === 0) return 0;
    const { topic } = this.options;
    const spans: Span[] = [];
    const messages: Message[] = batch.flatMap((commit) =>
      commit.events.map((event) => {
        const headers = envelopeHeaders(event);
        // A PRODUCER span per event, child of the command's span, so the consumers' spans hang
        // under the publish (the event keeps the command's traceparent, the headers carry this one).
        if (event.traceparent) {
          const span = tracer().startSpan(
            `${topic} publish`,
            {
              kind: SpanKind.PRODUCER,
              attributes: {
                'messaging.system': 'kafka',
                'messaging.operation.type': 'send',
                'messaging.destination.name': topic,
                'messaging.kafka.message.key': commit.streamId,
                'liaison.event.type': event.type,
              },
            },
            contextFromTraceparent(event.traceparent),
          );
          spans.push(span);
          injectIntoHeaders(headers, trace.setSpan(ROOT_CONTEXT, span));
        }
        return { key: commit.streamId, value: JSON.stringify(event), headers };
      }),
    );
    try {
      const producer = await this.connectedProducer();
      await producer.send({ topic, messages, acks: -1 });
    } catch (error) {
      for (const span of spans)
        span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
      throw error;
    } finally {
      for (const span of spans) span.end();
    }
    observePublished(
      topic,
      batch.map((commit) => commit.events[0]?.recordedAt ?? ''),
      messages.length,
    );
    this.queue.splice(0, batch.length);
    // Recorded while the next batch is sent: what waits is merged into one record. Until it is
    // written the commits stay in `seen`, so this holder does not send them again; a crash before
    // it republishes them (consumers are idempotent).
    this.unrecorded.push(...batch.map(({ commitId, streamId }) => ({ commitId, streamId })));
    this.recordInBackground();
    return messages.length;
  }

  private recordInBackground(): void {
    if (this.recording || this.unrecorded.length === 0) return;
    const refs = this.unrecorded.splice(0);
    this.recording = this.options.outbox
      .markPublished(refs)
      .catch((error: unknown) => {
        this.options.logger.warn({ err: error, commits: refs.length }, 'outbox relay: recording a published batch failed, will retry');
        this.unrecorded.unshift(...refs);
        return new Promise<void>((resolve) => setTimeout(resolve, 200));
      })
      .finally(() => {
        this.recording = null;
        if (this.running) this.recordInBackground();
      });
  }

  /** Waits until every published batch is recorded (a few attempts when stopping). */
  private async recordAll(attempts = 5): Promise<void> {
    for (let i = 0; i < attempts && (this.recording || this.unrecorded.length > 0); i += 1) {
      this.recordInBackground();
      await this.recording;
    }
  }

  private compactInBackground(): void {
    const { compactEveryMs = 1_000, logger } = this.options;
    if (this.compaction || Date.now() - this.lastCompactAt < compactEveryMs) return;
    this.lastCompactAt = Date.now();
    this.compaction = this.options.outbox
      .compactPublished(1_000)
      .then((ids) => {
        for (const id of ids) this.seen.delete(id);
      })
      .catch((error: unknown) => logger.warn({ err: error }, 'outbox relay: compaction failed, will retry'))
      .finally(() => {
        this.compaction = null;
      });
  }

  private async connectedProducer(): Promise<Producer> {
    if (this.producer) return this.producer;
    // The murmur2 default partitioner, named explicitly: keys (stream ids) land where Java clients put them.
    const producer = this.options.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await producer.connect();
    this.producer = producer;
    return producer;
  }

  private async disconnect(): Promise<void> {
    const producer = this.producer;
    this.producer = null;
    await producer?.disconnect().catch(() => undefined);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}
