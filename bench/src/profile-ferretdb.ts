/**
 * `npx tsx bench/src/profile-ferretdb.ts`: the FerretDB costs behind a projection batch (ADR 0006,
 * "per-batch projection"): reading N documents by `_id` one by one (in flight at once) vs one
 * `$in`, guarded replaces, inserts one by one vs `insertMany`, on a collection of 5,000
 * documents of ~1.5 kB like `lead_details`.
 */
import { randomUUID } from 'node:crypto';
import { ensureInfra } from '@liaison/infra-local';
import { MongoClient } from 'mongodb';

const N = Number(process.env.PROFILE_N ?? 20);
const ROUNDS = Number(process.env.PROFILE_ROUNDS ?? 20);

async function time(label: string, rounds: number, work: (round: number) => Promise<unknown>): Promise<void> {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const t0 = performance.now();
    await work(round);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const p50 = samples[Math.floor(samples.length / 2)]!;
  process.stdout.write(`  ${label.padEnd(62)} p50 ${p50.toFixed(1).padStart(7)} ms  (${(p50 / N).toFixed(2)} ms per document)\n`);
}

async function main(): Promise<void> {
  const infra = await ensureInfra();
  const client = new MongoClient(infra.mongodbUri, { retryWrites: false, maxPoolSize: 32 });
  await client.connect();
  const db = client.db(`profile_${randomUUID().slice(0, 8)}`);
  try {
    const docs = db.collection<{ _id: string; _v: number; body: string; unitId: string }>('docs');
    const body = 'x'.repeat(1_400);
    const ids = Array.from({ length: 5_000 }, (_, i) => `lead-${i.toString().padStart(5, '0')}`);
    for (let i = 0; i < ids.length; i += 500)
      await docs.insertMany(ids.slice(i, i + 500).map((_id, j) => ({ _id, _v: 1, body, unitId: `u${(i + j) % 50}` })));
    process.stdout.write(
      `FerretDB profile: ${N} documents per batch, ${ROUNDS} rounds, 5,000 documents in the collection (${infra.mongoServer})\n`,
    );
    const pick = (round: number) => ids.slice((round * N) % 4_000, ((round * N) % 4_000) + N);
    await time(`${N} × findOne({_id}) sequentially`, ROUNDS, async (r) => {
      for (const _id of pick(r)) await docs.findOne({ _id });
    });
    await time(`${N} × findOne({_id}) in flight at once`, ROUNDS, (r) => Promise.all(pick(r).map((_id) => docs.findOne({ _id }))));
    await time(`find({_id: {$in: ${N}}})`, ROUNDS, (r) => docs.find({ _id: { $in: pick(r) } }).toArray());
    let v = 1;
    await time(`${N} × replaceOne({_id, _v}) sequentially`, ROUNDS, async (r) => {
      v += 1;
      for (const _id of pick(r + 100)) await docs.replaceOne({ _id, _v: { $lt: v } }, { _v: v, body, unitId: 'u1' });
    });
    await time(`${N} × replaceOne({_id, _v}) in flight at once`, ROUNDS, async (r) => {
      v += 1;
      await Promise.all(pick(r + 200).map((_id) => docs.replaceOne({ _id, _v: { $lt: v } }, { _v: v, body, unitId: 'u1' })));
    });
    await time(`bulkWrite of ${N} replaceOne (unordered)`, ROUNDS, async (r) => {
      v += 1;
      await docs.bulkWrite(
        pick(r + 300).map((_id) => ({ replaceOne: { filter: { _id, _v: { $lt: v } }, replacement: { _v: v, body, unitId: 'u1' } } })),
        { ordered: false },
      );
    });
    await time(`${N} × insertOne in flight at once`, ROUNDS, (r) =>
      Promise.all(Array.from({ length: N }, (_, i) => docs.insertOne({ _id: `new-a-${r}-${i}`, _v: 1, body, unitId: 'u1' }))),
    );
    await time(`insertMany of ${N} (unordered)`, ROUNDS, (r) =>
      docs.insertMany(
        Array.from({ length: N }, (_, i) => ({ _id: `new-b-${r}-${i}`, _v: 1, body, unitId: 'u1' })),
        { ordered: false },
      ),
    );
    await time(`insertMany of ${N} (unordered), one duplicate among them`, ROUNDS, (r) =>
      docs
        .insertMany(
          Array.from({ length: N }, (_, i) => ({ _id: i === N / 2 ? ids[0]! : `new-c-${r}-${i}`, _v: 1, body, unitId: 'u1' })),
          { ordered: false },
        )
        .catch(() => undefined),
    );
    await docs.createIndex({ unitId: 1 });
    await time(`find({unitId}) (100 of 5,000, GIN index)`, ROUNDS, (r) => docs.find({ unitId: `u${r % 50}` }).toArray());
  } finally {
    await db.dropDatabase();
    await client.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
