/**
 * Diagnostic (not part of `npm run bench`): how the outbox queries of MongoEventStore scale with
 * the number of unpublished commits on this server, next to alternative query shapes.
 *   npx tsx bench/src/probe-outbox.ts [sizes...]   (default 1000 4000)
 */
import { ensureInfra } from '@liaison/infra-local';
import { COMMITS_COLLECTION, MongoEventStore } from '@liaison/platform';
import { type ObjectId } from 'mongodb';
import { createKafka, createLogger } from '@liaison/platform';
import { benchRegistry, commitDocument, fmtMs, openBenchDb, streamName } from './common';

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const infra = await ensureInfra({ owner: `bench-probe:${process.pid}` });
  const logger = createLogger('bench-probe', { level: 'error' });
  const env = {
    mongodbUri: infra.mongodbUri,
    brokers: infra.kafkaBrokers,
    kafka: createKafka({ clientId: 'probe', brokers: infra.kafkaBrokers, logger }),
    logger,
    runId: 'probe',
  };
  console.log(`server: ${infra.mongoServer}`);
  for (const n of sizes.length ? sizes : [1000, 4000]) {
    const bench = await openBenchDb(env, 'probe', 20);
    try {
      const store = new MongoEventStore(bench.connection, benchRegistry());
      await store.init();
      const commits = bench.db.collection(COMMITS_COLLECTION);
      const docs = Array.from({ length: n }, (_, i) =>
        commitDocument(streamName('probe', i % Math.ceil(n / 2)), Math.floor(i / Math.ceil(n / 2)) + 1, i),
      );
      for (let i = 0; i < n; i += 1000) await commits.insertMany(docs.slice(i, i + 1000), { ordered: false });
      const time = async (label: string, fn: () => Promise<unknown>): Promise<void> => {
        const t = performance.now();
        await fn();
        console.log(`  n=${n} unpublished: ${label.padEnd(70)} ${fmtMs(performance.now() - t)}`);
      };
      await time('store.unpublished({limit: 500}) (first batch)', () => store.unpublished({ limit: 500 }));
      await time(`store.unpublished({afterStreamId: mid, limit: 500})`, () =>
        store.unpublished({ afterStreamId: streamName('probe', Math.floor(n / 4)), limit: 500 }),
      );
      await time('find({published:false}).limit(500) (no sort, no range)', () => commits.find({ published: false }).limit(500).toArray());
      const batch = (
        await commits
          .find({ published: false }, { projection: { _id: 1 } })
          .sort({ streamId: 1, version: 1 })
          .limit(1500)
          .toArray()
      ).map((d) => d._id as ObjectId);
      await time('store.markPublished(500 ids)  [{published:false, _id:{$in}} updateMany]', () =>
        store.markPublished(batch.slice(0, 500).map(String)),
      );
      await time('bulkWrite 500 x updateOne({_id}, {$set:{published:true}})', () =>
        commits.bulkWrite(
          batch.slice(500, 1000).map((_id) => ({ updateOne: { filter: { _id }, update: { $set: { published: true } } } })),
          { ordered: false },
        ),
      );
      await time('500 x updateOne({_id}) with 16 in flight', async () => {
        const ids = batch.slice(1000, 1500);
        let next = 0;
        await Promise.all(
          Array.from({ length: 16 }, async () => {
            while (next < ids.length) await commits.updateOne({ _id: ids[next++] }, { $set: { published: true } });
          }),
        );
      });
    } finally {
      await bench.drop();
    }
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
