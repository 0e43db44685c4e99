import type { EventEnvelope } from '@liaison/contracts';
import { COMMITS_COLLECTION, MongoEventStore, MongoProjection } from '@liaison/platform';
import {
  type BenchEnv,
  type BenchEventData,
  type BenchResult,
  benchRegistry,
  commitDocument,
  fmtMs,
  openBenchDb,
  phase,
  streamName,
} from './common';

export interface RebuildSizes {
  streams: number;
  /** Events per stream (one event per commit, as 1-event commands write them). */
  perStream: number;
  /** store.scan batch size and raw cursor batch size. */
  batchSize: number;
}

export interface Totals extends Record<string, unknown> {
  count: number;
  amount: number;
  lastSeq: number;
}

export const evolveTotals = (current: Totals | null, event: EventEnvelope): Totals => {
  const data = event.data as BenchEventData;
  return { count: (current?.count ?? 0) + 1, amount: (current?.amount ?? 0) + data.amount, lastSeq: data.seq };
};

export async function benchRebuild(env: BenchEnv, sizes: RebuildSizes): Promise<BenchResult> {
  const bench = await openBenchDb(env, 'rebuild', 20);
  try {
    const store = new MongoEventStore(bench.connection, benchRegistry());
    await store.init();
    const total = sizes.streams * sizes.perStream;

    // Fill in the store's format with insertMany (untimed); streams interleaved so the sort matters.
    const fillStarted = Date.now();
    const commits = bench.db.collection(COMMITS_COLLECTION);
    const chunk = 1000;
    for (let start = 0; start < total; start += chunk) {
      const docs = [];
      for (let i = start; i < Math.min(total, start + chunk); i += 1) {
        docs.push(commitDocument(streamName('rebuild', i % sizes.streams), Math.floor(i / sizes.streams) + 1, i));
      }
      await commits.insertMany(docs, { ordered: false });
    }
    const fillMs = Date.now() - fillStarted;

    // Raw: one sorted cursor over the same commit documents, visiting every event.
    let rawAmount = 0;
    const raw = await phase(async () => {
      let events = 0;
      const cursor = commits.find({}).sort({ streamId: 1, version: 1 }).batchSize(sizes.batchSize);
      for await (const commit of cursor) {
        for (const event of commit.events as EventEnvelope[]) {
          rawAmount += (event.data as BenchEventData).amount;
          events += 1;
        }
      }
      return events;
    }, 'rebuild raw');

    const projection = new MongoProjection<Totals>(
      bench.connection,
      { name: 'bench_totals', streamPrefix: 'rebuild-', evolve: evolveTotals },
      store,
    );
    let progressCalls = 0;
    const platform = await phase(async () => {
      const progress = await projection.rebuild(store.scan({ batchSize: sizes.batchSize, streamPrefix: 'rebuild-' }), () => {
        progressCalls += 1;
      });
      return progress.events;
    }, 'rebuild platform');

    const docs = await projection.collection.countDocuments({});
    const [agg] = await projection.collection
      .aggregate<{ amount: number }>([{ $group: { _id: null, amount: { $sum: '$amount' } } }])
      .toArray();
    if (platform.events !== total || raw.events !== total || docs !== sizes.streams || agg?.amount !== rawAmount) {
      throw new Error(
        `rebuild: expected ${total} events / ${sizes.streams} docs; platform ${platform.events} events ${docs} docs (amount ${agg?.amount}), raw ${raw.events} events (amount ${rawAmount})`,
      );
    }
    return {
      name: 'rebuild',
      what: `MongoProjection.rebuild(store.scan()) of ${sizes.streams.toLocaleString('en-US')} streams x ${sizes.perStream} events (read, fold, write ${sizes.streams.toLocaleString('en-US')} docs) vs raw sorted cursor read of the same commits`,
      platform,
      raw,
      notes: [
        `store filled by insertMany in ${fmtMs(fillMs)} (untimed); ${progressCalls} progress callbacks; projection verified (${docs} docs, totals equal)`,
      ],
      goal: 0.5,
    };
  } finally {
    await bench.drop();
  }
}
