/**
 * `npm run bench`: the three platform benchmarks against the raw drivers, on the local servers
 * (or the ones KAFKA_BROKERS / MONGODB_URI name). See bench/README.md.
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { ensureInfra, stopInfra, type InfraEndpoints } from '@liaison/infra-local';
import { connectMongo, createKafka, createLogger, type LogLevel } from '@liaison/platform';
import { type AppendSizes, benchAppend } from './append';
import { type BenchEnv, type BenchResult, eventsPerSecond, fmtMs, fmtRate, mb, printResult, ratio } from './common';
import { benchCas, type CasSizes } from './cas';
import { benchRebuild, type RebuildSizes } from './rebuild';
import { benchRelay, type RelaySizes } from './relay';

const BENCHES = ['append', 'relay', 'rebuild', 'cas'] as const;
type BenchName = (typeof BENCHES)[number];

const HELP = `usage: npm run bench -- [options]
  --quick                 small sizes (a smoke run of a minute or so)
  --only <list>           comma-separated subset of: ${BENCHES.join(',')}
  --no-warmup             skip the small warm-up pass
  --append-events <n>     commits appended (1 event each)        [20000; quick 2000]   env BENCH_APPEND_EVENTS
  --append-streams <n>    streams they are spread over            [10000; quick 1000]   env BENCH_APPEND_STREAMS
  --concurrency <n>       appends in flight                       [16]                  env BENCH_CONCURRENCY
  --relay-events <n>      events in the outbox                    [20000; quick 2000]   env BENCH_RELAY_EVENTS
  --relay-batch <n>       relay / producer batch size             [500]                 env BENCH_RELAY_BATCH
  --rebuild-streams <n>   streams to rebuild                      [20000; quick 1000]   env BENCH_REBUILD_STREAMS
  --rebuild-per-stream <n> events per stream                      [5]                   env BENCH_REBUILD_PER_STREAM
  --scan-batch <n>        scan / cursor batch size                [1000]                env BENCH_SCAN_BATCH
  (cas)                   documents x 5 conditional replaces     [2000; quick 400]     env BENCH_CAS_DOCS
  --log-level <level>     platform/kafkajs log level              [error]               env BENCH_LOG_LEVEL
  --keep-infra            do not stop servers this run started`;

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    'no-warmup': { type: 'boolean', default: false },
    'append-events': { type: 'string' },
    'append-streams': { type: 'string' },
    concurrency: { type: 'string' },
    'relay-events': { type: 'string' },
    'relay-batch': { type: 'string' },
    'rebuild-streams': { type: 'string' },
    'rebuild-per-stream': { type: 'string' },
    'scan-batch': { type: 'string' },
    'log-level': { type: 'string' },
    'keep-infra': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});

if (values.help) {
  console.log(HELP);
  process.exit(0);
}

function int(flag: string | undefined, envName: string, full: number, quick: number): number {
  const raw = flag ?? process.env[envName];
  const n = raw === undefined ? (values.quick ? quick : full) : Number(raw);
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(
      `${envName} / --${envName.toLowerCase().replace('bench_', '').replace(/_/g, '-')}: expected a positive integer, got ${raw}`,
    );
  return n;
}

const appendSizes: AppendSizes = {
  events: int(values['append-events'], 'BENCH_APPEND_EVENTS', 20_000, 2_000),
  streams: int(values['append-streams'], 'BENCH_APPEND_STREAMS', 10_000, 1_000),
  concurrency: int(values.concurrency, 'BENCH_CONCURRENCY', 16, 16),
};
const relaySizes: RelaySizes = {
  events: int(values['relay-events'], 'BENCH_RELAY_EVENTS', 20_000, 2_000),
  perStream: 2,
  batchSize: int(values['relay-batch'], 'BENCH_RELAY_BATCH', 500, 500),
};
const rebuildSizes: RebuildSizes = {
  streams: int(values['rebuild-streams'], 'BENCH_REBUILD_STREAMS', 20_000, 1_000),
  perStream: int(values['rebuild-per-stream'], 'BENCH_REBUILD_PER_STREAM', 5, 5),
  batchSize: int(values['scan-batch'], 'BENCH_SCAN_BATCH', 1000, 1000),
};
const casSizes: CasSizes = {
  docs: int(undefined, 'BENCH_CAS_DOCS', 2_000, 400),
  updatesPerDoc: 5,
  concurrency: int(values.concurrency, 'BENCH_CONCURRENCY', 16, 16),
};
const only = new Set<BenchName>(
  (values.only ?? BENCHES.join(',')).split(',').map((name) => {
    if (!(BENCHES as readonly string[]).includes(name))
      throw new Error(`--only: unknown benchmark "${name}" (known: ${BENCHES.join(', ')})`);
    return name as BenchName;
  }),
);

const warmupSizes = {
  append: { ...appendSizes, events: Math.min(appendSizes.events, 500), streams: Math.min(appendSizes.streams, 250) },
  relay: { ...relaySizes, events: Math.min(relaySizes.events, 1000) },
  rebuild: { ...rebuildSizes, streams: Math.min(rebuildSizes.streams, 200) },
  cas: { ...casSizes, docs: Math.min(casSizes.docs, 100) },
};

async function run(name: BenchName, env: BenchEnv, sizes: typeof warmupSizes): Promise<BenchResult[]> {
  switch (name) {
    case 'append':
      return benchAppend(env, sizes.append);
    case 'relay':
      return [await benchRelay(env, sizes.relay)];
    case 'rebuild':
      return [await benchRebuild(env, sizes.rebuild)];
    case 'cas':
      return [await benchCas(env, sizes.cas)];
  }
}

function table(results: BenchResult[]): string {
  const header = ['benchmark', 'platform', 'raw / peer', 'ratio', 'goal', 'verdict', 'platform time', 'raw time', 'peak RSS plat/raw'];
  const rows = results.map((r) => {
    const x = ratio(r);
    return [
      r.name,
      fmtRate(eventsPerSecond(r.platform)),
      fmtRate(eventsPerSecond(r.raw)),
      x.toFixed(2),
      r.goal > 0 ? `>= ${r.goal}` : '-',
      r.goal > 0 ? (x >= r.goal ? 'PASS' : 'BELOW') : 'info',
      fmtMs(r.platform.elapsedMs),
      fmtMs(r.raw.elapsedMs),
      `${mb(r.platform.peakRss)} / ${mb(r.raw.peakRss)}`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const started = Date.now();
  let infra: InfraEndpoints;
  try {
    infra = await ensureInfra({ owner: `bench:${process.pid}` });
  } catch (error) {
    console.error(`bench: could not start or reach the local servers: ${(error as Error).message}`);
    console.error('Start them with `npm run infra:up`, or point KAFKA_BROKERS and MONGODB_URI at running servers.');
    process.exitCode = 1;
    return;
  }
  const logger = createLogger('bench', { level: (values['log-level'] ?? process.env.BENCH_LOG_LEVEL ?? 'error') as LogLevel });
  const kafka = createKafka({ clientId: 'liaison-bench', brokers: infra.kafkaBrokers, logger });
  const env: BenchEnv = { mongodbUri: infra.mongodbUri, brokers: infra.kafkaBrokers, kafka, logger, runId: randomUUID().slice(0, 8) };
  try {
    const probe = await connectMongo(infra.mongodbUri, 'admin');
    const info = await probe
      .db!.admin()
      .command({ buildInfo: 1 })
      .catch(() => ({ version: '?' }));
    await probe.close();
    console.log(`Liaison benchmarks (${values.quick ? 'quick' : 'full'} sizes), node ${process.version}`);
    console.log(`MongoDB API: ${infra.mongoServer} (wire version ${String(info.version)}) at ${infra.mongodbUri}`);
    console.log(`Kafka: ${infra.kafkaVersion} at ${infra.kafkaBrokers.join(',')}${infra.startedHere ? ' (started by this run)' : ''}`);
    console.log(
      `sizes: append ${appendSizes.events} commits / ${appendSizes.streams} streams / ${appendSizes.concurrency} in flight; ` +
        `relay ${relaySizes.events} events, batch ${relaySizes.batchSize}; rebuild ${rebuildSizes.streams} x ${rebuildSizes.perStream} events, scan batch ${rebuildSizes.batchSize}`,
    );
    const sizes = { append: appendSizes, relay: relaySizes, rebuild: rebuildSizes, cas: casSizes };
    const results: BenchResult[] = [];
    for (const name of BENCHES) {
      if (!only.has(name)) continue;
      if (!values['no-warmup']) {
        const t = Date.now();
        await run(name, env, warmupSizes);
        console.log(`\n(${name} warm-up pass done in ${fmtMs(Date.now() - t)}, discarded)`);
      }
      for (const result of await run(name, env, sizes)) {
        printResult(result);
        results.push(result);
      }
    }
    console.log(`\n${table(results)}`);
    console.log(
      `\nprocess maxRSS ${mb(process.resourceUsage().maxRSS * 1024)}; total ${fmtMs(Date.now() - started)}. ` +
        'Ratios compare platform and raw driver in the same run on the same servers; absolute figures are informational (noisy machine).',
    );
  } finally {
    if (infra.startedHere && !values['keep-infra']) {
      await stopInfra({ onlyOwner: `bench:${process.pid}` });
      console.log('stopped the servers this run started');
    }
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
