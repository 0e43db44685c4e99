/**
 * `npm run bench:leads`: the lead-sharing slice measured through the real system (gateway →
 * gRPC → leads → MongoDB → outbox → Kafka → projection), beside raw peers in the same run:
 *  1. POST + share a lead → visible in the recipient's inbox: p50/p99 at 2 leads/s (goal under
 *     150 ms: the p50 and, stricter, the p99 are both judged) and at 20 leads/s vs raw kafkajs
 *     produce→consume latency at that rate (goal: p99 ≤ 5 × raw p99), with where the time goes
 *     (commands answered vs answered → visible);
 *  2. 100 leads/s offered: no 500s (overload answers 503 with Retry-After), the sustained rate;
 *  3. GET inbox throughput through the gateway vs the raw driver find of the same page (goal ≥
 *     0.5), and vs a bare Express handler returning the same JSON.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { eventsTopic } from '@liaison/contracts';
import { Api } from '@liaison/e2e/src/http';
import { startSystem } from '@liaison/e2e/src/system';
import { ensureInfra, stopInfra } from '@liaison/infra-local';
import { createKafka, createLogger, ensureTopics } from '@liaison/platform';
import express from 'express';
import { MongoClient } from 'mongodb';
import { RssSampler, mb } from './common';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    rate: { type: 'string' },
    duration: { type: 'string' },
    'inbox-seconds': { type: 'string' },
    'inbox-concurrency': { type: 'string' },
    'slow-duration': { type: 'string' },
    'overload-rate': { type: 'string' },
    'overload-duration': { type: 'string' },
  },
});
const num = (flag: string | undefined, full: number, quick: number) => (flag ? Number(flag) : values.quick ? quick : full);
const RATE = num(values.rate, 20, 20);
const DURATION_S = num(values.duration, 60, 10);
const OVERLOAD_RATE = num(values['overload-rate'], 100, 100);
const OVERLOAD_S = num(values['overload-duration'], 60, 10);
const INBOX_S = num(values['inbox-seconds'], 10, 5);
const INBOX_CONCURRENCY = num(values['inbox-concurrency'], 16, 8);

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const summary = (latencies: number[]) => {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN };
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls `task(i)` at a steady rate for `seconds`, without waiting for earlier calls. */
async function atRate(
  rate: number,
  seconds: number,
  task: (i: number) => Promise<void>,
): Promise<{ offered: number; failed: number; reasons: Map<string, number> }> {
  const started = performance.now();
  const pending: Promise<void>[] = [];
  const reasons = new Map<string, number>();
  let failed = 0;
  const total = Math.round(rate * seconds);
  for (let i = 0; i < total; i += 1) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    pending.push(
      task(i).catch((error: unknown) => {
        failed += 1;
        const reason = error instanceof Error ? error.message : String(error);
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      }),
    );
  }
  await Promise.all(pending);
  return { offered: total, failed, reasons };
}

async function rawKafkaLatency(brokers: string[]): Promise<number[]> {
  const logger = createLogger('bench-leads', { level: 'error' });
  const kafka = createKafka({ clientId: 'bench-raw-latency', brokers, logger });
  const topic = `bench.latency-${randomUUID().slice(0, 8)}`;
  await ensureTopics(kafka, [topic]);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const consumer = kafka.consumer({ groupId: `bench-latency-${randomUUID().slice(0, 8)}` });
  await Promise.all([producer.connect(), consumer.connect()]);
  await consumer.subscribe({ topic, fromBeginning: true });
  const latencies: number[] = [];
  await consumer.run({
    eachMessage: async ({ message }) => {
      latencies.push(performance.timeOrigin + performance.now() - Number(message.value!.toString()));
    },
  });
  await sleep(3_000); // join the group before the clock starts
  const { offered } = await atRate(RATE, DURATION_S, async (i) => {
    await producer.send({ topic, acks: -1, messages: [{ key: `s-${i}`, value: String(performance.timeOrigin + performance.now()) }] });
  });
  const deadline = Date.now() + 30_000;
  while (latencies.length < offered && Date.now() < deadline) await sleep(100);
  await Promise.all([producer.disconnect(), consumer.disconnect()]);
  return latencies;
}

/** After the overload step the services still work off its backlog (and shed with 503): wait until a run of reads all succeed. */
async function untilServing(url: string, headers: Record<string, string>, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let inARow = 0;
  while (inARow < 20) {
    if (Date.now() > deadline) throw new Error(`GET ${url} still refused ${timeoutMs / 1000} s after the overload step`);
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    inARow = response.status === 200 ? inARow + 1 : 0;
    if (inARow === 0) await sleep(Number(response.headers.get('retry-after') ?? 1) * 1000);
  }
}

async function throughput(url: string, headers: Record<string, string>, seconds: number, concurrency: number): Promise<number> {
  let done = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const response = await fetch(url, { headers });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`GET ${url} → ${response.status}`);
        done += 1;
      }
    }),
  );
  return done / seconds;
}

/** When each lead's LeadShared was committed (recordedAt) and produced to Kafka (relay's send timestamp), epoch ms. */
type Stages = Map<string, { committedAt: number; producedAt: number; fetchedAt: number }>;

/** A plain consumer on the leads topic: separates the relay's share of the latency from the consumer side's. */
async function trackStages(brokers: string[], topic: string): Promise<{ stages: Stages; stop(): Promise<void> }> {
  const kafka = createKafka({ clientId: 'bench-stages', brokers, logger: createLogger('bench-leads', { level: 'error' }) });
  const consumer = kafka.consumer({ groupId: `bench-stages-${randomUUID().slice(0, 8)}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const stages: Stages = new Map();
  await consumer.run({
    eachMessage: async ({ message }) => {
      const event = JSON.parse(message.value!.toString()) as { type: string; streamId: string; recordedAt: string };
      if (event.type === 'LeadShared') {
        stages.set(event.streamId, {
          committedAt: Date.parse(event.recordedAt),
          producedAt: Number(message.timestamp),
          fetchedAt: Date.now(),
        });
      }
    },
  });
  return { stages, stop: () => consumer.disconnect() };
}

const epoch = (t: number) => performance.timeOrigin + t;

interface LeadRun {
  rate: number;
  seconds: number;
  latencies: number[];
  /** Time from the share's answer to the lead in the inbox: relay + Kafka + consumer + projection + poll. */
  afterCommit: number[];
  /** POST and share answered (both commands), as seen by the client. */
  commandMs: number[];
  statuses: Map<number, number>;
  without503RetryAfter: number;
  failures: Map<string, number>;
  completed: number;
  elapsedMs: number;
  /** Per stage, ms: share committed → on Kafka (relay), on Kafka → fetched by a plain consumer, fetched → visible in the inbox. */
  relayMs: number[];
  kafkaMs: number[];
  projectionMs: number[];
}

/** POST + share at `rate` for `seconds`; the recipient's inbox is polled every 25 ms. */
async function leadRun(jinshui: Api, erqi: Api, rate: number, seconds: number, tag: string, stages: Stages): Promise<LeadRun> {
  const started = new Map<string, number>();
  const shareDone = new Map<string, number>();
  const seen = new Map<string, number>();
  const statuses = new Map<number, number>();
  const commandMs: number[] = [];
  let without503RetryAfter = 0;
  let completed = 0;
  let polling = true;
  const count = (status: number, headers: Headers) => {
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    if (status === 503 && !headers.get('retry-after')) without503RetryAfter += 1;
  };
  const poller = (async () => {
    while (polling) {
      // A poll that fails under overload (503, a closed socket) is simply retried.
      const inbox = await erqi.get<{ items?: Array<{ leadId: string }> }>('/api/v1/leads/inbox?limit=100').catch(() => null);
      const now = performance.now();
      for (const item of inbox?.body.items ?? []) if (!seen.has(item.leadId)) seen.set(item.leadId, now);
      await sleep(25);
    }
  })();
  const t0run = performance.now();
  let lastDone = t0run;
  const run = await atRate(rate, seconds, async (i) => {
    const t0 = performance.now();
    const created = await jinshui.post<{ leadId: string }>(
      '/api/v1/leads',
      {
        title: `Bench lead ${tag}-${i}: counterfeit cosmetics`,
        category: 'cosmetics',
        subject: { enterpriseName: `Bench Trading ${tag}-${i} Co., Ltd.` },
        location: { jurisdiction: 'jinshui', address: `${i} Nongye Road` },
        summary: 'Benchmark lead.',
        priority: 'normal',
        grading: { sourceReliability: 'B', information: 2 },
        handling: { code: 'GREEN' },
      },
      { 'idempotency-key': randomUUID() },
    );
    count(created.status, created.headers);
    if (created.status !== 201) throw new Error(`create → ${created.status}`);
    started.set(created.body.leadId, t0);
    const shared = await jinshui.post(
      `/api/v1/leads/${created.body.leadId}/share`,
      { unitIds: ['msb-erqi'], message: 'bench' },
      { 'idempotency-key': randomUUID() },
    );
    count(shared.status, shared.headers);
    if (shared.status !== 200) throw new Error(`share → ${shared.status}`);
    const done = performance.now();
    shareDone.set(created.body.leadId, done);
    commandMs.push(done - t0);
    completed += 1;
    lastDone = Math.max(lastDone, done);
  });
  const deadline = Date.now() + 60_000;
  while ([...shareDone.keys()].some((id) => !seen.has(id)) && Date.now() < deadline) await sleep(100);
  polling = false;
  await poller;
  const visible = [...shareDone.keys()].filter((id) => seen.has(id));
  return {
    rate,
    seconds,
    latencies: visible.map((id) => seen.get(id)! - started.get(id)!),
    afterCommit: visible.map((id) => seen.get(id)! - shareDone.get(id)!),
    commandMs,
    statuses,
    without503RetryAfter,
    failures: run.reasons,
    completed,
    elapsedMs: lastDone - t0run,
    relayMs: visible.filter((id) => stages.has(id)).map((id) => stages.get(id)!.producedAt - stages.get(id)!.committedAt),
    kafkaMs: visible.filter((id) => stages.has(id)).map((id) => stages.get(id)!.fetchedAt - stages.get(id)!.producedAt),
    projectionMs: visible.filter((id) => stages.has(id)).map((id) => epoch(seen.get(id)!) - stages.get(id)!.fetchedAt),
  };
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '-');

function describeRun(r: LeadRun): string {
  const lead = summary(r.latencies);
  const after = summary(r.afterCommit);
  const commands = summary(r.commandMs);
  const statuses = [...r.statuses]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status}×${n}`)
    .join(' ');
  const offered = Math.round(r.rate * r.seconds);
  return (
    `  leads  n=${lead.n}/${offered} seen  p50 ${fmt(lead.p50)} ms  p99 ${fmt(lead.p99)} ms  max ${fmt(lead.max)} ms\n` +
    `  where it goes: POST + share answered p50 ${fmt(commands.p50)} / p99 ${fmt(commands.p99)} ms; share answered → in the inbox p50 ${fmt(after.p50)} / p99 ${fmt(after.p99)} ms (relay, Kafka, consumer, projection, 25 ms poll)\n` +
    `  after the share commit: relay (committed → on Kafka) p50 ${fmt(summary(r.relayMs).p50)} / p99 ${fmt(summary(r.relayMs).p99)} ms; ` +
    `Kafka → a plain consumer p50 ${fmt(summary(r.kafkaMs).p50)} / p99 ${fmt(summary(r.kafkaMs).p99)} ms; ` +
    `→ in the inbox (service consumer, projection, poll) p50 ${fmt(summary(r.projectionMs).p50)} / p99 ${fmt(summary(r.projectionMs).p99)} ms\n` +
    `  statuses ${statuses}${r.failures.size > 0 ? `; failures: ${[...r.failures].map(([reason, n]) => `${n} × ${reason}`).join('; ')}` : ''}\n`
  );
}

async function rawInboxFind(mongodbUri: string, database: string, unitId: string, seconds: number, concurrency: number): Promise<number> {
  const client = new MongoClient(mongodbUri, { retryWrites: false, maxPoolSize: concurrency });
  await client.connect();
  try {
    const inbox = client.db(database).collection('lead_inbox');
    // The query the leads service issues for GET /inbox?limit=20 (platform pagedFind: one batch of 2 × (20 + 1)).
    const page = () => inbox.find({ unitId }).sort({ sharedAt: -1, _id: -1 }).skip(0).limit(42).toArray();
    if ((await page()).length === 0) throw new Error(`raw inbox find: no rows for ${unitId} in ${database}.lead_inbox`);
    let done = 0;
    const until = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < until) {
          await page();
          done += 1;
        }
      }),
    );
    return done / seconds;
  } finally {
    await client.close();
  }
}

async function main(): Promise<void> {
  const infra = await ensureInfra();
  // The services started below inherit these.
  process.env.KAFKA_BROKERS = infra.kafkaBrokers.join(',');
  process.env.MONGODB_URI = infra.mongodbUri;
  const rss = new RssSampler();
  const runs = [
    { rate: 2, seconds: num(values['slow-duration'], 30, 15), goal: 'under 150 ms' },
    { rate: RATE, seconds: DURATION_S, goal: 'p99 ≤ 5 × raw' },
    { rate: OVERLOAD_RATE, seconds: OVERLOAD_S, goal: 'no 500s' },
  ];
  process.stdout.write(
    `lead-sharing benchmarks: ${runs.map((r) => `${r.rate} leads/s for ${r.seconds} s`).join(', ')}; Kafka ${infra.kafkaVersion}, ${infra.mongoServer}\n`,
  );
  const system = await startSystem({
    env: { leads: { LOG_LEVEL: 'warn' }, gateway: { LOG_LEVEL: 'warn' }, operations: { LOG_LEVEL: 'warn' } },
  });
  try {
    const jinshui = await Api.login(system.gatewayUrl, 'officer-jinshui-msb-li');
    const erqi = await Api.login(system.gatewayUrl, 'officer-erqi-msb-wang');

    // Raw kafkajs produce → consume at the main rate, measured in the same run.
    const raw = summary(await rawKafkaLatency(infra.kafkaBrokers));
    process.stdout.write(
      `\n[raw kafkajs] produce→consume at ${RATE}/s for ${DURATION_S} s: n=${raw.n}  p50 ${raw.p50.toFixed(1)} ms  p99 ${raw.p99.toFixed(1)} ms\n`,
    );

    const tracker = await trackStages(infra.kafkaBrokers, eventsTopic('leads', `e2e-${system.runId}`));
    for (const [index, spec] of runs.entries()) {
      const r = await leadRun(jinshui, erqi, spec.rate, spec.seconds, `r${index}`, tracker.stages);
      const lead = summary(r.latencies);
      let verdict: string;
      if (index === 0)
        verdict =
          `p50 ${fmt(lead.p50)} ms (goal < 150 ms) ${lead.p50 < 150 ? 'PASS' : 'ABOVE'}; ` +
          `p99 ${fmt(lead.p99)} ms (< 150 ms: ${lead.p99 < 150 ? 'PASS' : 'ABOVE'})`;
      else if (index === 1) {
        const x = lead.p99 / raw.p99;
        verdict = `p99 ratio ${x.toFixed(1)} × raw p99 ${raw.p99.toFixed(1)} ms (goal ≤ 5) ${x <= 5 ? 'PASS' : 'ABOVE'}`;
      } else {
        const fivexx = [...r.statuses].filter(([status]) => status >= 500 && status !== 503).reduce((n, [, c]) => n + c, 0);
        const sustained = (r.completed * 1000) / r.elapsedMs;
        verdict =
          `sustained ${sustained.toFixed(1)} leads/s with both commands (offered ${spec.rate}; goal ≥ 100 ${sustained >= 100 ? 'PASS' : 'BELOW'}); ` +
          `5xx other than 503: ${fivexx} (goal 0 ${fivexx === 0 ? 'PASS' : 'FAIL'}); 503 without Retry-After: ${r.without503RetryAfter}`;
      }
      process.stdout.write(
        `\n[inbox latency] POST + share → visible in the recipient's inbox, ${spec.rate}/s offered for ${spec.seconds} s\n${describeRun(r)}  ${verdict}\n`,
      );
    }

    await tracker.stop();

    // Inbox throughput: the gateway vs the raw driver find of the same page on the same server, and a bare Express handler.
    const inboxUrl = `${system.gatewayUrl}/api/v1/leads/inbox?limit=20`;
    const auth = { authorization: `Bearer ${erqi.token}` };
    await untilServing(inboxUrl, auth);
    const sample = await (await fetch(inboxUrl, { headers: auth })).text();
    const bare = express();
    bare.get('/inbox', (_req, res) => void res.type('application/json').send(sample));
    const server = bare.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const bareUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/inbox`;
    await throughput(inboxUrl, auth, 1, INBOX_CONCURRENCY);
    const gatewayRps = await throughput(inboxUrl, auth, INBOX_S, INBOX_CONCURRENCY);
    const findRps = await rawInboxFind(infra.mongodbUri, `leads_${system.runId}`, 'msb-erqi', INBOX_S, INBOX_CONCURRENCY);
    const bareRps = await throughput(bareUrl, {}, INBOX_S, INBOX_CONCURRENCY);
    server.close();
    const findRatio = gatewayRps / findRps;
    const bareRatio = gatewayRps / bareRps;
    process.stdout.write(
      `\n[inbox throughput] GET /api/v1/leads/inbox?limit=20 (${sample.length} bytes), ${INBOX_CONCURRENCY} concurrent for ${INBOX_S} s each\n` +
        `  gateway ${gatewayRps.toFixed(0)} req/s   raw driver find of the same page ${findRps.toFixed(0)} req/s   ratio ${findRatio.toFixed(2)} (goal ≥ 0.5) ${findRatio >= 0.5 ? 'PASS' : 'BELOW'}\n` +
        `  bare Express serving the same JSON ${bareRps.toFixed(0)} req/s   ratio ${bareRatio.toFixed(2)} (for comparison)\n` +
        `\npeak RSS of this process ${mb(rss.stop())} (services run in their own processes)\n`,
    );
  } finally {
    await system.stop();
    if (infra.startedHere) await stopInfra();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
