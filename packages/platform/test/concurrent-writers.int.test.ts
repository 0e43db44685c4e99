import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EventEnvelope } from '@liaison/contracts';
import { ConcurrencyError, ConsumerRunner, commandHandler, type Decider, MongoEventStore, MongoProjection, OutboxRelay } from '../src';
import { openTestBed, type TestBed, waitFor } from './support/infra';
import { expectedTally, tallyProjection, type Tally } from './support/tally-projection';
import { context, testRegistry } from './support/test-events';

type Count = { type: 'Count'; by: number };
const counter: Decider<Count, number> = {
  initialState: () => 0,
  evolve: (state, event: EventEnvelope) => state + (event.data.count as number),
  decide: (command, state) => ({ type: 'ThingCounted', data: { name: `total-before-${state}`, count: command.by } }),
};

let bed: TestBed;
let store: MongoEventStore;
const running: Array<{ stop(): Promise<void> }> = [];

beforeAll(async () => {
  bed = await openTestBed('writers');
  store = new MongoEventStore(bed.connection, testRegistry());
  await store.init();
});
afterAll(async () => {
  await Promise.all(running.map((r) => r.stop()));
  await bed.close();
});

describe('20 concurrent writers on 1,000 streams while a projection consumes', () => {
  it('ends with a projection equal to a fold of the store, nothing skipped or applied twice', async () => {
    const PREFIX = 'busy-';
    const projection = new MongoProjection<Tally>(bed.connection, tallyProjection(PREFIX), store);
    const runner = new ConsumerRunner({
      kafka: bed.kafka,
      groupId: 'writers',
      topics: [bed.topic],
      logger: bed.logger,
      handler: async ({ event }) => void (await projection.apply(event)),
    });
    await runner.start();
    const relay = new OutboxRelay({ outbox: store, kafka: bed.kafka, topic: bed.topic, logger: bed.logger, idleMs: 20 });
    relay.start();
    running.push(runner, relay);

    const handle = commandHandler(store, counter);
    const streams = Array.from({ length: 1000 }, (_, i) => `${PREFIX}${String(i).padStart(4, '0')}`);
    // 1,200 commands: enough for dozens of lost races per run; 3,000 took 90 s of the CI budget.
    const COMMANDS_PER_WRITER = 60;
    let lostRaces = 0;
    await Promise.all(
      Array.from({ length: 20 }, async (_, writer) => {
        for (let n = 0; n < COMMANDS_PER_WRITER; n += 1) {
          // Writers collide on purpose: each picks from an overlapping window of streams.
          const id = streams[(writer * 37 + n * 7) % 50 === 0 ? n % 10 : (writer * 53 + n * 13) % streams.length]!;
          try {
            await handle(id, { type: 'Count', by: writer + 1 }, context(), { retries: 0 });
          } catch (error) {
            if (!(error instanceof ConcurrencyError)) throw error;
            lostRaces += 1;
            await handle(id, { type: 'Count', by: writer + 1 }, context(), { retries: 10 });
          }
        }
      }),
    );
    process.stdout.write(`[platform] ${20 * COMMANDS_PER_WRITER} commands by 20 writers; ${lostRaces} lost a race and were re-decided\n`);

    const touched = [];
    for (const id of streams) {
      const events = await store.readStream(id);
      if (events.length > 0) touched.push({ id, events });
    }
    const totalEvents = touched.reduce((sum, s) => sum + s.events.length, 0);
    expect(totalEvents).toBe(20 * COMMANDS_PER_WRITER);
    for (const { id, events } of touched) {
      await waitFor(async () => (await projection.get(id))?._v === events.length, `${id} at v${events.length}`, 120_000, 50);
      const doc = (await projection.get(id))!;
      expect(doc.versions).toEqual(events.map((e) => e.version));
      expect(doc.total).toBe(expectedTally(events).total);
    }
  }, 300_000);
});
