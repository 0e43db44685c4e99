/**
 * The cost of safe compare-and-set (ADR 0008). On FerretDB the PostgreSQL guard refuses an update
 * that does not raise a document's `_v`; this measures a `_v`-conditional replace (guarded)
 * against the same conditional replace on a version field the guard ignores (`ver`: exactly the
 * write every caller made before, unsafe under races), both through the raw driver, and counts
 * lost races for both. On MongoDB both sides are atomic and the ratio shows no guard at all.
 */
import { MongoClient } from 'mongodb';
import { type BenchEnv, type BenchResult, fmtMs, openBenchDb, type PhaseResult, phase, runPool } from './common';

export interface CasSizes {
  /** Documents updated, each by a chain of conditional replaces. */
  docs: number;
  /** Conditional replaces per document. */
  updatesPerDoc: number;
  concurrency: number;
}

const RACE_TRIALS = 20;
const RACERS = 8;
const PAYLOAD = 'x'.repeat(200);

interface Versioned {
  _id: string;
  payload: string;
  _v?: number;
  ver?: number;
}

export async function benchCas(env: BenchEnv, sizes: CasSizes): Promise<BenchResult> {
  const bench = await openBenchDb(env, 'cas', sizes.concurrency);
  const racers: MongoClient[] = [];
  try {
    const field = (guarded: boolean) => (guarded ? '_v' : 'ver');
    const collection = (guarded: boolean) => bench.db.collection<Versioned>(guarded ? 'guarded_docs' : 'unguarded_docs');
    const fill = async (guarded: boolean) => {
      const docs = Array.from({ length: sizes.docs }, (_, i) => ({ _id: `doc-${i}`, payload: PAYLOAD, [field(guarded)]: 0 }));
      for (let i = 0; i < docs.length; i += 1000) await collection(guarded).insertMany(docs.slice(i, i + 1000));
    };
    // One chain of conditional replaces per document, documents in parallel, from version `from`.
    const chains = (guarded: boolean, from: number) => async () => {
      await runPool(sizes.docs, sizes.concurrency, async (i) => {
        for (let v = from; v < from + sizes.updatesPerDoc; v += 1) {
          const result = await collection(guarded).replaceOne(
            { _id: `doc-${i}`, [field(guarded)]: v },
            { payload: PAYLOAD, [field(guarded)]: v + 1 },
          );
          if (result.matchedCount !== 1) throw new Error(`cas bench: doc-${i} v${v} did not match`);
        }
      });
      return sizes.docs * sizes.updatesPerDoc;
    };
    await fill(false);
    await fill(true);
    // Two rounds, alternating sides, so drift on a shared machine hits both alike.
    const rounds: { raw: PhaseResult[]; platform: PhaseResult[] } = { raw: [], platform: [] };
    for (const from of [0, sizes.updatesPerDoc]) {
      rounds.raw.push(await phase(chains(false, from), 'cas unguarded'));
      rounds.platform.push(await phase(chains(true, from), 'cas guarded'));
    }
    const sum = (ps: PhaseResult[]): PhaseResult => ({
      events: ps.reduce((n, p) => n + p.events, 0),
      elapsedMs: ps.reduce((n, p) => n + p.elapsedMs, 0),
      peakRss: Math.max(...ps.map((p) => p.peakRss)),
    });
    const raw = sum(rounds.raw);
    const platform = sum(rounds.platform);

    // Lost races: RACERS connections replace one document at the same version at once.
    for (let i = 0; i < RACERS; i += 1)
      racers.push(await new MongoClient(env.mongodbUri, { retryWrites: false, maxPoolSize: 1 }).connect());
    const race = async (guarded: boolean): Promise<number> => {
      const cols = racers.map((c) => c.db(bench.name).collection<Versioned>(guarded ? 'guarded_race' : 'unguarded_race'));
      await Promise.all(cols.map((c) => c.findOne({})));
      let lost = 0;
      for (let trial = 0; trial < RACE_TRIALS; trial += 1) {
        const _id = `race-${trial}`;
        await cols[0]!.insertOne({ _id, payload: '', [field(guarded)]: 1 });
        const winners = await Promise.all(
          cols.map((c, i) =>
            c.replaceOne({ _id, [field(guarded)]: 1 }, { payload: `racer-${i}`, [field(guarded)]: 2 }).then(
              (r) => r.matchedCount,
              () => 0,
            ),
          ),
        );
        if (winners.reduce((a, b) => a + b, 0) > 1) lost += 1;
      }
      return lost;
    };
    const lostUnguarded = await race(false);
    const lostGuarded = await race(true);
    return {
      name: 'cas',
      what: `${(2 * sizes.docs * sizes.updatesPerDoc).toLocaleString('en-US')} conditional replaces per side (${sizes.docs} docs x ${sizes.updatesPerDoc}, two alternating rounds, ${sizes.concurrency} in flight): _v-guarded vs the same replace on an unguarded field`,
      platform,
      raw,
      baseline: 'unguarded conditional replace (the write before ADR 0008)',
      goal: 0.9,
      notes: [
        `racing conditional replaces (${RACERS} connections, ${RACE_TRIALS} trials): trials with more than one winner: unguarded ${lostUnguarded}/${RACE_TRIALS}, guarded ${lostGuarded}/${RACE_TRIALS}`,
        `per replace: guarded ${fmtMs(platform.elapsedMs / platform.events)}, unguarded ${fmtMs(raw.elapsedMs / raw.events)} (wall time / writes, ${sizes.concurrency} in flight)`,
      ],
    };
  } finally {
    await Promise.all(racers.map((c) => c.close(true)));
    await bench.drop();
  }
}
