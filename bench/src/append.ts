import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getMongoDBEventStore, toStreamName } from '@event-driven-io/emmett-mongodb';
import { COMMITS_COLLECTION, MongoEventStore } from '@liaison/platform';
import {
  BENCH_EVENT,
  type BenchEnv,
  type BenchResult,
  benchActor,
  benchRegistry,
  commitDocument,
  createCommitIndexes,
  eventData,
  openBenchDb,
  phase,
  type PhaseResult,
  runPool,
  streamName,
} from './common';

export interface AppendSizes {
  /** Total commits (= events: one event per commit). */
  events: number;
  /** Distinct streams the commits are spread over, round-robin. */
  streams: number;
  /** Appends in flight at once, on both sides. */
  concurrency: number;
}

const RAW_COLLECTION = 'raw_commits';
// Its package.json is not exported: read it next to the resolved entry point (dist/..).
const EMMETT_VERSION = (
  JSON.parse(readFileSync(join(dirname(require.resolve('@event-driven-io/emmett-mongodb')), '..', 'package.json'), 'utf8')) as {
    version: string;
  }
).version;

/**
 * Commit i goes to stream i % streams at version floor(i / streams) + 1. Commits of one stream
 * are `streams` positions apart in the queue, far more than `concurrency`, but each one still
 * waits for its predecessor so the expected version is always right.
 */
function plan(sizes: AppendSizes): { stream: (i: number) => number; version: (i: number) => number } {
  return { stream: (i) => i % sizes.streams, version: (i) => Math.floor(i / sizes.streams) + 1 };
}

export async function benchAppend(env: BenchEnv, sizes: AppendSizes): Promise<BenchResult[]> {
  const bench = await openBenchDb(env, 'append', Math.max(20, sizes.concurrency));
  try {
    const store = new MongoEventStore(bench.connection, benchRegistry());
    await store.init();
    await createCommitIndexes(bench.db, RAW_COLLECTION);
    const { stream, version } = plan(sizes);

    // Raw driver: build the same commit document (same fields, same envelope, fresh uuids) and insertOne it.
    const raw = await phase(async () => {
      const collection = bench.db.collection(RAW_COLLECTION);
      const done: Array<Promise<void> | undefined> = new Array(sizes.streams);
      await runPool(sizes.events, sizes.concurrency, async (i) => {
        const s = stream(i);
        await done[s];
        const write = collection.insertOne(commitDocument(streamName('append', s), version(i), i)).then(() => undefined);
        done[s] = write;
        await write;
      });
      return sizes.events;
    }, 'append raw');

    const platform = await phase(async () => {
      const done: Array<Promise<void> | undefined> = new Array(sizes.streams);
      await runPool(sizes.events, sizes.concurrency, async (i) => {
        const s = stream(i);
        await done[s];
        const write = store
          .append(streamName('append', s), version(i) - 1, [{ type: BENCH_EVENT, data: eventData(i) }], {
            commandId: randomUUID(),
            actor: benchActor,
            correlationId: randomUUID(),
          })
          .then(() => undefined);
        done[s] = write;
        await write;
      });
      return sizes.events;
    }, 'append platform');

    // The peer: Emmett's MongoDB event store (one document per stream, events pushed into it,
    // the stream position as the optimistic lock), on the same server through the same driver.
    const emmettStore = getMongoDBEventStore({ client: bench.client, storage: { type: 'SINGLE_COLLECTION', databaseName: bench.name } });
    const emmett = await phase(async () => {
      const done: Array<Promise<void> | undefined> = new Array(sizes.streams);
      await runPool(sizes.events, sizes.concurrency, async (i) => {
        const s = stream(i);
        await done[s];
        const write = emmettStore
          .appendToStream(toStreamName('append', String(s)), [{ type: BENCH_EVENT, data: eventData(i) }], {
            expectedStreamVersion: BigInt(version(i) - 1),
          })
          .then(() => undefined);
        done[s] = write;
        await write;
      });
      return sizes.events;
    }, 'append emmett');

    const [platformCount, rawCount, emmettCount] = await Promise.all([
      bench.db.collection(COMMITS_COLLECTION).countDocuments({}),
      bench.db.collection(RAW_COLLECTION).countDocuments({}),
      emmettStore.collectionFor('append').then((c) => c.countDocuments({})),
    ]);
    if (platformCount !== sizes.events || rawCount !== sizes.events || emmettCount !== sizes.streams) {
      throw new Error(
        `append: expected ${sizes.events} commits on each side and ${sizes.streams} Emmett streams, found platform ${platformCount}, raw ${rawCount}, Emmett ${emmettCount}`,
      );
    }

    // Reading every stream back, 16 in flight: ours (find + upcast), the raw find it issues, Emmett's readStream.
    const perStream = Math.ceil(sizes.events / sizes.streams);
    const readAll = (read: (s: number) => Promise<number>) =>
      phase(async () => {
        let events = 0;
        await runPool(sizes.streams, sizes.concurrency, async (s) => {
          const read_ = await read(s); // not `events += await …`: that reads `events` before awaiting
          events += read_;
        });
        return events;
      });
    const rawCollection = bench.db.collection(RAW_COLLECTION);
    const rawRead = await readAll(async (s) =>
      (
        await rawCollection
          .find({ streamId: streamName('append', s) })
          .sort({ streamId: 1, version: 1 })
          .toArray()
      ).reduce((n, c) => n + c.events.length, 0),
    );
    const platformRead = await readAll(async (s) => (await store.readStream(streamName('append', s))).length);
    const emmettRead = await readAll(async (s) => (await emmettStore.readStream(toStreamName('append', String(s)))).events.length);
    for (const [who, p] of [
      ['raw', rawRead],
      ['platform', platformRead],
      ['Emmett', emmettRead],
    ] as const) {
      if (p.events !== sizes.events)
        throw new Error(`read: ${who} read ${p.events} events, expected ${sizes.events} (${perStream} per stream)`);
    }

    const [platformDoc, rawDoc] = await Promise.all([
      bench.db.collection(COMMITS_COLLECTION).findOne({}, { projection: { _id: 0 } }),
      bench.db.collection(RAW_COLLECTION).findOne({}, { projection: { _id: 0 } }),
    ]);
    const size = (d: unknown): number => Buffer.byteLength(JSON.stringify(d));
    const rate = (p: PhaseResult) => (p.events * 1000) / p.elapsedMs;
    const versus = `Emmett ${EMMETT_VERSION} (emmett-mongodb; one document per stream, $push + position check)`;
    return [
      {
        name: 'append',
        what: `EventStore.append, 1 event per commit, ${sizes.streams.toLocaleString('en-US')} streams, ${sizes.concurrency} in flight vs raw insertOne of the same commit documents (same indexes)`,
        platform,
        raw,
        notes: [
          `commit document ~${size(platformDoc)} bytes (platform) vs ~${size(rawDoc)} bytes (raw) as JSON`,
          `${versus}: ${Math.round(rate(emmett)).toLocaleString('en-US')} ev/s (${(rate(emmett) / rate(raw)).toFixed(2)} × raw)`,
        ],
        goal: 0.8,
      },
      {
        name: 'append/peer',
        what: `the same appends: EventStore.append vs ${versus}, same server, same driver client`,
        platform,
        raw: emmett,
        baseline: 'Emmett',
        notes: [],
        goal: 1.5,
      },
      {
        name: 'read',
        what: `readStream of every stream (${perStream} events each), ${sizes.concurrency} in flight vs the raw find({streamId}).sort() it issues`,
        platform: platformRead,
        raw: rawRead,
        notes: [
          `${versus} readStream: ${Math.round(rate(emmettRead)).toLocaleString('en-US')} ev/s (${(rate(emmettRead) / rate(rawRead)).toFixed(2)} × raw; ours ${(rate(platformRead) / rate(emmettRead)).toFixed(2)} × Emmett)`,
        ],
        goal: 0.8,
      },
      {
        name: 'read/peer',
        what: `the same reads: EventStore.readStream vs ${versus} readStream`,
        platform: platformRead,
        raw: emmettRead,
        baseline: 'Emmett',
        notes: ['Emmett reads one document per stream; ours reads one per commit (ADR 0001), so this is informational'],
        goal: 0,
      },
    ];
  } finally {
    await bench.drop();
  }
}
