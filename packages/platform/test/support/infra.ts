import { randomUUID } from 'node:crypto';
import { dlqTopic } from '@liaison/contracts';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import { connectMongo, createKafka, createLogger, ensureTopics, type Logger } from '../../src';

/** The servers jest's global setup started (or the ones KAFKA_BROKERS / MONGODB_URI name). */
export function endpoints(): { brokers: string[]; mongodbUri: string } {
  const brokers = process.env.KAFKA_BROKERS?.split(',').filter(Boolean) ?? [];
  const mongodbUri = process.env.MONGODB_URI ?? '';
  if (brokers.length === 0 || !mongodbUri)
    throw new Error('integration tests need KAFKA_BROKERS and MONGODB_URI (set by the jest global setup)');
  return { brokers, mongodbUri };
}

export const testLogger = (): Logger => createLogger('platform-test', { level: (process.env.TEST_LOG_LEVEL as 'warn') ?? 'silent' });

export interface TestBed {
  connection: Connection;
  kafka: Kafka;
  topic: string;
  dbName: string;
  logger: Logger;
  close(): Promise<void>;
}

/** A private database and topic per test file, so files can run in parallel without interfering. */
export async function openTestBed(name: string): Promise<TestBed> {
  const { brokers, mongodbUri } = endpoints();
  const suffix = randomUUID().slice(0, 8);
  const dbName = `test_${name}_${suffix}`.replace(/[^a-zA-Z0-9_]/g, '_');
  const topic = `liaison.test-${name}-${suffix}.events.v1`;
  const logger = testLogger();
  const connection = await connectMongo(mongodbUri, dbName);
  const kafka = createKafka({ clientId: `test-${name}`, brokers, logger });
  await ensureTopics(kafka, [topic, dlqTopic(topic)]);
  return {
    connection,
    kafka,
    topic,
    dbName,
    logger,
    close: async () => {
      await connection.dropDatabase().catch(() => undefined);
      await connection.close();
    },
  };
}

export async function waitFor<T>(probe: () => Promise<T | undefined | false>, what: string, timeoutMs = 60_000, everyMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

/** Tests that stop the broker run only against the Kafka infra/local provisioned for this run (as in `npm test`). */
export const brokerIsOurs = (): boolean => process.env.LIAISON_INFRA_STARTED_HERE === '1' || process.env.LIAISON_INFRA_LOCAL === '1';
