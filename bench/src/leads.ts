/**
 * `npm run bench:leads`: the lead-sharing slice measured through the real system (gateway →
 * gRPC → leads → MongoDB → outbox → Kafka → projection), beside raw peers in the same run:
 *  1. POST + share a lead → visible in the recipient's inbox: p50/p99 at a steady rate, vs raw
 *     kafkajs produce→consume latency at the same rate (goal: p99 ≤ 5 × raw p99);
 *  2. GET inbox throughput through the gateway vs a bare Express handler returning the same
 *     JSON (goal ≥ 0.5).
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { Api } from '@liaison/e2e/src/http';
import { startSystem } from '@liaison/e2e/src/system';
import { ensureInfra, stopInfra } from '@liaison/infra-local';
import { createKafka, createLogger, ensureTopics } from '@liaison/platform';
import express from 'express';
import { RssSampler, mb } from './common';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    rate: { type: 'string' },
    duration: { type: 'string' },
    'inbox-seconds': { type: 'string' },
    'inbox-concurrency': { type: 'string' },
  },
});
const num = (flag: string | undefined, full: number, quick: number) => (flag ? Number(flag) : values.quick ? quick : full);
const RATE = num(values.rate, 100, 20);
const DURATION_S = num(values.duration, 60, 10);
const INBOX_S = num(values['inbox-seconds'], 10, 5);
const INBOX_CONCURRENCY = num(values['inbox-concurrency'], 16, 8);

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!);
const summary = (latencies: number[]) => {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN };
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls `task(i)` at a steady rate for `seconds`, without waiting for earlier calls. */
async function atRate(rate: number, seconds: number, task: (i: number) => Promise<void>): Promise<{ offered: number; failed: number; reasons: Map<string, number> }> {
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

async function main(): Promise<void> {
  const infra = await ensureInfra();
  // The services started below inherit these.
  process.env.KAFKA_BROKERS = infra.kafkaBrokers.join(',');
  process.env.MONGODB_URI = infra.mongodbUri;
  const rss = new RssSampler();
  process.stdout.write(`lead-sharing benchmarks: ${RATE} leads/s for ${DURATION_S} s; Kafka ${infra.kafkaVersion}, ${infra.mongoServer}\n`);
  const system = await startSystem({ env: { leads: { LOG_LEVEL: 'warn' }, gateway: { LOG_LEVEL: 'warn' } } });
  try {
    const jinshui = await Api.login(system.gatewayUrl, 'officer-jinshui-msb-li');
    const erqi = await Api.login(system.gatewayUrl, 'officer-erqi-msb-wang');

    // 1. latency: POST + share → first seen in Erqi's inbox (the inbox is polled every 25 ms).
    const started = new Map<string, number>();
    const seen = new Map<string, number>();
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const inbox = await erqi.get<{ items?: Array<{ leadId: string }> }>('/api/v1/leads/inbox?limit=100');
        const now = performance.now();
        for (const item of inbox.body.items ?? []) if (!seen.has(item.leadId)) seen.set(item.leadId, now);
        await sleep(25);
      }
    })();
    const run = await atRate(RATE, DURATION_S, async (i) => {
      const t0 = performance.now();
      const created = await jinshui.post<{ leadId: string }>('/api/v1/leads', {
        title: `Bench lead ${i}: counterfeit cosmetics`, category: 'cosmetics',
        subject: { enterpriseName: `Bench Trading ${i} Co., Ltd.` }, location: { jurisdiction: 'jinshui', address: `${i} Nongye Road` },
        summary: 'Benchmark lead.', priority: 'normal', grading: { sourceReliability: 'B', information: 2 }, handling: { code: 'GREEN' },
      }, { 'idempotency-key': randomUUID() });
      if (created.status !== 201) throw new Error(`create → ${created.status}`);
      started.set(created.body.leadId, t0);
      const shared = await jinshui.post(`/api/v1/leads/${created.body.leadId}/share`, { unitIds: ['msb-erqi'], message: 'bench' });
      if (shared.status !== 200) throw new Error(`share → ${shared.status}`);
    });
    const deadline = Date.now() + 60_000;
    while ([...started.keys()].some((id) => !seen.has(id)) && Date.now() < deadline) await sleep(200);
    polling = false;
    await poller;
    const leadLatencies = [...started].filter(([id]) => seen.has(id)).map(([id, t0]) => seen.get(id)! - t0);
    const raw = await rawKafkaLatency(infra.kafkaBrokers);
    const lead = summary(leadLatencies);
    const kafka = summary(raw);
    const latencyRatio = lead.p99 / kafka.p99;
    process.stdout.write(
      `\n[inbox latency] POST + share → visible in the recipient's inbox, ${RATE}/s offered for ${DURATION_S} s\n` +
        `  leads  n=${lead.n}/${run.offered} (failed ${run.failed}, never seen ${run.offered - run.failed - lead.n})  p50 ${lead.p50.toFixed(0)} ms  p99 ${lead.p99.toFixed(0)} ms  max ${lead.max.toFixed(0)} ms\n` +
        (run.failed > 0 ? `  failures: ${[...run.reasons].map(([reason, n]) => `${n} × ${reason}`).join('; ')}\n` : '') +
        `  raw kafkajs produce→consume n=${kafka.n}  p50 ${kafka.p50.toFixed(1)} ms  p99 ${kafka.p99.toFixed(1)} ms\n` +
        `  p99 ratio ${latencyRatio.toFixed(1)} × raw (goal ≤ 5) ${latencyRatio <= 5 ? 'PASS' : 'ABOVE'}\n`,
    );

    // 2. inbox throughput: the gateway vs a bare Express handler serving the same JSON.
    const inboxUrl = `${system.gatewayUrl}/api/v1/leads/inbox?limit=20`;
    const auth = { authorization: `Bearer ${erqi.token}` };
    const sample = await (await fetch(inboxUrl, { headers: auth })).text();
    const bare = express();
    bare.get('/inbox', (_req, res) => void res.type('application/json').send(sample));
    const server = bare.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const bareUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/inbox`;
    await throughput(inboxUrl, auth, 1, INBOX_CONCURRENCY);
    const gatewayRps = await throughput(inboxUrl, auth, INBOX_S, INBOX_CONCURRENCY);
    const bareRps = await throughput(bareUrl, {}, INBOX_S, INBOX_CONCURRENCY);
    server.close();
    const throughputRatio = gatewayRps / bareRps;
    process.stdout.write(
      `\n[inbox throughput] GET /api/v1/leads/inbox (${sample.length} bytes), ${INBOX_CONCURRENCY} concurrent for ${INBOX_S} s\n` +
        `  gateway ${gatewayRps.toFixed(0)} req/s   bare Express ${bareRps.toFixed(0)} req/s   ratio ${throughputRatio.toFixed(2)} (goal ≥ 0.5) ${throughputRatio >= 0.5 ? 'PASS' : 'BELOW'}\n` +
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
