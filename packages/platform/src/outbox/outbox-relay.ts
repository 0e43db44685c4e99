import { backOff } from 'exponential-backoff';
import { type Kafka, type Message, Partitioners, type Producer } from 'kafkajs';
import type { Logger } from 'pino';
import { OUTBOX_PARTITIONS, type Outbox } from '../eventstore';
import { envelopeHeaders } from '../messaging/headers';
import type { Lease } from '../mongo/lease';

export interface OutboxRelayOptions {
  outbox: Outbox;
  kafka: Kafka;
  topic: string;
  logger: Logger;
  /** With two or more relay instances, only the lease holder publishes. */
  lease?: Lease;
  /** Commits fetched per round (one outbox query, one mark per 1,000). */
  batchSize?: number;
  /** Messages per Kafka produce request (kept well under the broker's 1 MB batch limit). */
  sendChunk?: number;
  /** How long to wait when the outbox is empty. */
  idleMs?: number;
  /** Longest pause between attempts while Kafka is unreachable. */
  maxBackoffMs?: number;
}

/**
 * Publishes unpublished commits to Kafka in per-stream version order (key = streamId, one
 * message per event, idempotent producer), then marks them published. A crash between publish
 * and mark republishes the batch (consumers are idempotent); a Kafka outage only delays.
 */
export class OutboxRelay {
  private producer: Producer | null = null;
  private running = false;
  private loop: Promise<void> | null = null;
  private partition = 0;
  private wake: (() => void) | null = null;
  private readonly batchSize: number;

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 2_000;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Nudges an idle relay right after a commit instead of waiting for the next poll. */
  notify(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.notify();
    await this.loop;
    await this.options.lease?.release().catch(() => undefined);
    await this.disconnect();
  }

  /**
   * Publishes up to one batch from the next non-empty outbox partition (round robin, so a busy
   * partition cannot starve the others); returns how many events went out, 0 when all are empty.
   */
  async publishBatch(): Promise<number> {
    for (let tried = 0; tried < OUTBOX_PARTITIONS; tried += 1) {
      const partition = this.partition;
      this.partition = (this.partition + 1) % OUTBOX_PARTITIONS;
      const published = await this.publishPartition(partition);
      if (published > 0) return published;
    }
    return 0;
  }

  private async publishPartition(partition: number): Promise<number> {
    const commits = await this.options.outbox.unpublished(partition, this.batchSize);
    if (commits.length === 0) return 0;
    const messages: Message[] = commits.flatMap((commit) =>
      commit.events.map((event) => ({ key: commit.streamId, value: JSON.stringify(event), headers: envelopeHeaders(event) })),
    );
    const producer = await this.connectedProducer();
    for (const chunk of chunks(messages, this.options.sendChunk ?? 500)) {
      await producer.send({ topic: this.options.topic, messages: chunk, acks: -1 });
    }
    for (const ids of chunks(commits.map((commit) => commit.commitId), 1_000)) {
      await this.options.outbox.markPublished(partition, ids);
    }
    return messages.length;
  }

  private async run(): Promise<void> {
    const { logger, lease, idleMs = 200, maxBackoffMs = 5_000 } = this.options;
    while (this.running) {
      try {
        if (lease && !(await lease.tryAcquire())) {
          await this.sleep(idleMs * 5);
          continue;
        }
        const published = await backOff(() => this.publishBatch(), {
          numOfAttempts: Number.MAX_SAFE_INTEGER,
          startingDelay: 200,
          maxDelay: maxBackoffMs,
          jitter: 'full',
          retry: (error: unknown, attempt: number) => {
            logger.warn({ err: error, attempt, topic: this.options.topic }, 'outbox relay: publish failed, will retry');
            void this.disconnect();
            return this.running;
          },
        });
        if (published === 0) await this.sleep(idleMs);
      } catch (error) {
        if (!this.running) break;
        logger.error({ err: error }, 'outbox relay: unexpected failure');
        await this.sleep(idleMs);
      }
    }
  }

  private async connectedProducer(): Promise<Producer> {
    if (this.producer) return this.producer;
    // The murmur2 default partitioner, named explicitly: keys (stream ids) land where Java clients put them.
    const producer = this.options.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner });
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

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
