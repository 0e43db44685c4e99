import { randomUUID } from 'node:crypto';
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

/**
 * Commit i goes to stream i % streams at version floor(i / streams) + 1. Commits of one stream
 * are `streams` positions apart in the queue, far more than `concurrency`, but each one still
 * waits for its predecessor so the expected version is always right.
 */
function plan(sizes: AppendSizes): { stream: (i: number) => number; version: (i: number) => number } {
  return { stream: (i) => i % sizes.streams, version: (i) => Math.floor(i / sizes.streams) + 1 };
}

export async function benchAppend(env: BenchEnv, sizes: AppendSizes): Promise<BenchResult> {
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

    const [platformCount, rawCount] = await Promise.all([
      bench.db.collection(COMMITS_COLLECTION).countDocuments({}),
      bench.db.collection(RAW_COLLECTION).countDocuments({}),
    ]);
    if (platformCount !== sizes.events || rawCount !== sizes.events) {
      throw new Error(`append: expected ${sizes.events} commits on each side, found platform ${platformCount}, raw ${rawCount}`);
    }
    const [platformDoc, rawDoc] = await Promise.all([
      bench.db.collection(COMMITS_COLLECTION).findOne({}, { projection: { _id: 0 } }),
      bench.db.collection(RAW_COLLECTION).findOne({}, { projection: { _id: 0 } }),
    ]);
    const size = (d: unknown): number => Buffer.byteLength(JSON.stringify(d));
    return {
      name: 'append',
      what: `EventStore.append, 1 event per commit, ${sizes.streams.toLocaleString('en-US')} streams, ${sizes.concurrency} in flight vs raw insertOne of the same commit documents (same indexes)`,
      platform,
      raw,
      notes: [`commit document ~${size(platformDoc)} bytes (platform) vs ~${size(rawDoc)} bytes (raw) as JSON`],
      goal: 0.8,
    };
  } finally {
    await bench.drop();
  }
}
