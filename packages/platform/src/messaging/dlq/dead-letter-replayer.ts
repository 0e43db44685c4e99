import { type Kafka, Partitioners } from 'kafkajs';
import { withoutDeadLetterHeaders } from '../dead-letter';
import { type DeadLetterRecord, REPLAY_HEADERS } from './dead-letter-record';

export interface ReplayOptions {
  /**
   * By default only the consumer group that dead-lettered a message handles its replay (the
   * other groups of the topic had processed the original); `everyGroup` lets all of them see it.
   */
  everyGroup?: boolean;
}

export interface Replayed {
  from: string;
  to: string;
  partition: number;
  offset: string;
}

/**
 * Republishes dead letters to the topics they came from: same key, same partition as the
 * original (not the partitioner's choice for the key: the original producer may have picked the
 * partition itself, and only the same partition keeps the stream's order), same value, their own headers kept, plus a replay marker naming the dead
 * letter. The consumer group then processes each again; handlers are idempotent, so replaying
 * twice does no harm. The DLQ itself is left as it is (a record of what happened).
 */
export async function replayDeadLetters(kafka: Kafka, letters: DeadLetterRecord[], options: ReplayOptions = {}): Promise<Replayed[]> {
  if (letters.length === 0) return [];
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  try {
    const replayed: Replayed[] = [];
    for (const letter of letters) {
      const headers: Record<string, string> = {
        ...(withoutDeadLetterHeaders(letter.headers) as Record<string, string>),
        [REPLAY_HEADERS.replayOf]: `${letter.dlqTopic}:${letter.partition}:${letter.offset}`,
        [REPLAY_HEADERS.replayedAt]: new Date().toISOString(),
        [REPLAY_HEADERS.replayedReason]: letter.reason,
      };
      delete headers[REPLAY_HEADERS.replayFor];
      if (!options.everyGroup && letter.consumerGroup) headers[REPLAY_HEADERS.replayFor] = letter.consumerGroup;
      const [sent] = await producer.send({
        topic: letter.sourceTopic,
        acks: -1,
        messages: [{ key: letter.key, value: letter.value, headers, partition: letter.sourcePartition ?? undefined }],
      });
      replayed.push({
        from: `${letter.dlqTopic}:${letter.partition}:${letter.offset}`,
        to: letter.sourceTopic,
        partition: sent?.partition ?? -1,
        offset: sent?.baseOffset ?? '?',
      });
    }
    return replayed;
  } finally {
    await producer.disconnect();
  }
}
