import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@liaison/contracts';
import type { Kafka, Producer } from 'kafkajs';
import { envelopeHeaders, readDeadLetters, type DeadLetterRecord } from '../../src';
import { testActor } from './test-events';

/** A complete event envelope, as a producer's relay would publish it. */
export function envelope(type: string, data: Record<string, unknown>, overrides: Partial<EventEnvelope> = {}): EventEnvelope {
  const now = new Date().toISOString();
  return {
    eventId: randomUUID(),
    type,
    schemaVersion: 1,
    streamId: `thing-${randomUUID()}`,
    version: 1,
    occurredAt: now,
    recordedAt: now,
    actor: testActor,
    correlationId: randomUUID(),
    causationId: null,
    traceparent: null,
    data,
    ...overrides,
  };
}

/** Publishes events or raw values to one partition, in the order given. */
export async function publish(
  producer: Producer,
  topic: string,
  partition: number,
  ...items: Array<EventEnvelope | string>
): Promise<void> {
  await producer.send({
    topic,
    acks: -1,
    messages: items.map((item) =>
      typeof item === 'string'
        ? { key: `raw-${randomUUID()}`, value: item, partition }
        : { key: item.streamId, value: JSON.stringify(item), headers: envelopeHeaders(item), partition },
    ),
  });
}

/** The dead letters one consumer group left in `<topic>.dlq` (groups of other tests share nothing, but be explicit). */
export async function deadLettersOf(kafka: Kafka, dlqTopic: string, groupId: string): Promise<DeadLetterRecord[]> {
  return (await readDeadLetters(kafka, dlqTopic)).filter((letter) => letter.consumerGroup === groupId);
}
