/**
 * `npm run bench:history [-- --quick] [-- --sizes 10000,100000]`: the history service's archive
 * (issue 11, ADR 0029) beside the raw drivers, at each size N in turn, on the local servers:
 *   ingest   N events from Kafka into the archive (the service's own consumer path: ConsumerRunner
 *            → Archive.archive → Sequencer) vs a raw kafkajs consumer reading the same topic
 *   rebuild  a projection from N events in the store (MongoProjection.rebuild, the live-safe
 *            rebuild) vs a raw sorted cursor over the same commits (bench/src/rebuild.ts)
 *   export   N archived events as NDJSON (exportLines: the same scan, need-to-know and chain
 *            heads as ExportArchive) in MB/s vs writing the same bytes raw to a file
 * with the peak RSS of each phase, so memory can be compared across sizes.
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import type { Actor, EventEnvelope } from '@liaison/contracts';
import { ensureInfra, stopInfra } from '@liaison/infra-local';
import {
  type BatchHandler,
  ConsumerRunner,
  createKafka,
  createLogger,
  ensureTopics,
  type EventHandler,
  envelopeHeaders,
  MongoEventStore,
  MongoProjection,
} from '@liaison/platform';
import type { Kafka } from 'kafkajs';
import { Archive } from '../../services/history/src/archive/archive';
import { type ArchivedEventRow, bucketOf } from '../../services/history/src/archive/archive-rows';
import { ARCHIVE_FETCH_BYTES_PER_PARTITION, archiveReactions } from '../../services/history/src/archive/archive-reactions';
import { HistoryQueries } from '../../services/history/src/application/history-queries';
import { exportLines } from '../../services/history/src/transfer/export';
import {
  BENCH_EVENT,
  type BenchEnv,
  type BenchResult,
  benchActor,
  benchRegistry,
  eventData,
  eventsPerSecond,
  fmtRate,
  fmtMs,
  mb,
  openBenchDb,
  phase,
  type PhaseResult,
  printResult,
  ratio,
} from './common';
import { benchRebuild, evolveTotals, type Totals } from './rebuild';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    only: { type: 'string' },
    'keep-infra': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});
const HELP = `usage: npm run bench:history -- [options]
  --quick              sizes 2000,5000 (a smoke run)
  --sizes <list>       comma-separated event counts N        [10000,100000]   env BENCH_HISTORY_SIZES
  --only <list>        subset of: ingest,rebuild,export
  --keep-infra         do not stop servers this run started`;
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const sizes = (values.sizes ?? process.env.BENCH_HISTORY_SIZES ?? (values.quick ? '2000,5000' : '10000,100000'))
  .split(',')
  .map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--sizes: positive integers, got ${values.sizes}`);
const only = new Set((values.only ?? 'ingest,rebuild,export').split(','));

const STREAMS = (n: number) => Math.max(1, Math.floor(n / 5));
/** An analyst: the export's need-to-know passes the bench's non-record streams (registry-like). */
const ANALYST: Actor = { officerId: 'officer-bench-analyst', unitId: 'unit-bench', roles: ['analyst'], clearance: 'AMBER' } as Actor;

const envelope = (i: number, streams: number, recordedAt: string): EventEnvelope => ({
  eventId: randomUUID(),
  type: BENCH_EVENT,
  schemaVersion: 1,
  streamId: `benchstream-${String(i % streams).padStart(8, '0')}`,
  version: Math.floor(i / streams) + 1,
  occurredAt: recordedAt,
  recordedAt,
  actor: benchActor,
  correlationId: randomUUID(),
  causationId: null,
  traceparent: null,
  data: eventData(i),
});

/** Archived events from..to-1 as the archive describes them, already numbered. */
const archivedRows = (from: number, to: number, streams: number, at: string): ArchivedEventRow[] =>
  Array.from({ length: to - from }, (_, k) => {
    const i = from + k;
    const e = envelope(i, streams, at);
    return {
      _id: e.eventId,
      seq: i + 1,
      context: 'registry' as const,
      topic: 'bench',
      partition: 0,
      offset: String(i),
      streamId: e.streamId,
      type: e.type,
      schemaVersion: 1,
      version: e.version,
      occurredAt: at,
      recordedAt: at,
      actor: e.actor,
      correlationId: e.correlationId,
      causationId: null,
      traceparent: null,
      data: e.data,
      ownerUnitId: '',
      jurisdiction: '',
      links: [],
      archivedAt: at,
    };
  });

/** One document per event, the layout before buckets: the queried fields at the top, the rest one JSON string. */
const oneDocumentPerEvent = (row: ArchivedEventRow) => {
  const { _id, seq, context, streamId, type, ownerUnitId, jurisdiction, ...rest } = row;
  return { _id, seq, context, streamId, type, ownerUnitId, jurisdiction, body: JSON.stringify(rest) };
};

/**
 * The driver's ceilings on the same server, no Kafka, no numbering, eight writers at once (the
 * archive consumes eight partitions at once), batches of 500: one document per event (bare
 * insertMany into a collection with the old layout's indexes), and one bucket per batch (bare
 * insertOne of the bucket the archive writes, into a collection with its lookup index).
 */
async function driverInsertCeilings(
  connection: Awaited<ReturnType<typeof openBenchDb>>['connection'],
  n: number,
): Promise<{ perEvent: PhaseResult; perBucket: PhaseResult }> {
  const perEventRows = connection.db!.collection('ceiling_events');
  for (const key of ['seq', 'streamId', 'type']) await perEventRows.createIndex({ [key]: 1 });
  const buckets = connection.db!.collection('ceiling_buckets');
  await buckets.createIndex({ lookupKeys: 1 });
  const at = new Date().toISOString();
  const streams = STREAMS(n);
  const batches = Math.ceil(n / 500);
  // Each batch made when a writer takes it, so memory stays flat at any N (the events are made
  // inside the timed phase: the same for both layouts, and cheap beside the writes).
  const eightWriters = async (write: (batch: ArchivedEventRow[]) => Promise<unknown>) => {
    let next = 0;
    const writer = async () => {
      while (next < batches) {
        const b = next++;
        await write(archivedRows(b * 500, Math.min(n, b * 500 + 500), streams, at));
      }
    };
    await Promise.all(Array.from({ length: 8 }, writer));
    return n;
  };
  const perEvent = await phase(
    () => eightWriters((batch) => perEventRows.insertMany(batch.map(oneDocumentPerEvent) as never[], { ordered: false })),
    'ingest ceiling, one document per event',
  );
  const perBucket = await phase(() => eightWriters((batch) => buckets.insertOne(bucketOf(batch) as never)), 'ingest ceiling, buckets');
  return { perEvent, perBucket };
}

/** CPU time (ms) used so far by the local servers (PostgreSQL, FerretDB, Kafka), from /proc; 0 where there is none. */
function serverCpuMs(): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!/postgres|ferretdb|kafka/.test(cmd)) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended meanwhile.
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

async function produce(kafka: Kafka, topic: string, n: number): Promise<void> {
  const producer = kafka.producer();
  await producer.connect();
  const streams = STREAMS(n);
  const at = new Date().toISOString();
  for (let start = 0; start < n; start += 2_000) {
    const messages = [];
    for (let i = start; i < Math.min(n, start + 2_000); i += 1) {
      const event = envelope(i, streams, at);
      messages.push({ key: event.streamId, value: JSON.stringify(event), headers: envelopeHeaders(event) });
    }
    await producer.send({ topic, messages });
  }
  await producer.disconnect();
}

/**
 * Runs a new consumer group over `topic` from the beginning on the platform's consumer runner
 * (8 partitions at once) until its handlers have taken `n` events; returns how many they took.
 */
async function consumeAll(
  env: BenchEnv,
  topic: string,
  n: number,
  group: string,
  handlers: { handler: EventHandler; batchHandler: BatchHandler; maxBytesPerPartition?: number },
): Promise<number> {
  let taken = 0;
  let done!: () => void;
  const finished = new Promise<void>((resolve) => (done = resolve));
  const counted = (k: number) => {
    taken += k;
    if (taken >= n) done();
  };
  const runner = new ConsumerRunner({
    kafka: env.kafka,
    groupId: `${group}-${randomUUID()}`,
    topics: [topic],
    logger: env.logger,
    registry: benchRegistry(),
    partitionsConsumedConcurrently: 8,
    ...(handlers.maxBytesPerPartition ? { maxBytesPerPartition: handlers.maxBytesPerPartition } : {}),
    handler: async (consumed) => {
      await handlers.handler(consumed);
      counted(1);
    },
    batchHandler: async (batch) => {
      await handlers.batchHandler(batch);
      counted(batch.length);
    },
  });
  await runner.start();
  await finished;
  await runner.stop();
  return taken;
}

async function benchIngest(env: BenchEnv, n: number): Promise<BenchResult[]> {
  const bench = await openBenchDb(env, 'history_ingest', 20);
  const topic = `bench-history-${env.runId}-${n}.events.v1`;
  try {
    // A loaded broker may not know a topic it just created yet: try again a few times.
    for (let attempt = 1; ; attempt += 1) {
      try {
        await ensureTopics(env.kafka, [topic], 8);
        break;
      } catch (error) {
        if (attempt === 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 2_000 * attempt));
      }
    }
    const filled = Date.now();
    await produce(env.kafka, topic, n);
    const fillMs = Date.now() - filled;
    const archive = new Archive(bench.connection);
    await archive.init();

    const raw = await phase(async () => {
      const consumer = env.kafka.consumer({ groupId: `bench-raw-${randomUUID()}` });
      await consumer.connect();
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      let seen = 0;
      await new Promise<void>((resolve, reject) => {
        consumer
          .run({
            partitionsConsumedConcurrently: 8,
            eachBatch: async ({ batch }) => {
              // The same work before a handler: parse the envelope.
              for (const message of batch.messages) if (JSON.parse(message.value!.toString()).eventId) seen += 1;
              if (seen >= n) resolve();
            },
          })
          .catch(reject);
      });
      await consumer.disconnect();
      return seen;
    }, 'ingest raw');

    const cpuBefore = process.cpuUsage();
    const serversBefore = serverCpuMs();
    // The history service's own reaction (archive-reactions.ts: batch fast path, per-event fallback),
    // on the platform's consumer runner, validating with the bench contract instead of the registry's.
    const reaction = archiveReactions(archive, () => topic).find((r) => r.name === 'archive-registry')!;
    const platform = await phase(
      () =>
        consumeAll(env, topic, n, 'bench-archive', {
          handler: reaction.handler,
          batchHandler: reaction.batchHandler!,
          ...(reaction.maxBytesPerPartition ? { maxBytesPerPartition: reaction.maxBytesPerPartition } : {}),
        }),
      'ingest platform',
    );
    const cpu = process.cpuUsage(cpuBefore);
    const serversCpu = serverCpuMs() - serversBefore;
    const status = { archived: await archive.count(), sequenced: await archive.sequencer.current() };
    const ceilings = await driverInsertCeilings(bench.connection, n);
    if (status.archived !== n || status.sequenced !== n)
      throw new Error(`ingest: ${n} events, archived ${status.archived}, numbered ${status.sequenced}`);
    const fromKafka = await rebuildFromKafka(env, bench.connection, topic, n);
    const ingest: BenchResult = {
      name: `history ingest N=${n.toLocaleString('en-US')}`,
      what: `${n.toLocaleString('en-US')} events from an 8-partition topic into the archive (one bucket + its bounds per fetched batch, numbered) vs raw kafkajs eachBatch + JSON.parse`,
      platform,
      raw,
      notes: [
        `CPU while the archive ingested: this process ${fmtMs((cpu.user + cpu.system) / 1000)}, FerretDB + PostgreSQL + Kafka ${fmtMs(serversCpu)} (of ${fmtMs(platform.elapsedMs)} × 2 cores)`,
        `topic filled in ${fmtMs(fillMs)} (untimed); archive verified: ${status.archived} rows, numbers 1..${status.sequenced}`,
        ...(['perEvent', 'perBucket'] as const).map(
          (layout) =>
            `driver ceiling, ${layout === 'perEvent' ? 'one document per event (the old layout)' : 'one bucket per batch (this layout)'}: ` +
            `${fmtRate(eventsPerSecond(ceilings[layout]))}; ceiling / raw consumer ${(eventsPerSecond(ceilings[layout]) / eventsPerSecond(raw)).toFixed(2)}, ` +
            `platform / ceiling ${(eventsPerSecond(platform) / eventsPerSecond(ceilings[layout])).toFixed(2)}`,
        ),
      ],
      goal: 0.5,
    };
    return [
      ingest,
      {
        name: `history rebuild from Kafka N=${n.toLocaleString('en-US')}`,
        what: `a read model of ${STREAMS(n).toLocaleString('en-US')} streams rebuilt from the same topic: an empty projection fed from the beginning by a new consumer group (ConsumerRunner → MongoProjection.applyBatch, the live path) vs the raw kafkajs consumer above`,
        platform: fromKafka.platform,
        raw,
        notes: [`projection verified: ${fromKafka.docs} documents, totals equal to the events'`],
        goal: 0.5,
      },
    ];
  } finally {
    await bench.drop();
    const admin = env.kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
  }
}

/**
 * A read model rebuilt from Kafka: a new consumer group reads the topic from the beginning into
 * an empty projection through the live consumer path (validation, one read and one write per
 * document per batch). The store scan (benchRebuild) is the other source.
 */
async function rebuildFromKafka(
  env: BenchEnv,
  connection: Awaited<ReturnType<typeof openBenchDb>>['connection'],
  topic: string,
  n: number,
): Promise<{ platform: PhaseResult; docs: number }> {
  const store = new MongoEventStore(connection, benchRegistry());
  const projection = new MongoProjection<Totals>(
    connection,
    { name: 'bench_kafka_totals', streamPrefix: 'benchstream-', evolve: evolveTotals },
    store,
  );
  await projection.init();
  const platform = await phase(
    () =>
      consumeAll(env, topic, n, 'bench-rebuild', {
        handler: ({ event }) => projection.apply(event).then(() => undefined),
        batchHandler: (batch) => projection.applyBatch(batch.map(({ event }) => event)).then(() => undefined),
        // Large fetches, as the archive takes them: a batch then holds many events of each stream,
        // folded with one read and one write per document.
        maxBytesPerPartition: ARCHIVE_FETCH_BYTES_PER_PARTITION,
      }),
    'rebuild from Kafka',
  );
  const docs = await projection.collection.countDocuments({});
  const [sum] = await projection.collection.aggregate<{ count: number }>([{ $group: { _id: null, count: { $sum: '$count' } } }]).toArray();
  if (docs !== STREAMS(n) || sum?.count !== n)
    throw new Error(`rebuild from Kafka: ${n} events of ${STREAMS(n)} streams; ${docs} documents counting ${sum?.count}`);
  return { platform, docs };
}

async function benchExport(env: BenchEnv, n: number): Promise<BenchResult & { bytes: number }> {
  const bench = await openBenchDb(env, 'history_export', 20);
  const dir = mkdtempSync(join(tmpdir(), 'bench-history-'));
  try {
    const archive = new Archive(bench.connection);
    await archive.init();
    // Fill archive rows as archiving writes them, already numbered (untimed).
    const streams = STREAMS(n);
    const at = new Date().toISOString();
    for (let start = 0; start < n; start += 1_000)
      await archive.sequencer.write(archivedRows(start, Math.min(n, start + 1_000), streams, at));
    const queries = new HistoryQueries(archive);
    const exported = join(dir, 'export.ndjson');
    let bytes = 0;
    const platform = await phase(async () => {
      const out = createWriteStream(exported);
      let lines = 0;
      for await (const line of exportLines(queries, ANALYST, {
        from: '',
        to: '',
        type: '',
        unitId: '',
        jurisdiction: '',
        context: '',
        recordId: '',
      })) {
        const chunk = `${line}\n`;
        bytes += Buffer.byteLength(chunk);
        lines += 1;
        if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      }
      await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
      return lines - 1; // the manifest line is not an event
    }, 'export platform');
    const raw = await phase(async () => {
      await pipeline(createReadStream(exported), createWriteStream(join(dir, 'raw.ndjson')));
      return statSync(join(dir, 'raw.ndjson')).size === bytes ? n : 0;
    }, 'export raw');
    if (platform.events !== n) throw new Error(`export: ${n} events archived, ${platform.events} exported`);
    const mbps = (p: PhaseResult) => (bytes / 1024 / 1024 / (p.elapsedMs / 1000)).toFixed(1);
    return {
      name: `history export N=${n.toLocaleString('en-US')}`,
      what: `${n.toLocaleString('en-US')} archived events as NDJSON (scan in global order, need-to-know, chain heads, manifest) to a file vs copying the same bytes file to file`,
      platform,
      raw,
      baseline: 'raw copy',
      notes: [`${mb(bytes)} written: platform ${mbps(platform)} MB/s, raw ${mbps(raw)} MB/s`],
      goal: 0,
      bytes,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await bench.drop();
  }
}

async function main(): Promise<void> {
  const infra = await ensureInfra();
  const logger = createLogger('bench-history', { level: 'error' });
  const kafka = createKafka({ brokers: infra.kafkaBrokers, clientId: 'bench-history', logger });
  const env: BenchEnv = { mongodbUri: infra.mongodbUri, brokers: infra.kafkaBrokers, kafka, logger, runId: randomUUID().slice(0, 8) };
  const results: BenchResult[] = [];
  const peaks: string[] = [];
  try {
    console.log(`bench:history on ${infra.mongoServer} and Kafka ${infra.kafkaBrokers.join(',')}; sizes ${sizes.join(', ')}`);
    for (const n of sizes) {
      const atSize: BenchResult[] = [];
      if (only.has('ingest')) atSize.push(...(await benchIngest(env, n)));
      if (only.has('rebuild')) {
        const r = await benchRebuild(env, { streams: STREAMS(n), perStream: Math.max(1, Math.round(n / STREAMS(n))), batchSize: 1000 });
        atSize.push({ ...r, name: `history rebuild N=${n.toLocaleString('en-US')}` });
      }
      if (only.has('export')) atSize.push(await benchExport(env, n));
      for (const r of atSize) printResult(r);
      results.push(...atSize);
      peaks.push(`N=${n.toLocaleString('en-US')}: ${atSize.map((r) => `${r.name.split(' ')[1]} ${mb(r.platform.peakRss)}`).join(', ')}`);
    }
    console.log('\nsummary (platform / raw ratio; goal where set):');
    for (const r of results) console.log(`  ${r.name.padEnd(32)} ${ratio(r).toFixed(2)}${r.goal ? ` (goal >= ${r.goal})` : ''}`);
    console.log('peak RSS of the platform side per size:');
    for (const line of peaks) console.log(`  ${line}`);
  } finally {
    if (infra.startedHere && !values['keep-infra']) await stopInfra();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
