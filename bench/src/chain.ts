/**
 * `npm run bench:chain`: verification of a stream's hash chain (ADR 0017) on a 10,000-commit
 * stream in the MongoDB-API server (FerretDB here), beside raw SHA-256 over the same bytes, in
 * the same run. What is compared, each on the same 10,000 commits:
 *
 *   read      the driver's find({streamId}).sort({version}) of the commits (what any verifier pays)
 *   recompute verifyCommits over the commits already read: RFC 8785 canonical JSON of each
 *             commit's events + SHA-256 chained + the checks
 *   raw hash  a plain sha256(prev ‖ bytes) loop over the same canonical bytes, made beforehand
 *   verify    verifyStream end to end (readCommits + recompute), what the gRPC call and CLI run
 *
 * and prints   recompute vs raw hash   (the verifier's own overhead: canonicalising),
 *              verify vs read + raw hash (end to end against the floor of reading and hashing),
 *              verify vs raw hash alone (informational: dominated by reading from the server).
 * Also the append cost of chaining: store.append (normalise, canonicalise, hash, insert) vs a raw
 * insertOne of the same document without hashes, sequential on one stream, and the CPU per commit.
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { ensureInfra, stopInfra } from '@liaison/infra-local';
import {
  canonicalEvents,
  chainCommit,
  chainHashOfCanonical,
  COMMITS_COLLECTION,
  GENESIS_HASH,
  MongoEventStore,
  verifyCommits,
  verifyStream,
} from '@liaison/platform';
import { randomUUID } from 'node:crypto';
import { BENCH_EVENT, type BenchEnv, benchActor, benchRegistry, commitDocument, eventData, mb, openBenchDb, RssSampler } from './common';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    commits: { type: 'string' },
    appends: { type: 'string' },
    runs: { type: 'string' },
  },
});
const COMMITS = Number(values.commits ?? (values.quick ? 2_000 : 10_000));
const APPENDS = Number(values.appends ?? (values.quick ? 100 : 300));
const RUNS = Number(values.runs ?? 3);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;
async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

async function main(): Promise<void> {
  const infra = await ensureInfra();
  const bench = await openBenchDb({ mongodbUri: infra.mongodbUri, runId: randomUUID().slice(0, 8) } as BenchEnv, 'chain', 8);
  const rss = new RssSampler();
  try {
    const store = new MongoEventStore(bench.connection, benchRegistry());
    await store.init();
    const commits = bench.db.collection(COMMITS_COLLECTION);

    // Build: COMMITS chained commit documents, as the store writes them, inserted in batches.
    const streamId = `chain-${randomUUID()}`;
    const built = await timed(async () => {
      let prev = GENESIS_HASH;
      for (let start = 0; start < COMMITS; start += 1_000) {
        const batch = [];
        for (let i = start; i < Math.min(COMMITS, start + 1_000); i += 1) {
          // As MongoEventStore.append writes it (chainCommit: canonical key order, hash).
          const document = commitDocument(streamId, i + 1, i);
          const { events, hash } = chainCommit(prev, document.events);
          batch.push({ ...document, events, prevHash: prev, hash });
          prev = hash;
        }
        await commits.insertMany(batch, { ordered: true });
      }
    });
    const sample = (await commits.findOne({ streamId }, { projection: { _id: 0 } }))!;
    process.stdout.write(
      `chain: ${COMMITS.toLocaleString('en-US')} commits of 1 event (${Buffer.byteLength(JSON.stringify(sample))} bytes per document) ` +
        `built in ${(built.ms / 1000).toFixed(1)} s on ${infra.mongoServer}\n`,
    );

    const read: number[] = [];
    const recompute: number[] = [];
    const rawHash: number[] = [];
    const verify: number[] = [];
    let bytes = 0;
    for (let run = 0; run < RUNS; run += 1) {
      // read: the raw driver, the same query and fields readCommits asks for.
      const fetched = await timed(() =>
        commits
          .find(
            { streamId },
            { projection: { _id: 1, streamId: 1, version: 1, lastVersion: 1, recordedAt: 1, events: 1, prevHash: 1, hash: 1 } },
          )
          .sort({ streamId: 1, version: 1 })
          .toArray(),
      );
      read.push(fetched.ms);
      const stored = fetched.value.map((c) => ({
        commitId: String(c._id),
        streamId: c.streamId as string,
        version: c.version as number,
        lastVersion: c.lastVersion as number,
        recordedAt: c.recordedAt as Date,
        events: c.events,
        prevHash: (c.prevHash as string) ?? null,
        hash: (c.hash as string) ?? null,
      }));
      const result = await timed(() => verifyCommits(streamId, stored));
      if (!result.value.intact || result.value.commits !== COMMITS)
        throw new Error(`chain did not verify: ${JSON.stringify(result.value)}`);
      recompute.push(result.ms);

      // raw hash: the same canonical bytes, made outside the timing, hashed in a chained loop.
      const canonical = stored.map((c) => canonicalEvents(c.events));
      bytes = canonical.reduce((sum, text) => sum + Buffer.byteLength(text) + 64, 0);
      const raw = await timed(() => {
        let prev = GENESIS_HASH;
        for (const text of canonical) prev = createHash('sha256').update(prev, 'utf8').update(text, 'utf8').digest('hex');
        return prev;
      });
      if (raw.value !== result.value.head) throw new Error('raw hashing disagrees with the verifier');
      // Same function the store uses (guards the comparison against hashing something else).
      if (chainHashOfCanonical(stored.at(-2)!.hash!, canonical.at(-1)!) !== raw.value) throw new Error('hash definitions differ');
      rawHash.push(raw.ms);

      const e2e = await timed(() => verifyStream(store, streamId));
      if (!e2e.value.intact) throw new Error('verifyStream: not intact');
      verify.push(e2e.ms);
    }

    const r = { read: median(read), recompute: median(recompute), raw: median(rawHash), verify: median(verify) };
    const mbps = (t: number) => `${(bytes / 1024 / 1024 / (t / 1000)).toFixed(0)} MB/s`;
    const own = r.raw / r.recompute;
    const endToEnd = (r.read + r.raw) / r.verify;
    const alone = r.raw / r.verify;
    process.stdout.write(
      `[chain] ${COMMITS.toLocaleString('en-US')} commits, ${(bytes / 1024 / 1024).toFixed(1)} MB canonical, median of ${RUNS} runs\n` +
        `  read (driver find, same fields)          ${ms(r.read)}\n` +
        `  recompute (verifyCommits, in memory)     ${ms(r.recompute)}  ${mbps(r.recompute)}\n` +
        `  raw sha256 over the same canonical bytes ${ms(r.raw)}  ${mbps(r.raw)}\n` +
        `  verifyStream end to end                  ${ms(r.verify)}  (${((r.verify / COMMITS) * 1000).toFixed(0)} µs per commit)\n` +
        `  ratio raw hash / recompute          = ${own.toFixed(2)} (goal ≥ 0.5) ${own >= 0.5 ? 'PASS' : 'BELOW'}  (the verifier's own work against hashing alone)\n` +
        `  ratio (read + raw hash) / verify    = ${endToEnd.toFixed(2)} (goal ≥ 0.5) ${endToEnd >= 0.5 ? 'PASS' : 'BELOW'}  (end to end against the floor)\n` +
        `  ratio raw hash / verify end to end  = ${alone.toFixed(3)} (informational: reading ${COMMITS.toLocaleString('en-US')} commits from the server dominates)\n`,
    );

    // Append: chained store.append vs raw insertOne of the unchained document, sequential on one stream.
    const appendStream = `chain-append-${randomUUID()}`;
    const appended = await timed(async () => {
      for (let i = 0; i < APPENDS; i += 1)
        await store.append(appendStream, i, [{ type: BENCH_EVENT, data: eventData(i) }], {
          commandId: randomUUID(),
          actor: benchActor,
          correlationId: randomUUID(),
        });
    });
    const rawStream = `chain-raw-${randomUUID()}`;
    const inserted = await timed(async () => {
      for (let i = 0; i < APPENDS; i += 1) await commits.insertOne(commitDocument(rawStream, i + 1, i));
    });
    const cpu = await timed(() => {
      let prev = GENESIS_HASH;
      for (let i = 0; i < 2_000; i += 1) prev = chainCommit(prev, commitDocument(rawStream, i + 1, i).events).hash;
      return prev;
    });
    const build = await timed(() => {
      for (let i = 0; i < 2_000; i += 1) commitDocument(rawStream, i + 1, i);
    });
    const chainingUs = ((cpu.ms - build.ms) / 2_000) * 1000;
    process.stdout.write(
      `[append] ${APPENDS} sequential commits of 1 event on one stream\n` +
        `  store.append (chained, head cache)  ${((appended.ms / APPENDS) * 1).toFixed(2)} ms per commit\n` +
        `  raw insertOne (no hashes)           ${((inserted.ms / APPENDS) * 1).toFixed(2)} ms per commit  ratio raw/store ${(inserted.ms / appended.ms).toFixed(2)}\n` +
        `  chaining CPU (normalise + RFC 8785 + SHA-256) ${chainingUs.toFixed(1)} µs per commit; peak RSS ${mb(rss.stop())}\n`,
    );
  } finally {
    await bench.drop();
    if (infra.startedHere) await stopInfra();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
