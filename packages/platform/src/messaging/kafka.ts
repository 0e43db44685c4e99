import { type Admin, Kafka, logLevel, type LogEntry, type KafkaConfig } from 'kafkajs';
import type { Logger } from 'pino';
import { UnavailableError } from '../errors';

const LEVELS: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/** kafkajs with its log lines routed into the service's pino logger. */
export function createKafka(options: { clientId: string; brokers: string[]; logger: Logger } & Partial<KafkaConfig>): Kafka {
  const { logger, ...config } = options;
  const kafkaLogger = logger.child({ component: 'kafkajs' });
  return new Kafka({
    logLevel: logLevel.WARN,
    retry: { initialRetryTime: 200, retries: 8 },
    ...config,
    logCreator:
      () =>
      ({ level, log }: LogEntry) => {
        const { message, ...extra } = log;
        kafkaLogger[LEVELS[level] ?? 'info'](extra, message);
      },
  });
}

/**
 * Retention set explicitly on every topic this code creates (ADR 0022), never the broker's
 * default (7 days): an events topic keeps its events for as long as replay from Kafka is
 * promised — forever, so a new consumer (the history archive, a rebuilt projection) can start
 * from offset 0 — and a DLQ keeps its letters 30 days, time enough to inspect and replay them.
 * The event stores stay the source of truth. A topic that exists already keeps its settings.
 */
export const EVENTS_TOPIC_RETENTION_MS = -1;
export const DLQ_TOPIC_RETENTION_MS = 30 * 24 * 3_600_000;

export const topicRetentionMs = (topic: string): number => (topic.endsWith('.dlq') ? DLQ_TOPIC_RETENTION_MS : EVENTS_TOPIC_RETENTION_MS);

/** Creates the topics (and their DLQs) if missing, with explicit retention; safe to call from every service at start-up. */
export async function ensureTopics(kafka: Kafka, topics: string[], numPartitions = 8): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = await listTopics(admin);
    const missing = topics.filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      try {
        await admin.createTopics({
          waitForLeaders: true,
          topics: missing.map((topic) => ({
            topic,
            numPartitions,
            replicationFactor: 1,
            configEntries: [
              { name: 'retention.ms', value: String(topicRetentionMs(topic)) },
              { name: 'retention.bytes', value: '-1' },
            ],
          })),
        });
      } catch (error) {
        // Another service (a topic's owner, a consumer of it) may have created them meanwhile.
        const now = await listTopics(admin);
        if (!missing.every((topic) => now.has(topic))) throw error;
      }
    }
  } finally {
    await admin.disconnect();
  }
}

/**
 * The broker's topics. kafkajs 2.2.4's `listTopics` throws a TypeError ("Cannot destructure property
 * 'topicMetadata' … as it is null") when its metadata request met a leader election: a busy
 * broker (the scale-out test saw it with thousands of topics), not a bug of the caller. As an
 * UnavailableError it is transient, so a service's start-up retries it (startWithRetry) instead of exiting.
 */
export async function listTopics(admin: Pick<Admin, 'listTopics'>): Promise<Set<string>> {
  try {
    return new Set(await admin.listTopics());
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    const unavailable = new UnavailableError(`the broker answered no topic metadata (${error.message}); retry later`);
    unavailable.cause = error;
    throw unavailable;
  }
}
