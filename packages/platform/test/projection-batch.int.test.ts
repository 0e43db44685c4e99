import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dlqTopic, type EventEnvelope } from '@liaison/contracts';
import type { Producer } from 'kafkajs';
import type { Connection } from 'mongoose';
import {
  ConsumerRunner,
  type DerivedRowSet,
  MongoEventStore,
  MongoProjection,
  NO_STREAM,
  type ProjectedDocument,
  ValidationError,
  connectMongo,
} from '../src';
import { endpoints, openTestBed, type TestBed, waitFor } from './support/infra';
import { deadLettersOf, publish } from './support/raw-events';
import { expectedTally, tallyProjection, type Tally } from './support/tally-projection';
import { context, counted, testRegistry } from './support/test-events';

/**
 * The projection's batch path (ADR 0006): a fetched Kafka batch is folded per stream and written
 * once per document and row, with the guarantees of the event-by-event path — gaps filled from
 * the store, `_v`-guarded writes that converge under races, and poison isolated to the DLQ.
 */

/** A row per version the tally applied (rows are gained over time) and one running total. */
const tallyRows: DerivedRowSet<Tally> = {
  collection: 'tally_rows',
  rows: (doc: ProjectedDocument<Tally>) => [
    { _id: `${doc._id}:total`, _v: doc._v, total: doc.total },
    ...doc.versions.map((version) => ({ _id: `${doc._id}:v${version}`, _v: doc._v, version })),
  ],
};

let bed: TestBed;
let store: MongoEventStore;
let producer: Producer;
const running: Array<{ stop(): Promise<void> }> = [];

const projectionOn = (connection: Connection, name: string) =>
  new MongoProjection<Tally>(connection, { ...tallyProjection('batch-'), name }, store, {
    rows: [{ ...tallyRows, collection: `${name}_rows` }],
  });

async function appendStream(id: string, counts: number[]): Promise<EventEnvelope[]> {
  return (
    await store.append(
      id,
      NO_STREAM,
      counts.map((count) => counted(count)),
      context(),
    )
  ).events;
}

/** The document equals a fold of the stream, and every row is there at the document's version. */
async function expectConverged(projection: MongoProjection<Tally>, rowsCollection: string, events: EventEnvelope[]): Promise<void> {
  const id = events[0]!.streamId;
  const doc = await projection.get(id);
  expect(doc).toMatchObject({ ...expectedTally(events), _id: id, _v: events.length });
  const rows = await projection
    .rowCollection<{ _id: string; _v: number }>(rowsCollection)
    .find({ _id: { $regex: `^${id}:` } } as never)
    .toArray();
  expect(rows.map((row) => row._id).sort()).toEqual([`${id}:total`, ...events.map((e) => `${id}:v${e.version}`)].sort());
  expect(new Set(rows.map((row) => row._v))).toEqual(new Set([events.length]));
}

beforeAll(async () => {
  bed = await openTestBed('projection-batch');
  store = new MongoEventStore(bed.connection, testRegistry());
  await store.init();
  producer = bed.kafka.producer();
  await producer.connect();
});
afterAll(async () => {
  await Promise.all(running.map((r) => r.stop().catch(() => undefined)));
  await producer.disconnect();
  await bed.close();
});

describe('projection batch path', () => {
  it('folds each stream of a batch at once, fills gaps from the store, skips what was applied, and writes every row at the final version', async () => {
    const projection = projectionOn(bed.connection, 'gaps');
    const a = await appendStream('batch-a', [1, 2, 3, 4, 5]);
    const b = await appendStream('batch-b', [10, 20]);
    const c = await appendStream('batch-c', [7, 8, 9]);
    // c is at v1 already (applied event by event); a redelivered v1 of c is in the batch too.
    expect(await projection.apply(c[0]!)).toBe('applied');
    const batch = [a[1]!, b[0]!, c[0]!, a[4]!, b[1]!, c[2]!, { ...a[4]!, streamId: 'other-stream' }];
    const outcomes = await projection.applyBatch(batch);
    expect(outcomes).toEqual(['gap-filled', 'applied', 'already-applied', 'gap-filled', 'applied', 'gap-filled', 'ignored']);
    await expectConverged(projection, 'gaps_rows', a);
    await expectConverged(projection, 'gaps_rows', b);
    await expectConverged(projection, 'gaps_rows', c);
    // Redelivering the whole batch changes nothing.
    expect(new Set(await projection.applyBatch(batch))).toEqual(new Set(['already-applied', 'ignored']));
    await expectConverged(projection, 'gaps_rows', a);
  });

  it('racing batches of overlapping events of the same streams on separate connections converge on the full fold', async () => {
    const racers = await Promise.all(Array.from({ length: 6 }, () => connectMongo(endpoints().mongodbUri, bed.dbName, { maxPoolSize: 4 })));
    try {
      const projections = racers.map((c) => projectionOn(c, 'race'));
      for (let trial = 0; trial < 5; trial += 1) {
        const ids = Array.from({ length: 4 }, (_, s) => `batch-race-${trial}-${s}`);
        const trialStreams = await Promise.all(ids.map((id) => appendStream(id, [1, 2, 3, 4, 5, 6])));
        // Racer i gets every event whose version is ≡ i (mod 3), so most fill gaps and all overlap.
        await Promise.all(
          projections.map((p, i) => p.applyBatch(trialStreams.flatMap((events) => events.filter((e) => e.version % 3 === i % 3)))),
        );
        // The racers with the last version wrote v6; nobody may have moved a document or row backwards.
        for (const events of trialStreams) await expectConverged(projections[0]!, 'race_rows', events);
      }
    } finally {
      await Promise.all(racers.map((c) => c.close()));
    }
  });

  it('a writer whose cached document went stale (another writer moved it on) re-reads instead of overwriting, on both paths', async () => {
    const other = await connectMongo(endpoints().mongodbUri, bed.dbName, { maxPoolSize: 2 });
    try {
      const a = projectionOn(bed.connection, 'stale');
      const b = projectionOn(other, 'stale');
      const events = await appendStream('batch-stale', [1, 2, 3, 4, 5, 6, 7]);
      expect(await a.applyBatch(events.slice(0, 2))).toEqual(['applied', 'applied']); // a caches v2
      expect(await b.applyBatch(events.slice(2, 4))).toEqual(['applied', 'applied']); // b moves it to v4
      // a's cache says v2: folding v3 onto it would be a lost race; the guarded write refuses and a re-reads.
      expect(await a.apply(events[2]!)).toBe('already-applied');
      expect(await b.apply(events[4]!)).toBe('applied'); // v5, behind a's back again
      // a's cache says v4, the store's document is at v5: the batch's write is refused, and a re-reads and fills v6..v7.
      expect(await a.applyBatch(events.slice(5, 7))).toEqual(['gap-filled', 'gap-filled']);
      await expectConverged(a, 'stale_rows', events);
    } finally {
      await other.close();
    }
  });

  it('a consumed batch with poison in the middle: the good events apply in one batch, the poison alone goes to the DLQ', async () => {
    const projection = projectionOn(bed.connection, 'consumed');
    const first = await appendStream('batch-consumed-1', [1, 2, 3]);
    const second = await appendStream('batch-consumed-2', [4, 5]);
    const refused = { ...second[1]!, eventId: randomUUID() };
    const batchSizes: number[] = [];
    const oneByOne: string[] = [];
    const refuse = (event: EventEnvelope) => {
      if (event.eventId === refused.eventId) throw ValidationError.field('data', 'this consumer cannot take it');
    };
    const runner = new ConsumerRunner({
      kafka: bed.kafka,
      groupId: 'batch-poison',
      topics: [bed.topic],
      logger: bed.logger,
      registry: testRegistry(),
      retryDelayMs: 50,
      handler: async ({ event }) => {
        refuse(event);
        oneByOne.push(event.eventId);
        await projection.apply(event);
      },
      batchHandler: async (batch) => {
        batchSizes.push(batch.length);
        for (const { event } of batch) refuse(event);
        await projection.applyBatch(batch.map(({ event }) => event));
      },
    });
    await runner.start();
    running.push(runner);
    // One send, one partition: the consumer fetches them as one batch.
    await publish(producer, bed.topic, 0, first[0]!, first[1]!, 'not json at all', second[0]!, first[2]!);
    await waitFor(
      async () => (await projection.get(first[0]!.streamId))?._v === 3 && (await projection.get(second[0]!.streamId))?._v === 1,
      'the first batch',
    );
    await expectConverged(projection, 'consumed_rows', first);
    expect(batchSizes[0]).toBe(4);
    expect(oneByOne).toEqual([]);

    // A handler-refused event in the middle of the next batch: the batch fails, message by message the rest apply.
    const third = await appendStream('batch-consumed-3', [6, 7]);
    await publish(producer, bed.topic, 0, third[0]!, refused, third[1]!);
    await waitFor(async () => (await projection.get(third[0]!.streamId))?._v === 2, 'the events around the refused one');
    await expectConverged(projection, 'consumed_rows', third);
    expect(oneByOne).toEqual([third[0]!.eventId, third[1]!.eventId]);
    expect((await projection.get(second[0]!.streamId))?._v).toBe(1);

    const letters = await waitFor(async () => {
      const found = await deadLettersOf(bed.kafka, dlqTopic(bed.topic), 'batch-poison');
      return found.length === 2 && found;
    }, 'two dead letters');
    expect(letters.map((letter) => letter.reason).sort()).toEqual(['malformed', 'rejected']);
    expect(letters.find((letter) => letter.reason === 'rejected')).toMatchObject({ eventId: refused.eventId, attempts: 1 });
  }, 120_000);
});
