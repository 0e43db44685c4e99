import { randomUUID } from 'node:crypto';
import { type Actor, type EventEnvelope, EventRegistry } from '@liaison/contracts';
import { connectMongo, type CommitDocument, type Logger, outboxPartition } from '@liaison/platform';
import type { Kafka } from 'kafkajs';
import { MongoClient, type Db } from 'mongodb';
import type { Connection } from 'mongoose';
import { z } from 'zod';

/** The one event type the benchmarks write: small, realistic payload (~200 bytes of data). */
export const BENCH_EVENT = 'BenchRecorded';
export const benchEventSchema = z.object({
  seq: z.number().int().min(0),
  amount: z.number().int(),
  note: z.string().min(1),
  tags: z.array(z.string()),
});
export type BenchEventData = z.infer<typeof benchEventSchema>;

export const benchRegistry = (): EventRegistry =>
  new EventRegistry().register({ type: BENCH_EVENT, schemaVersion: 1, schema: benchEventSchema });

export const benchActor: Actor = { officerId: 'officer-bench-1', unitId: 'unit-bench', roles: ['liaison_officer'] };

const NOTE = 'Benchmark payload: subject sighted near the harbour, vehicle plate withheld, follow-up requested.';
export const eventData = (seq: number): BenchEventData => ({ seq, amount: seq % 97, note: NOTE, tags: ['bench', `t${seq % 7}`] });

/** Stream ids sort in creation order (zero padded), like `lead-<uuid>` ids they all share a prefix. */
export const streamName = (prefix: string, index: number): string => `${prefix}-${String(index).padStart(8, '0')}`;

/**
 * A commit document exactly as MongoEventStore writes it (same fields, same envelope), built
 * without the store: used for the raw-driver baselines and to fill collections quickly.
 */
export function commitDocument(streamId: string, version: number, seq: number, now = new Date()): CommitDocument {
  const recordedAt = now.toISOString();
  const correlationId = randomUUID();
  const event: EventEnvelope = {
    eventId: randomUUID(),
    type: BENCH_EVENT,
    schemaVersion: 1,
    streamId,
    version,
    occurredAt: recordedAt,
    recordedAt,
    actor: benchActor,
    correlationId,
    causationId: null,
    traceparent: null,
    data: eventData(seq),
  };
  return {
    streamId,
    version,
    lastVersion: version,
    commandId: randomUUID(),
    correlationId,
    recordedAt: now,
    published: false,
    outboxPartition: outboxPartition(streamId),
    events: [event],
  };
}

/** The indexes MongoEventStore creates on its commits collection, for raw baseline collections. */
export async function createCommitIndexes(db: Db, collection: string): Promise<void> {
  await db.collection(collection).createIndexes([
    { key: { streamId: 1, version: 1 }, unique: true, name: 'stream_version_unique' },
    { key: { commandId: 1 }, unique: true, name: 'command_unique' },
    { key: { published: 1, streamId: 1, version: 1 }, name: 'outbox' },
  ]);
}

/** Samples the resident set size while a phase runs; `stop()` returns the peak in bytes. */
export class RssSampler {
  private peak = process.memoryUsage().rss;
  private readonly timer: NodeJS.Timeout;
  constructor(everyMs = 25) {
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
  }
  sample(): void {
    const rss = process.memoryUsage().rss;
    if (rss > this.peak) this.peak = rss;
  }
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return this.peak;
  }
}

export interface PhaseResult {
  events: number;
  elapsedMs: number;
  peakRss: number;
}

export const eventsPerSecond = (p: PhaseResult): number => (p.elapsedMs > 0 ? (p.events * 1000) / p.elapsedMs : 0);

/** A phase that takes longer than this fails (a hung server must not hang the run); BENCH_PHASE_TIMEOUT_S. */
export const PHASE_TIMEOUT_MS = Number(process.env.BENCH_PHASE_TIMEOUT_S ?? 600) * 1000;

/** Times one measured phase; `fn` returns how many events it moved. */
export async function phase(fn: () => Promise<number>, label = 'phase'): Promise<PhaseResult> {
  if (global.gc) global.gc();
  const sampler = new RssSampler();
  const started = process.hrtime.bigint();
  let timer: NodeJS.Timeout | undefined;
  const watchdog = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new Error(`${label}: no result after ${PHASE_TIMEOUT_MS / 1000} s; is the server still answering? (BENCH_PHASE_TIMEOUT_S)`)),
      PHASE_TIMEOUT_MS,
    );
    timer.unref();
  });
  try {
    const events = await Promise.race([fn(), watchdog]);
    clearTimeout(timer);
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    return { events, elapsedMs, peakRss: sampler.stop() };
  } finally {
    clearTimeout(timer);
    sampler.stop();
  }
}

export interface BenchResult {
  name: string;
  what: string;
  platform: PhaseResult;
  raw: PhaseResult;
  /** Extra untimed figures worth printing (e.g. how long the fill took). */
  notes: string[];
  /** Lowest acceptable ratio; 0 = printed for comparison only. */
  goal: number;
  /** What the "raw" side is when it is not the raw driver (e.g. a peer library). */
  baseline?: string;
}

export const ratio = (r: BenchResult): number => {
  const raw = eventsPerSecond(r.raw);
  return raw > 0 ? eventsPerSecond(r.platform) / raw : 0;
};

export interface BenchEnv {
  mongodbUri: string;
  brokers: string[];
  kafka: Kafka;
  logger: Logger;
  /** Short random id so every run gets its own databases and topics. */
  runId: string;
}

/** A fresh database reached both through the platform (mongoose) and through the raw driver. */
export interface BenchDb {
  name: string;
  connection: Connection;
  client: MongoClient;
  db: Db;
  drop(): Promise<void>;
}

export async function openBenchDb(env: BenchEnv, label: string, maxPoolSize: number): Promise<BenchDb> {
  const name = `bench_${label}_${env.runId}_${randomUUID().slice(0, 6)}`.replace(/[^a-zA-Z0-9_]/g, '_');
  // Same pool size and options for both sides; retryWrites off as the platform does.
  const connection = await connectMongo(env.mongodbUri, name, { maxPoolSize });
  const client = new MongoClient(env.mongodbUri, { retryWrites: false, maxPoolSize, serverSelectionTimeoutMS: 10_000 });
  await client.connect();
  const db = client.db(name);
  return {
    name,
    connection,
    client,
    db,
    // Bounded, so a server that stopped answering cannot hang the clean-up as well.
    drop: async () => {
      const bounded = (p: Promise<unknown>): Promise<unknown> =>
        Promise.race([p.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
      await bounded(db.dropDatabase());
      await bounded(client.close(true));
      await bounded(connection.close(true));
    },
  };
}

/** Runs `task(i)` for i in [0, count) with at most `concurrency` in flight. */
export async function runPool(count: number, concurrency: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const i = next;
      next += 1;
      await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const fmtRate = (n: number): string => `${Math.round(n).toLocaleString('en-US')} ev/s`;
export const fmtMs = (ms: number): string => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);

export function describePhase(label: string, p: PhaseResult): string {
  return `${label.padEnd(9)} ${p.events.toLocaleString('en-US').padStart(8)} events in ${fmtMs(p.elapsedMs).padStart(8)} = ${fmtRate(eventsPerSecond(p)).padStart(13)}, peak RSS ${mb(p.peakRss)}`;
}

export function printResult(r: BenchResult): void {
  const x = ratio(r);
  console.log(`\n[${r.name}] ${r.what}`);
  console.log(`  ${describePhase('platform', r.platform)}`);
  console.log(`  ${describePhase(r.baseline ?? 'raw', r.raw)}`);
  for (const note of r.notes) console.log(`  ${note}`);
  console.log(
    r.goal > 0
      ? `  ratio ${x.toFixed(2)} (goal >= ${r.goal}) ${x >= r.goal ? 'PASS' : 'BELOW'}`
      : `  ratio ${x.toFixed(2)} (no goal; for comparison)`,
  );
}
