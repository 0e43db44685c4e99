import type { Kafka } from 'kafkajs';

/**
 * Reads a topic from the beginning with a plain kafkajs consumer and keeps, per stream, the
 * versions in the order Kafka delivers them: what a consumer sees, before any projection's
 * gap filling could hide a reordering.
 */
export async function readTopicLog(kafka: Kafka, topic: string): Promise<{ versions: Map<string, number[]>; stop(): Promise<void> }> {
  const versions = new Map<string, number[]>();
  const consumer = kafka.consumer({ groupId: `topic-log-${Date.now()}-${Math.random().toString(36).slice(2, 8)}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const event = JSON.parse(message.value!.toString()) as { streamId: string; version: number };
      versions.set(event.streamId, [...(versions.get(event.streamId) ?? []), event.version]);
    },
  });
  return { versions, stop: () => consumer.disconnect() };
}

/**
 * True when every version first appears after the first appearance of its predecessor: order
 * kept. Repeats (a batch republished after a crash) are allowed; a version may not overtake.
 */
export function inFirstSeenOrder(delivered: number[]): boolean {
  const firstSeen = [...new Set(delivered)];
  return firstSeen.every((version, i) => version === i + 1);
}
