import { Kafka, logLevel, type LogEntry, type KafkaConfig } from 'kafkajs';
import type { Logger } from 'pino';

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

/** Creates the topics (and their DLQs) if missing; safe to call from every service at start-up. */
export async function ensureTopics(kafka: Kafka, topics: string[], numPartitions = 8): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic));
    if (missing.length > 0) {
      try {
        await admin.createTopics({
          waitForLeaders: true,
          topics: missing.map((topic) => ({ topic, numPartitions, replicationFactor: 1 })),
        });
      } catch (error) {
        // Another service (a topic's owner, a consumer of it) may have created them meanwhile.
        const now = new Set(await admin.listTopics());
        if (!missing.every((topic) => now.has(topic))) throw error;
      }
    }
  } finally {
    await admin.disconnect();
  }
}
