// Runs under the integration project's global setup (infra/local/src/jest-global-setup.ts).
import { describe, expect, it } from '@jest/globals';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';

describe('infra/local endpoints exported by the jest global setup', () => {
  it('KAFKA_BROKERS points at a Kafka broker that round-trips a message', async () => {
    const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
    expect(brokers.length).toBeGreaterThan(0);
    const kafka = new Kafka({
      clientId: 'infra-int',
      brokers,
      logLevel: logLevel.NOTHING,
    });
    const topic = `infra-local-int-${process.pid}-${Date.now()}`;
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [{ topic, numPartitions: 1 }],
      waitForLeaders: true,
    });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic, messages: [{ key: 'k', value: 'v' }] });
    await producer.disconnect();
    const offsets = await admin.fetchTopicOffsets(topic);
    await admin.deleteTopics({ topics: [topic] });
    await admin.disconnect();
    expect(offsets[0]?.high).toBe('1');
  });

  it('MONGODB_URI points at a MongoDB-API server that stores and finds a document', async () => {
    const client = await MongoClient.connect(process.env.MONGODB_URI ?? 'mongodb://missing');
    try {
      const col = client.db('infra_local_int').collection<{ _id: string; n: number }>('docs');
      const _id = `${process.pid}-${Date.now()}`;
      await col.insertOne({ _id, n: 1 });
      expect(await col.findOne({ _id })).toEqual({ _id, n: 1 });
      await col.deleteOne({ _id });
    } finally {
      await client.close();
    }
  });
});
