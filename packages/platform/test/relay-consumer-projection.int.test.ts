import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dlqTopic } from '@liaison/contracts';
import {
  COMMITS_COLLECTION,
  ConsumerRunner,
  MongoEventStore,
  MongoLease,
  MongoProjection,
  NO_STREAM,
  OutboxRelay,
  PUBLISHED_COLLECTION,
} from '../src';
import { openTestBed, type TestBed, waitFor } from './support/infra';
import { expectedTally, tallyProjection, type Tally } from './support/tally-projection';
import { readTopicLog } from './support/topic-log';
import { context, counted, testRegistry } from './support/test-events';

let bed: TestBed;
let store: MongoEventStore;
const running: Array<{ stop(): Promise<void> }> = [];

beforeAll(async () => {
  bed = await openTestBed('relay');
  store = new MongoEventStore(bed.connection, testRegistry());
  await store.init();
});
afterAll(async () => {
  await Promise.all(running.map((r) => r.stop().catch(() => undefined)));
  await bed.close();
});

function startRelay(lease?: MongoLease) {
  const relay = new OutboxRelay({ outbox: store, kafka: bed.kafka, topic: bed.topic, logger: bed.logger, lease, idleMs: 50 });
  relay.start();
  running.push(relay);
  return relay;
}

async function startProjectionConsumer(groupId: string, prefix: string) {
  const projection = new MongoProjection<Tally>(bed.connection, { ...tallyProjection(prefix), name: `tallies_${groupId}` }, store);
  const runner = new ConsumerRunner({
    kafka: bed.kafka,
    groupId,
    topics: [bed.topic],
    logger: bed.logger,
    registry: testRegistry(),
    handler: async ({ event }) => void (await projection.apply(event)),
  });
  await runner.start();
  running.push(runner);
  return projection;
}

async function expectProjectionEqualsStore(projection: MongoProjection<Tally>, streamIds: string[]) {
  for (const id of streamIds) {
    const events = await store.readStream(id);
    await waitFor(async () => (await projection.get(id))?._v === events.length, `${id} at v${events.length}`);
    const doc = await projection.get(id);
    expect({ ...doc, _id: undefined, _v: undefined }).toEqual({ ...expectedTally(events), _id: undefined, _v: undefined });
  }
}

describe('outbox relay → Kafka → consumer → projection (real servers)', () => {
  it('delivers appended events into the projection exactly once in effect, in version order', async () => {
    const prefix = 'flow-';
    const projection = await startProjectionConsumer('flow', prefix);
    const relay = startRelay();
    const ids = Array.from({ length: 20 }, (_, i) => `${prefix}${i}`);
    for (const id of ids) {
      await store.append(id, NO_STREAM, [counted(1, id)], context());
      await store.append(id, 1, [counted(2, id), counted(3, id)], context());
    }
    await expectProjectionEqualsStore(projection, ids);
    expect((await projection.get(ids[0]!))!.versions).toEqual([1, 2, 3]);
    await waitFor(async () => (await store.countUnpublished()) === 0, 'outbox drained');
    await relay.stop();
    // Without a crash each event is on the topic exactly once, in version order.
    const log = await readTopicLog(bed.kafka, bed.topic);
    await waitFor(async () => ids.every((id) => log.versions.get(id)?.length === 3), 'every event read back from the topic');
    await log.stop();
    for (const id of ids) expect(log.versions.get(id)).toEqual([1, 2, 3]);
  });

  it('publishes commits written while it was stopped, and compacts what it recorded without losing any', async () => {
    const prefix = 'offline-';
    const ids = Array.from({ length: 12 }, (_, i) => `${prefix}${i}`);
    // Written with no relay running (as another process or a crashed one would leave them).
    for (const id of ids) await store.append(id, NO_STREAM, [counted(1, id)], context());
    const projection = await startProjectionConsumer('offline', prefix);
    const relay = startRelay();
    for (const id of ids) await store.append(id, 1, [counted(2, id)], context());
    await expectProjectionEqualsStore(projection, ids);
    await waitFor(async () => (await store.countUnpublished()) === 0, 'outbox drained');
    await relay.stop();
    await relay.compact();
    expect(await store.countUnpublished()).toBe(0);
    expect(await bed.connection.db!.collection(PUBLISHED_COLLECTION).countDocuments({})).toBe(0);
    expect(await bed.connection.db!.collection(COMMITS_COLLECTION).countDocuments({ streamId: { $in: ids }, published: false })).toBe(0);
  });

  it('sends malformed messages and ever-failing events to the DLQ and keeps consuming', async () => {
    const producer = bed.kafka.producer();
    await producer.connect();
    const failing = 'poison-1';
    const seen: string[] = [];
    const runner = new ConsumerRunner({
      kafka: bed.kafka,
      groupId: 'dlq-test',
      topics: [bed.topic],
      logger: bed.logger,
      maxAttempts: 3,
      retryDelayMs: 10,
      handler: async ({ event }) => {
        if (event.streamId === failing) throw new Error('projection cannot handle this');
        seen.push(event.streamId);
      },
    });
    await runner.start();
    running.push(runner);
    await producer.send({
      topic: bed.topic,
      messages: [
        { key: 'x', value: 'not json at all' },
        { key: 'y', value: JSON.stringify({ type: 'Half' }) },
      ],
    });
    await store.append(failing, NO_STREAM, [counted(1)], context());
    await store.append('after-poison-1', NO_STREAM, [counted(1)], context());
    const relay = startRelay();

    const dlq: Array<{ reason: string; error: string; value: string }> = [];
    const dlqConsumer = bed.kafka.consumer({ groupId: `dlq-reader-${Date.now()}` });
    await dlqConsumer.connect();
    await dlqConsumer.subscribe({ topic: dlqTopic(bed.topic), fromBeginning: true });
    await dlqConsumer.run({
      eachMessage: async ({ message }) => {
        // Every group dead-letters on its own; only this test's group matters here.
        if (String(message.headers?.['dlq-consumer-group']) !== 'dlq-test') return;
        dlq.push({
          reason: String(message.headers?.['dlq-reason']),
          error: String(message.headers?.['dlq-error']),
          value: String(message.value),
        });
      },
    });
    await waitFor(async () => dlq.length >= 3, 'three dead letters');
    await dlqConsumer.disconnect();
    await waitFor(async () => seen.includes('after-poison-1'), 'the consumer to move past the poison');
    await relay.stop();
    expect(dlq.map((d) => d.reason).sort()).toEqual(['handler-failed', 'malformed', 'malformed']);
    expect(dlq.find((d) => d.value === 'not json at all')!.error).toMatch(/not JSON/);
    expect(dlq.find((d) => d.value.includes('Half'))!.error).toMatch(/eventId/);
    expect(dlq.find((d) => d.reason === 'handler-failed')!.error).toBe('projection cannot handle this');
    await producer.disconnect();
  });

  it('publishes every event once per commit with two relay instances sharing a lease', async () => {
    const prefix = 'lease-';
    const projection = await startProjectionConsumer('lease', prefix);
    startRelay(new MongoLease(bed.connection, 'outbox', 'relay-a', 2_000));
    startRelay(new MongoLease(bed.connection, 'outbox', 'relay-b', 2_000));
    const ids = Array.from({ length: 30 }, (_, i) => `${prefix}${i}`);
    await Promise.all(
      ids.map(async (id) => {
        await store.append(id, NO_STREAM, [counted(1, id)], context());
        await store.append(id, 1, [counted(5, id)], context());
      }),
    );
    await expectProjectionEqualsStore(projection, ids);
  });
});
