import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Connection } from 'mongoose';
import {
  connectMongo,
  generationCollectionName,
  MongoEventStore,
  MongoProjection,
  NO_STREAM,
  type ProjectedDocument,
  type RebuildResult,
} from '../src';
import { endpoints, openTestBed, type TestBed } from './support/infra';
import { expectedTally, tallyProjection, type Tally } from './support/tally-projection';
import { context, counted, testRegistry } from './support/test-events';

/**
 * A rebuild while events keep arriving (a live consumer applying them) and a reader keeps
 * listing, each on its own connection with its own cached view of the generation pointer, as
 * separate service instances would be.
 */
const PREFIX = 'live-';
const REFRESH_MS = 100;

interface Row {
  _id: string;
  _v: number;
  streamId: string;
  version: number;
}

const definition = { ...tallyProjection(PREFIX), name: 'live_tallies' };
const rowSet = {
  collection: 'live_tally_rows',
  rows: (doc: ProjectedDocument<Tally>): Row[] =>
    doc.versions.map((version) => ({ _id: `${doc._id}:${version}`, _v: doc._v, streamId: doc._id, version })),
};

let bed: TestBed;
let store: MongoEventStore;
let others: Connection[];

const projectionOn = (connection: Connection) =>
  new MongoProjection<Tally>(connection, definition, new MongoEventStore(connection, testRegistry()), {
    rows: [rowSet],
    indexes: [{ collection: 'live_tally_rows', key: { streamId: 1 } }],
    generationRefreshMs: REFRESH_MS,
  });

beforeAll(async () => {
  bed = await openTestBed('live-rebuild');
  store = new MongoEventStore(bed.connection, testRegistry());
  await store.init();
  others = await Promise.all([0, 1].map(() => connectMongo(endpoints().mongodbUri, bed.dbName, { maxPoolSize: 5 })));
});
afterAll(async () => {
  await Promise.all(others.map((c) => c.close()));
  await bed.close();
});

describe('live-safe projection rebuild', () => {
  it('rebuilds while events arrive and a reader lists: the lists never shrink, and afterwards rebuilt == a fold of the store', async () => {
    const consumer = projectionOn(bed.connection);
    const reader = projectionOn(others[0]!);
    const rebuilder = projectionOn(others[1]!);
    await Promise.all([consumer.init(), reader.init()]);

    const ids = Array.from({ length: 400 }, (_, i) => `${PREFIX}${String(i).padStart(4, '0')}`);
    for (const id of ids) {
      const { events } = await store.append(id, NO_STREAM, [counted(1), counted(2)], context());
      for (const event of events) await consumer.apply(event);
    }

    let stop = false;
    // The live consumer: new events on existing streams and new streams, applied as they commit.
    const writer = (async () => {
      let n = 0;
      while (!stop) {
        n += 1;
        const id = n % 3 === 0 ? `${PREFIX}new-${n}` : ids[(n * 7) % ids.length]!;
        const version = await store.streamVersion(id);
        const { events } = await store.append(id, version, [counted(n)], context());
        for (const event of events) await consumer.apply(event);
      }
      return n;
    })();
    // The reader: document and row counts may only grow (the writer only adds).
    const shrinks: string[] = [];
    let listings = 0;
    const listing = (async () => {
      let docs = 0;
      let rows = 0;
      while (!stop) {
        const nowDocs = await reader.collection.countDocuments();
        const nowRows = await reader.rowCollection<Row>('live_tally_rows').countDocuments();
        if (nowDocs < docs || nowRows < rows)
          shrinks.push(`docs ${docs} → ${nowDocs}, rows ${rows} → ${nowRows} (generation ${reader.generations.peek().active})`);
        docs = Math.max(docs, nowDocs);
        rows = Math.max(rows, nowRows);
        listings += 1;
      }
    })();

    let result: RebuildResult;
    try {
      result = await rebuilder.rebuild(store.scan({ streamPrefix: PREFIX, batchSize: 100 }));
    } finally {
      stop = true;
    }
    const written = await writer;
    await listing;

    expect(shrinks).toEqual([]);
    expect(written).toBeGreaterThan(0);
    expect(listings).toBeGreaterThan(0);
    expect(result.generation).toBe(1);
    expect(reader.generations.peek().active === 1 || (await reader.generations.reload()).active === 1).toBe(true);

    // Afterwards the active generation equals a fold of every stream in the store.
    const streams = new Map<string, number>();
    for await (const batch of store.scan({ streamPrefix: PREFIX })) for (const e of batch) streams.set(e.streamId, e.version);
    const docs = (await reader.collection.find({}).toArray()) as ProjectedDocument<Tally>[];
    expect(docs.length).toBe(streams.size);
    const wrong: string[] = [];
    for (const doc of docs) {
      const expected = expectedTally(await store.readStream(doc._id));
      if (
        doc._v !== streams.get(doc._id) ||
        JSON.stringify(doc.versions) !== JSON.stringify(expected.versions) ||
        doc.total !== expected.total
      )
        wrong.push(doc._id);
    }
    expect(wrong).toEqual([]);
    const expectedRows = [...streams.values()].reduce((sum, v) => sum + v, 0);
    expect(await reader.rowCollection('live_tally_rows').countDocuments()).toBe(expectedRows);

    // The old generation is gone; the new one has its index.
    const names = (await bed.connection.db!.listCollections().toArray()).map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining([generationCollectionName('live_tallies', 1), generationCollectionName('live_tally_rows', 1)]),
    );
    expect(names).not.toContain('live_tallies');
    expect(names).not.toContain('live_tally_rows');
    const indexes = await bed.connection.db!.collection(generationCollectionName('live_tally_rows', 1)).indexes();
    expect(indexes.map((i) => i.key)).toContainEqual({ streamId: 1 });
  });

  it('refuses a second rebuild while one is under way, and takes over a crashed one when told to', async () => {
    const projection = new MongoProjection<Tally>(bed.connection, { ...tallyProjection('solo-'), name: 'solo_tallies' }, store, {
      generationRefreshMs: REFRESH_MS,
    });
    await store.append('solo-1', NO_STREAM, [counted(5)], context());
    const empty = async function* () {
      yield* [];
    };
    const slowSource = async function* () {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      yield await store.readStream('solo-1');
    };
    const first = projection.rebuild(slowSource());
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(projection.rebuild(empty())).rejects.toThrow(/under way/);
    await expect(first).resolves.toMatchObject({ events: 1, streams: 1, generation: 1 });

    // A crashed rebuild leaves `building` set: simulate it, then take over.
    const state = await projection.generations.reload();
    await projection.generations.transition(state, { active: state.active, building: 2, retiring: null });
    await expect(projection.rebuild(empty())).rejects.toThrow(/under way/);
    const taken = await projection.rebuild(store.scan({ streamPrefix: 'solo-' }), undefined, { takeOver: true });
    expect(taken).toMatchObject({ streams: 1, generation: 2 });
    expect(await projection.get('solo-1')).toMatchObject({ _v: 1, total: 5 });
  });
});
