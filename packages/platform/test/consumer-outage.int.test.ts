import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dlqTopic } from '@liaison/contracts';
import { startKafka, stopKafka } from '@liaison/infra-local';
import { ConsumerRunner, MongoEventStore, MongoProjection, NO_STREAM, OutboxRelay } from '../src';
import { brokerIsOurs, openTestBed, type TestBed, waitFor } from './support/infra';
import { deadLettersOf } from './support/raw-events';
import { tallyProjection, type Tally } from './support/tally-projection';
import { context, counted, testRegistry } from './support/test-events';

let bed: TestBed;
let store: MongoEventStore;
const running: Array<{ stop(): Promise<void> }> = [];

beforeAll(async () => {
  bed = await openTestBed('consumer-outage');
  store = new MongoEventStore(bed.connection, testRegistry());
  await store.init();
});
afterAll(async () => {
  await Promise.all(running.map((r) => r.stop().catch(() => undefined)));
  await bed.close();
});

const provisionedLocally = brokerIsOurs();

describe('a consumer group through a real Kafka outage', () => {
  (provisionedLocally ? it : it.skip)(
    'keeps running while the broker is down, then applies what was published meanwhile exactly once, with nothing in the DLQ [skipped when KAFKA_BROKERS points at a broker this run does not own]',
    async () => {
      const prefix = 'through-';
      const projection = new MongoProjection<Tally>(bed.connection, tallyProjection(prefix), store);
      const runner = new ConsumerRunner({
        kafka: bed.kafka,
        groupId: 'through-outage',
        topics: [bed.topic],
        logger: bed.logger,
        registry: testRegistry(),
        sessionTimeoutMs: 6_000,
        handler: async ({ event }) => void (await projection.apply(event)),
      });
      await runner.start();
      running.push(runner);
      const relay = new OutboxRelay({
        outbox: store,
        kafka: bed.kafka,
        topic: bed.topic,
        logger: bed.logger,
        idleMs: 50,
        maxBackoffMs: 1_000,
      });
      relay.start();
      running.push(relay);

      const ids = Array.from({ length: 10 }, (_, i) => `${prefix}${i}`);
      for (const id of ids) await store.append(id, NO_STREAM, [counted(1, id)], context());
      for (const id of ids) await waitFor(async () => (await projection.get(id))?._v === 1, `${id} at v1`);

      await stopKafka();
      try {
        for (const id of ids) await store.append(id, 1, [counted(2, id)], context());
      } finally {
        await startKafka();
      }

      for (const id of ids) {
        await waitFor(async () => (await projection.get(id))?._v === 2, `${id} at v2 after the broker returned`, 180_000);
        expect((await projection.get(id))!.versions).toEqual([1, 2]);
      }
      expect(await deadLettersOf(bed.kafka, dlqTopic(bed.topic), 'through-outage')).toEqual([]);
    },
    300_000,
  );
});
