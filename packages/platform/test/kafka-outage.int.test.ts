import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startKafka, stopKafka } from '@liaison/infra-local';
import { ConsumerRunner, MongoEventStore, MongoProjection, NO_STREAM, OutboxRelay } from '../src';
import { brokerIsOurs, openTestBed, type TestBed, waitFor } from './support/infra';
import { tallyProjection, type Tally } from './support/tally-projection';
import { context, counted, testRegistry } from './support/test-events';

let bed: TestBed;
let store: MongoEventStore;
const running: Array<{ stop(): Promise<void> }> = [];

beforeAll(async () => {
  bed = await openTestBed('outage');
  store = new MongoEventStore(bed.connection, testRegistry());
  await store.init();
});
afterAll(async () => {
  await Promise.all(running.map((r) => r.stop().catch(() => undefined)));
  await bed.close();
});

const provisionedLocally = brokerIsOurs();

describe('Kafka outage while relaying', () => {
  (provisionedLocally ? it : it.skip)(
    'delays events but loses none when the broker stops and comes back [skipped when KAFKA_BROKERS points at a broker this run does not own]',
    async () => {
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
      const ids = Array.from({ length: 10 }, (_, i) => `outage-${i}`);
      for (const id of ids) await store.append(id, NO_STREAM, [counted(1, id)], context());
      await waitFor(async () => (await store.countUnpublished()) === 0, 'first events relayed');

      await stopKafka();
      for (const id of ids) await store.append(id, 1, [counted(2, id)], context());
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect(await store.countUnpublished()).toBe(ids.length);
      await startKafka();

      await waitFor(async () => (await store.countUnpublished()) === 0, 'outbox drained after the broker returned', 120_000);
      const projection = new MongoProjection<Tally>(bed.connection, tallyProjection('outage-'), store);
      const runner = new ConsumerRunner({
        kafka: bed.kafka,
        groupId: 'outage',
        topics: [bed.topic],
        logger: bed.logger,
        handler: async ({ event }) => void (await projection.apply(event)),
      });
      await runner.start();
      running.push(runner);
      for (const id of ids) {
        await waitFor(async () => (await projection.get(id))?._v === 2, `${id} at v2`, 60_000);
        expect((await projection.get(id))!.versions).toEqual([1, 2]);
      }
    },
    240_000,
  );
});
