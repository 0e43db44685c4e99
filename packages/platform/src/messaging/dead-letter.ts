import { dlqTopic } from '@liaison/contracts';
import type { KafkaMessage, Producer } from 'kafkajs';

export interface DeadLetter {
  topic: string;
  partition: number;
  message: KafkaMessage;
  reason: 'malformed' | 'handler-failed';
  error: unknown;
  attempts: number;
  groupId: string;
}

/**
 * Sends a poison message to `<topic>.dlq` unchanged (same key, value and headers) plus headers
 * that say where it came from and why it failed, so it can be inspected and replayed.
 */
export async function sendToDeadLetter(producer: Producer, letter: DeadLetter): Promise<void> {
  const error = letter.error instanceof Error ? letter.error : new Error(String(letter.error));
  await producer.send({
    topic: dlqTopic(letter.topic),
    acks: -1,
    messages: [
      {
        key: letter.message.key,
        value: letter.message.value,
        headers: {
          ...letter.message.headers,
          'dlq-reason': letter.reason,
          'dlq-error': error.message.slice(0, 2_000),
          'dlq-error-name': error.name,
          'dlq-source-topic': letter.topic,
          'dlq-source-partition': String(letter.partition),
          'dlq-source-offset': letter.message.offset,
          'dlq-consumer-group': letter.groupId,
          'dlq-attempts': String(letter.attempts),
          'dlq-failed-at': new Date().toISOString(),
        },
      },
    ],
  });
}
