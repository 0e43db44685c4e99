import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { type DeadLetterRecord, toDeadLetterRecord } from './dead-letter-record';

export const isDeadLetterTopic = (topic: string): boolean => topic.endsWith('.dlq');

/** The DLQ topics of the cluster, optionally only the one of `topic` (given as source or DLQ name). */
export async function listDeadLetterTopics(kafka: Kafka): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return (await admin.listTopics()).filter(isDeadLetterTopic).sort();
  } finally {
    await admin.disconnect();
  }
}

export interface ReadOptions {
  partition?: number;
  /** Only the message at this offset (requires `partition`). */
  offset?: string;
  /** Gives up if the messages present when reading started have not all arrived by then. */
  timeoutMs?: number;
}

/**
 * Reads a DLQ topic from its low to its high watermark as they stand when reading starts, with a
 * throwaway consumer group that is deleted afterwards (kafkajs has no group-less reader). A DLQ
 * is small and read by people, so reading it whole and filtering is enough.
 */
export async function readDeadLetters(kafka: Kafka, dlqTopic: string, options: ReadOptions = {}): Promise<DeadLetterRecord[]> {
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `liaison-dlq-reader-${randomUUID()}`;
  try {
    const watermarks = await admin.fetchTopicOffsets(dlqTopic);
    const pending = new Map(
      watermarks
        .filter((w) => options.partition === undefined || w.partition === options.partition)
        .filter((w) => BigInt(w.high) > BigInt(w.low))
        .map((w) => [w.partition, BigInt(w.high)] as const),
    );
    if (pending.size === 0) return [];
    const records: DeadLetterRecord[] = [];
    const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100, allowAutoTopicCreation: false });
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [dlqTopic], fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`reading ${dlqTopic} timed out; partitions not read to the end: ${[...pending.keys()].join(', ')}`)),
          options.timeoutMs ?? 30_000,
        );
        consumer
          .run({
            autoCommit: false,
            eachMessage: async ({ partition, message }) => {
              const high = pending.get(partition);
              if (high === undefined || BigInt(message.offset) >= high) return;
              if (options.offset === undefined || message.offset === options.offset)
                records.push(toDeadLetterRecord(dlqTopic, partition, message));
              if (BigInt(message.offset) + 1n >= high) pending.delete(partition);
              if (pending.size === 0) {
                clearTimeout(timer);
                resolve();
              }
            },
          })
          .catch(reject);
      });
    } finally {
      await consumer.disconnect();
    }
    return records.sort((a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)));
  } finally {
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
}
