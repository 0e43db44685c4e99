import { randomUUID } from 'node:crypto';
import {
  applyRegistryEvent,
  Directory,
  directoryDataOf,
  type EventEnvelope,
  loadDirectory,
  registryEvents,
  type RegistryState,
  registryStateOf,
} from '@liaison/contracts';
import type { Consumer, Kafka } from 'kafkajs';
import type { Logger } from '../logging';
import { ensureTopics } from '../messaging/kafka';
import { readIncomingEvent } from '../messaging/incoming-event';
import { startWithRetry } from '../service/start-with-retry';

export interface FollowOptions {
  kafka: Kafka;
  /** The registry's events topic in this deployment's namespace (`topicOf('registry')`). */
  topic: string;
  logger: Logger;
  /** Names the consumer group: `<service>.directory.<unique>`. */
  service: string;
  /**
   * How long `follow` waits to have read the topic up to where it ended at start, so that a
   * restarted process does not serve a deactivated officer from the seed file meanwhile. After
   * that it serves what it has (the seed, if Kafka is down) and keeps catching up.
   */
  catchUpMs?: number;
}

export interface Following {
  /** Whether the topic was read up to its end at start within `catchUpMs`. */
  caughtUp: boolean;
  stop(): Promise<void>;
}

/**
 * The registry as every process uses it: a `Directory` that starts from the seed file and then
 * follows `liaison.registry.events.v1` from the beginning, applying each change with the one
 * fold of the registry (`applyRegistryEvent`, @liaison/contracts), so a new unit, a changed role
 * or clearance, or a deactivated officer takes effect without a restart, within the consumer's
 * lag (docs/adr/0016-registry-service.md). Every process reads the whole topic in a consumer
 * group of its own (each must see every event; the topic is small). When the registry service or
 * Kafka is down the last known directory stays in force.
 */
export class LiveDirectory extends Directory {
  private readonly state: RegistryState;
  private readonly base: Directory['data'];
  /** Last applied version per stream: redelivery and replays are ignored. */
  private readonly applied = new Map<string, number>();
  private readonly listeners: ((event: EventEnvelope) => void)[] = [];

  constructor(seed: Directory = loadDirectory()) {
    super(seed.data);
    this.base = seed.data;
    this.state = registryStateOf(seed);
  }

  /** Applies one checked registry event; false when it was applied already. */
  apply(event: EventEnvelope): boolean {
    if (event.version <= (this.applied.get(event.streamId) ?? 0)) return false;
    applyRegistryEvent(this.state, event);
    this.applied.set(event.streamId, event.version);
    this.replace(directoryDataOf(this.state, this.base));
    for (const listener of this.listeners) listener(event);
    return true;
  }

  /** Called after each applied change (tests, logs). */
  onChange(listener: (event: EventEnvelope) => void): void {
    this.listeners.push(listener);
  }

  /** Follows the registry's topic until stopped. */
  async follow(options: FollowOptions): Promise<Following> {
    const { kafka, topic, logger } = options;
    await ensureTopics(kafka, [topic]);
    const admin = kafka.admin();
    await admin.connect();
    // Where the topic ends now: reading up to here means "as current as the registry at start".
    const ends = new Map<number, number>();
    try {
      // A topic just created may not have its partition leaders yet (retriable "not the leader"): retry.
      const offsets = await startWithRetry(logger, `offsets of ${topic}`, () => admin.fetchTopicOffsets(topic));
      for (const p of offsets) if (Number(p.high) > Number(p.low)) ends.set(p.partition, Number(p.high));
    } finally {
      await admin.disconnect();
    }
    let markCaughtUp: () => void = () => undefined;
    const caughtUp = new Promise<void>((resolve) => {
      markCaughtUp = resolve;
      if (ends.size === 0) resolve();
    });
    // maxWaitTimeInMs as the ConsumerRunner's: kafkajs' disconnect waits for the fetch in flight, and
    // the default of 5 s made every service's stop (and so every restart and test run) 5 s slower.
    const consumer: Consumer = kafka.consumer({
      groupId: `${options.service}.directory.${randomUUID().slice(0, 8)}`,
      maxWaitTimeInMs: 500,
    });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        const incoming = readIncomingEvent(message, registryEvents);
        if (!incoming.ok) {
          // The registry's own consumers dead-letter poison; here it is skipped, never applied.
          logger.warn({ err: incoming.error, offset: message.offset, partition }, 'registry event skipped by the live directory');
        } else if (this.apply(incoming.event)) {
          // Replaying the registry at start-up is routine (hundreds of seed events): only live changes are news.
          const fields = { type: incoming.event.type, streamId: incoming.event.streamId };
          if (ends.size === 0) logger.info(fields, 'directory updated from the registry');
          else logger.debug(fields, 'directory replayed from the registry');
        }
        const end = ends.get(partition);
        if (end !== undefined && Number(message.offset) + 1 >= end) {
          ends.delete(partition);
          if (ends.size === 0) markCaughtUp();
        }
      },
    });
    const timeoutMs = options.catchUpMs ?? 30_000;
    let timer: NodeJS.Timeout | undefined;
    const inTime = await Promise.race([
      caughtUp.then(() => true),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    if (inTime) logger.info({ topic }, 'directory read to the end of the registry');
    if (!inTime)
      logger.warn({ topic, timeoutMs }, 'registry not read to its end in time: serving the last known directory while catching up');
    return { caughtUp: inTime, stop: () => consumer.disconnect() };
  }
}
