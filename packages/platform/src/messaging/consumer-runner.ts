import type { EventEnvelope, EventRegistry } from '@liaison/contracts';
import { context, type Link, ROOT_CONTEXT, SpanKind, trace } from '@opentelemetry/api';
import { backOff } from 'exponential-backoff';
import { type Consumer, type EachBatchPayload, type Kafka, type KafkaMessage, Partitioners, type Producer } from 'kafkajs';
import type { Logger } from 'pino';
import { contextLogger } from '../logging';
import { observeConsumed, observeDeadLetter, trackConsumerGroup } from '../metrics';
import { extractFromHeaders, withSpan } from '../telemetry';
import { type DeadLetter, sendToDeadLetter } from './dead-letter';
import { REPLAY_HEADERS } from './dlq/dead-letter-record';
import { classifyFailure } from './failure-policy';
import { headerString } from './headers';
import { readIncomingEvent } from './incoming-event';

export interface ConsumedEvent {
  event: EventEnvelope;
  topic: string;
  partition: number;
  offset: string;
  logger: Logger;
}

export type EventHandler = (consumed: ConsumedEvent) => Promise<void>;

/**
 * Handles the valid events of one fetched batch of one partition at once, in partition order.
 * Must be idempotent per event like `EventHandler`: if it throws, the runner hands the same
 * events to `handler` one by one (some may have been applied already).
 */
export type BatchHandler = (batch: ConsumedEvent[]) => Promise<void>;

export interface ConsumerRunnerOptions {
  kafka: Kafka;
  groupId: string;
  topics: string[];
  handler: EventHandler;
  /**
   * Optional fast path (ADR 0006): each fetched batch's valid events go here at once; on any
   * failure the runner falls back to `handler` per message, so poison still goes to the DLQ
   * alone and transient failures still pause the partition and retry.
   */
  batchHandler?: BatchHandler;
  logger: Logger;
  /**
   * The producer's registry of each consumed topic (its context's contract): events are upcast
   * and validated with it before the handler sees them, and a failure goes to the DLQ as
   * `invalid`. A topic without one passes events through unchecked.
   */
  registryOf?: (topic: string) => EventRegistry | undefined;
  /** Shorthand for `registryOf: () => registry`, for a consumer of one context's topics. */
  registry?: EventRegistry;
  /** Attempts per message for a non-transient handler failure before it goes to the DLQ. */
  maxAttempts?: number;
  /** First retry delay; it doubles per attempt, with full jitter, up to `maxRetryDelayMs`. */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
  fromBeginning?: boolean;
  /** Partitions handled at once (order is kept within each partition). */
  partitionsConsumedConcurrently?: number;
  /** How soon the group notices a dead member (broker minimum is 6 s). */
  sessionTimeoutMs?: number;
  /**
   * How long the broker may hold a fetch that found nothing. Data ends the wait at once; the
   * bound matters when partitions resume after a retry, which waits for the fetch in flight.
   */
  maxWaitTimeInMs?: number;
  /**
   * The most a fetch returns per partition (kafkajs' default is 1 MB). kafkajs fetches again only
   * after every batch of the last fetch is handled, so a consumer that writes whole batches at
   * once (the history archive) goes faster with fewer, larger fetches.
   */
  maxBytesPerPartition?: number;
}

/** Retrying or dead-lettering one message in the background while its partition is paused. */
type Work = (parked: Parked) => Promise<void>;

interface Parked {
  offset: string;
  state: 'retrying' | 'done' | 'abandoned';
}

/**
 * Runs `fn` in the trace context the message carries, so the log lines about it (poison,
 * failures, retries) have its trace id (the pino mixin reads the active span) — ADR 0025.
 */
const inTraceOf = <T>(message: KafkaMessage, fn: () => T): T => context.with(extractFromHeaders(message.headers ?? {}, ROOT_CONTEXT), fn);

/** Thrown into a background retry when its partition was revoked or the runner stops. */
class Abandoned extends Error {}

/**
 * A consumer group that hands each event to `handler` at least once, in order per partition.
 * Handlers must be idempotent. Only poison goes to the DLQ (ADR 0007):
 * - malformed messages and events the producer's registry refuses: at once (`malformed`, `invalid`);
 * - a handler's ValidationError: at once (`rejected`);
 * - any other handler error: after `maxAttempts` tries with backoff (`handler-failed`);
 * - transient failures (database, broker or called service down or slow): never. The message's
 *   partition is paused and the handler retried with capped, jittered backoff for as long as it
 *   takes, in the background, so the group keeps heartbeating and other partitions keep flowing.
 * Batches are consumed with `eachBatch`: offsets resolve per message, commit once per batch.
 */
export class ConsumerRunner {
  private consumer: Consumer | null = null;
  private dlqProducer: Producer | null = null;
  private stopping = false;
  private restarting: Promise<void> | null = null;
  /** Per `topic|partition`: the message a background task is retrying (or finished with). */
  private readonly parked = new Map<string, Parked>();
  private readonly background = new Set<Promise<void>>();
  private readonly attempts = new Set<Promise<void>>();
  /** Takes the group off the lag gauge (ADR 0025). */
  private untrack: (() => void) | null = null;

  constructor(private readonly options: ConsumerRunnerOptions) {}

  async start(): Promise<void> {
    this.stopping = false;
    this.dlqProducer = this.options.kafka.producer({ allowAutoTopicCreation: true, createPartitioner: Partitioners.DefaultPartitioner });
    try {
      await this.dlqProducer.connect();
      await this.runConsumer();
      const { kafka, groupId, topics, logger } = this.options;
      this.untrack ??= trackConsumerGroup({ kafka, groupId, topics, logger });
    } catch (error) {
      // Leave nothing connected, so a caller may retry start() (a topic created a moment ago can be unknown to a broker yet).
      await this.dlqProducer.disconnect().catch(() => undefined);
      this.dlqProducer = null;
      throw error;
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.untrack?.();
    this.untrack = null;
    for (const parked of this.parked.values()) if (parked.state === 'retrying') parked.state = 'abandoned';
    await this.consumer?.disconnect();
    // Handler attempts still running finish before the producer goes; retries waiting on a delay give up when it ends.
    await Promise.allSettled([...this.attempts]);
    await this.dlqProducer?.disconnect();
    this.parked.clear();
    this.consumer = null;
    this.dlqProducer = null;
  }

  private async runConsumer(): Promise<Consumer> {
    const {
      kafka,
      groupId,
      topics,
      fromBeginning = true,
      partitionsConsumedConcurrently = 8,
      sessionTimeoutMs = 15_000,
      maxWaitTimeInMs = 500,
      maxBytesPerPartition,
    } = this.options;
    const heartbeatInterval = Math.min(1_000, sessionTimeoutMs / 3);
    const consumer = kafka.consumer({
      groupId,
      sessionTimeout: sessionTimeoutMs,
      heartbeatInterval,
      maxWaitTimeInMs,
      ...(maxBytesPerPartition ? { maxBytesPerPartition, maxBytes: Math.max(10 * 1024 * 1024, 8 * maxBytesPerPartition) } : {}),
      retry: { retries: 10 },
    });
    this.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => this.keepOnly(payload.memberAssignment));
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (payload.restart) {
        this.options.logger.warn({ err: payload.error, groupId }, 'consumer crashed; kafkajs restarts it');
        return;
      }
      // kafkajs gives up on some errors of a broker outage (e.g. "Failed to find group coordinator"
      // wrapped as non-retriable): a consumer group must not stop for good because Kafka restarted.
      this.options.logger.error({ err: payload.error, groupId }, 'consumer crashed and kafkajs gave up: restarting it with backoff');
      if (this.consumer === consumer) this.restart(consumer);
    });
    try {
      await consumer.connect();
      await consumer.subscribe({ topics, fromBeginning });
      await consumer.run({
        partitionsConsumedConcurrently,
        // Offsets after a paused message must stay unresolved, so it and its successors are fetched again.
        eachBatchAutoResolve: false,
        eachBatch: (payload) => this.consumeBatch(payload, heartbeatInterval),
      });
    } catch (error) {
      await consumer.disconnect().catch(() => undefined);
      throw error;
    }
    return consumer;
  }

  /** A new consumer for the group, tried with capped backoff until the broker takes it (or the runner stops). */
  private restart(crashed: Consumer): void {
    if (this.stopping || this.restarting) return;
    const { groupId, logger } = this.options;
    this.restarting = backOff(
      async () => {
        if (this.stopping) throw new Abandoned();
        await (this.consumer ?? crashed).disconnect().catch(() => undefined);
        const started = await this.runConsumer();
        // stop() ran meanwhile and disconnected the previous consumer, not this one.
        if (this.stopping) await started.disconnect();
      },
      {
        startingDelay: 1_000,
        maxDelay: 30_000,
        timeMultiple: 2,
        jitter: 'full',
        numOfAttempts: Number.MAX_SAFE_INTEGER,
        retry: (error: unknown) => {
          if (error instanceof Abandoned || this.stopping) return false;
          logger.warn({ err: error, groupId }, 'consumer restart failed, retrying');
          return true;
        },
      },
    )
      .then(
        () => logger.info({ groupId }, 'consumer restarted after a crash'),
        () => undefined,
      )
      .finally(() => {
        this.restarting = null;
      });
  }

  private async consumeBatch(
    { batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload,
    heartbeatInterval: number,
  ): Promise<void> {
    const { topic, partition } = batch;
    const key = `${topic}|${partition}`;
    // First what needs no handler: a message finished by a background retry, replays meant for another group.
    const todo: Array<{ message: KafkaMessage; skip: boolean }> = [];
    for (const message of batch.messages) {
      const parked = this.parked.get(key);
      if (parked?.state === 'retrying') {
        if (todo.length === 0) {
          this.pause(topic, partition);
          return;
        }
        break;
      }
      let skip = false;
      if (parked && BigInt(message.offset) >= BigInt(parked.offset)) {
        this.parked.delete(key);
        skip = parked.state === 'done' && parked.offset === message.offset;
      }
      const replayFor = headerString(message.headers, REPLAY_HEADERS.replayFor);
      // A replay meant for the group that parked it; this group processed the original.
      if (replayFor !== undefined && replayFor !== this.options.groupId) skip = true;
      todo.push({ message, skip });
    }
    if (this.options.batchHandler && todo.filter((item) => !item.skip).length > 1) {
      if (!isRunning() || isStale() || this.stopping) return;
      if (await this.deliverBatch(topic, partition, todo, resolveOffset, heartbeat, heartbeatInterval)) return;
    }
    for (const { message, skip } of todo) {
      if (!isRunning() || isStale() || this.stopping) return;
      if (skip) {
        resolveOffset(message.offset);
        observeConsumed(this.options.groupId, topic);
        continue;
      }
      const later = await this.deliver(topic, partition, message, heartbeat, heartbeatInterval);
      if (later) {
        this.park(key, topic, partition, message.offset, later);
        return;
      }
      resolveOffset(message.offset);
      observeConsumed(this.options.groupId, topic);
      await heartbeat();
    }
  }

  /**
   * The batch path: every valid event to `batchHandler` at once, then offsets in order, each
   * invalid message dead-lettered in its place. Returns false if the handler failed: the caller
   * then goes message by message (idempotent handlers make the partial batch harmless), which
   * isolates a poison event and pauses the partition for a transient failure as before.
   */
  private async deliverBatch(
    topic: string,
    partition: number,
    todo: Array<{ message: KafkaMessage; skip: boolean }>,
    resolveOffset: (offset: string) => void,
    heartbeat: () => Promise<void>,
    heartbeatInterval: number,
  ): Promise<boolean> {
    const { groupId, registryOf, registry, logger } = this.options;
    const read = todo.map((item) => ({
      ...item,
      incoming: item.skip ? null : readIncomingEvent(item.message, registryOf ? registryOf(topic) : registry),
    }));
    const consumed: ConsumedEvent[] = [];
    for (const { message, incoming } of read) {
      if (!incoming?.ok) continue;
      const { event } = incoming;
      // Made when a handler first logs: two pino children per message were a fifth of the CPU
      // of a large batch (bench:history), and a batch handler rarely logs per event.
      let messageLogger: Logger | undefined;
      consumed.push({
        event,
        topic,
        partition,
        offset: message.offset,
        get logger() {
          messageLogger ??= contextLogger(logger.child({ topic, partition, offset: message.offset, groupId }), {
            correlationId: event.correlationId,
            eventId: event.eventId,
            eventType: event.type,
          });
          return messageLogger;
        },
      });
    }
    if (consumed.length > 0) {
      try {
        // The batch's span links to each message's trace: one span cannot have many parents.
        const links = read.flatMap(({ message, incoming }) => {
          const linked = incoming?.ok ? trace.getSpanContext(extractFromHeaders(message.headers ?? {}, ROOT_CONTEXT)) : undefined;
          return linked ? [{ context: linked }] : [];
        });
        await this.keepingAlive(heartbeat, heartbeatInterval, () => this.attemptBatch(topic, consumed, links));
      } catch (error) {
        logger.warn(
          { err: error, topic, partition, groupId, messages: consumed.length, kind: classifyFailure(error) },
          'batch handler failed: handling the batch message by message',
        );
        return false;
      }
    }
    const key = `${topic}|${partition}`;
    for (const { message, incoming } of read) {
      if (incoming && !incoming.ok) {
        const baseLogger = logger.child({ topic, partition, offset: message.offset, groupId });
        inTraceOf(message, () => baseLogger.error({ err: incoming.error, reason: incoming.reason }, 'poison message sent to DLQ'));
        const later = await this.deadLetter(
          { topic, partition, message, reason: incoming.reason, error: incoming.error, attempts: 1, groupId },
          baseLogger,
        );
        if (later) {
          // The events after it were applied already; they are fetched (and skipped as applied) again.
          this.park(key, topic, partition, message.offset, later);
          return true;
        }
      }
      resolveOffset(message.offset);
    }
    observeConsumed(groupId, topic, read.length);
    await heartbeat();
    return true;
  }

  /** Handles one message once; returns the work left to do in the background, if any. */
  private deliver(
    topic: string,
    partition: number,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
    heartbeatInterval: number,
  ): Promise<Work | null> {
    return inTraceOf(message, () => this.deliverInTrace(topic, partition, message, heartbeat, heartbeatInterval));
  }

  private async deliverInTrace(
    topic: string,
    partition: number,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
    heartbeatInterval: number,
  ): Promise<Work | null> {
    const { groupId, registryOf, registry } = this.options;
    const baseLogger = this.options.logger.child({ topic, partition, offset: message.offset, groupId });
    const incoming = readIncomingEvent(message, registryOf ? registryOf(topic) : registry);
    if (!incoming.ok) {
      baseLogger.error({ err: incoming.error, reason: incoming.reason }, 'poison message sent to DLQ');
      return this.deadLetter(
        { topic, partition, message, reason: incoming.reason, error: incoming.error, attempts: 1, groupId },
        baseLogger,
      );
    }
    const { event } = incoming;
    const logger = contextLogger(baseLogger, { correlationId: event.correlationId, eventId: event.eventId, eventType: event.type });
    const consumed: ConsumedEvent = { event, topic, partition, offset: message.offset, logger };
    try {
      await this.keepingAlive(heartbeat, heartbeatInterval, () => this.attempt(consumed, message));
      return null;
    } catch (error) {
      const kind = classifyFailure(error);
      if (kind === 'rejected') {
        logger.error({ err: error }, 'handler rejected the event as invalid: sent to DLQ');
        return this.deadLetter({ topic, partition, message, reason: 'rejected', error, attempts: 1, groupId }, logger);
      }
      logger.warn({ err: error, kind }, 'handler failed: partition paused while it is retried');
      return (parked) => inTraceOf(message, () => this.retry(consumed, message, parked, kind === 'failed' ? 1 : 0));
    }
  }

  /** Retries the handler: transient failures for as long as it takes, others until `maxAttempts`, then the DLQ. */
  private async retry(consumed: ConsumedEvent, message: KafkaMessage, parked: Parked, failuresSoFar: number): Promise<void> {
    const { maxAttempts = 5, groupId } = this.options;
    let failures = failuresSoFar;
    let attempts = 1;
    try {
      await backOff(
        async () => {
          if (parked.state === 'abandoned' || this.stopping) throw new Abandoned();
          attempts += 1;
          await this.attempt(consumed, message);
        },
        {
          ...this.backoffOptions(),
          retry: (error: unknown) => {
            if (error instanceof Abandoned) return false;
            const kind = classifyFailure(error);
            if (kind === 'rejected') return false;
            if (kind === 'failed' && (failures += 1) >= maxAttempts) return false;
            consumed.logger.warn({ err: error, kind, attempts }, 'handler failed again, retrying');
            return true;
          },
        },
      );
      if (attempts > 1) consumed.logger.info({ attempts }, 'handler succeeded after retrying');
    } catch (error) {
      if (error instanceof Abandoned) throw error;
      const reason = classifyFailure(error) === 'rejected' ? 'rejected' : 'handler-failed';
      consumed.logger.error({ err: error, attempts }, `handler failed ${attempts} times: message sent to DLQ`);
      const letter: DeadLetter = { topic: consumed.topic, partition: consumed.partition, message, reason, error, attempts, groupId };
      await this.deadLetterUntilSent(letter, parked, consumed.logger);
    }
  }

  /** Sends to the DLQ now; if the broker refuses, returns the work of retrying it. */
  private async deadLetter(letter: DeadLetter, logger: Logger): Promise<Work | null> {
    try {
      await this.sendDeadLetter(letter);
      return null;
    } catch (error) {
      logger.warn({ err: error }, 'DLQ unreachable: partition paused while the dead letter is retried');
      return (parked) => inTraceOf(letter.message, () => this.deadLetterUntilSent(letter, parked, logger));
    }
  }

  /** A dead letter is the last stop: giving up would lose the message, so only a stop or a revoked partition ends this. */
  private async deadLetterUntilSent(letter: DeadLetter, parked: Parked, logger: Logger): Promise<void> {
    await backOff(
      async () => {
        if (parked.state === 'abandoned' || this.stopping) throw new Abandoned();
        await this.sendDeadLetter(letter);
      },
      {
        ...this.backoffOptions(),
        retry: (error: unknown) => {
          if (error instanceof Abandoned) return false;
          logger.warn({ err: error }, 'DLQ still unreachable, retrying');
          return true;
        },
      },
    );
  }

  private async sendDeadLetter(letter: DeadLetter): Promise<void> {
    await sendToDeadLetter(this.dlqProducer!, letter);
    observeDeadLetter(letter.groupId, letter.topic, letter.reason);
  }

  private backoffOptions() {
    const { retryDelayMs = 200, maxRetryDelayMs = 5_000 } = this.options;
    return {
      startingDelay: retryDelayMs,
      maxDelay: maxRetryDelayMs,
      timeMultiple: 2,
      jitter: 'full' as const,
      delayFirstAttempt: true,
      numOfAttempts: Number.MAX_SAFE_INTEGER,
    };
  }

  private park(key: string, topic: string, partition: number, offset: string, work: Work): void {
    const parked: Parked = { offset, state: 'retrying' };
    this.parked.set(key, parked);
    this.pause(topic, partition);
    const task = work(parked)
      .then(
        () => {
          if (parked.state === 'retrying') parked.state = 'done';
        },
        (error: unknown) => {
          // Abandoned (stop, revoked partition) or unexpected: the message is handled anew when next fetched.
          parked.state = 'abandoned';
          if (!(error instanceof Abandoned))
            this.options.logger.error(
              { err: error, topic, partition, offset },
              'background retry failed; the message will be fetched again',
            );
        },
      )
      .finally(() => {
        this.background.delete(task);
        if (!this.stopping) this.resume(topic, partition);
      });
    this.background.add(task);
  }

  /** After a rebalance, retries of partitions this member no longer owns stop: their new owner handles them. */
  private keepOnly(assignment: Record<string, number[]>): void {
    for (const [key, parked] of this.parked) {
      const [topic, partition] = [key.slice(0, key.lastIndexOf('|')), Number(key.slice(key.lastIndexOf('|') + 1))];
      if (!assignment[topic]?.includes(partition)) {
        if (parked.state === 'retrying') parked.state = 'abandoned';
        this.parked.delete(key);
      }
    }
  }

  private attempt(consumed: ConsumedEvent, message: KafkaMessage): Promise<void> {
    const { handler, groupId } = this.options;
    const { topic, event } = consumed;
    const attempt = withSpan(
      `${topic} process`,
      SpanKind.CONSUMER,
      {
        'messaging.system': 'kafka',
        'messaging.destination.name': topic,
        'messaging.consumer.group.name': groupId,
        'liaison.event.type': event.type,
      },
      () => handler(consumed),
      extractFromHeaders(message.headers ?? {}),
    );
    this.attempts.add(attempt);
    void attempt.catch(() => undefined).finally(() => this.attempts.delete(attempt));
    return attempt;
  }

  private attemptBatch(topic: string, batch: ConsumedEvent[], links: Link[]): Promise<void> {
    const { batchHandler, groupId } = this.options;
    const attempt = withSpan(
      `${topic} process`,
      SpanKind.CONSUMER,
      {
        'messaging.system': 'kafka',
        'messaging.destination.name': topic,
        'messaging.consumer.group.name': groupId,
        'messaging.batch.message_count': batch.length,
      },
      () => batchHandler!(batch),
      undefined,
      links,
    );
    this.attempts.add(attempt);
    void attempt.catch(() => undefined).finally(() => this.attempts.delete(attempt));
    return attempt;
  }

  /** kafkajs heartbeats only between messages; a slow handler (a database timing out) must not cost the group its member. */
  private async keepingAlive<T>(heartbeat: () => Promise<void>, intervalMs: number, work: () => Promise<T>): Promise<T> {
    const timer = setInterval(() => void heartbeat().catch(() => undefined), intervalMs);
    try {
      return await work();
    } finally {
      clearInterval(timer);
    }
  }

  private pause(topic: string, partition: number): void {
    this.consumer?.pause([{ topic, partitions: [partition] }]);
  }

  private resume(topic: string, partition: number): void {
    try {
      this.consumer?.resume([{ topic, partitions: [partition] }]);
    } catch (error) {
      this.options.logger.warn({ err: error, topic, partition }, 'could not resume partition');
    }
  }
}
