/**
 * `npx tsx bench/src/projection.ts [--leads 400] [--batch 1,5,20,100]`: the projection consumer's
 * share of the lead path, without Kafka or gRPC in the way (ADR 0006, "per-batch projection").
 * A lead-shaped read model (a ~1.5 kB document, inbox rows per recipient, deadline rows, subject
 * rows) is fed each lead's LeadPosted and LeadShared, spread over 8 partitions handled at once
 * as the service's consumer does, first event by event (`apply`), then a fetched batch at a
 * time (`applyBatch`) at several batch sizes, each on a fresh database. Prints events/s and
 * the ratio. `--no-cache` turns off the projection's document cache (every event reads its document).
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { EventEnvelope } from '@liaison/contracts';
import { ensureInfra } from '@liaison/infra-local';
import { connectMongo, type DerivedRowSet, MongoProjection, type ProjectedDocument } from '@liaison/platform';

const { values } = parseArgs({
  options: { leads: { type: 'string' }, batch: { type: 'string' }, 'no-cache': { type: 'boolean', default: false } },
});
const LEADS = Number(values.leads ?? 400);
const BATCHES = (values.batch ?? '1,5,20,100').split(',').map(Number);
const PARTITIONS = 8;

interface Lead extends Record<string, unknown> {
  title: string;
  summary: string;
  ownerUnitId: string;
  recipients: Array<{ unitId: string; sharedAt: string }>;
  deadlines: Array<{ kind: string; unitId: string; dueAt: string }>;
  subjectKey: string;
}

const evolve = (current: Lead | null, event: EventEnvelope): Lead => {
  const data = event.data as { unitId?: string; title?: string };
  if (event.type === 'LeadPosted')
    return {
      title: data.title ?? '',
      summary: 'x'.repeat(1_200),
      ownerUnitId: 'msb-jinshui',
      recipients: [],
      deadlines: [{ kind: 'transfer_decision', unitId: 'msb-jinshui', dueAt: event.occurredAt }],
      subjectKey: `name:${event.streamId}`,
    };
  const lead = current!;
  return {
    ...lead,
    recipients: [...lead.recipients, { unitId: data.unitId!, sharedAt: event.occurredAt }],
    deadlines: [...lead.deadlines, { kind: 'acknowledge', unitId: data.unitId!, dueAt: event.occurredAt }],
  };
};

const rows: DerivedRowSet<Lead>[] = [
  {
    collection: 'inbox',
    rows: (d: ProjectedDocument<Lead>) =>
      d.recipients.map((r) => ({ _id: `${d._id}:${r.unitId}`, _v: d._v, unitId: r.unitId, title: d.title, sharedAt: r.sharedAt })),
  },
  {
    collection: 'deadlines',
    rows: (d: ProjectedDocument<Lead>) =>
      d.deadlines.map((x) => ({ _id: `${d._id}:${x.kind}:${x.unitId}`, _v: d._v, ...x, title: d.title })),
  },
  { collection: 'subjects', rows: (d: ProjectedDocument<Lead>) => [{ _id: `${d._id}:name`, _v: d._v, key: d.subjectKey }] },
];

function envelope(streamId: string, version: number, type: string, data: Record<string, unknown>): EventEnvelope {
  const now = new Date().toISOString();
  return {
    eventId: randomUUID(),
    type,
    schemaVersion: 1,
    streamId,
    version,
    occurredAt: now,
    recordedAt: now,
    actor: { officerId: 'officer-bench', unitId: 'msb-jinshui', roles: ['liaison_officer'] },
    correlationId: randomUUID(),
    causationId: null,
    traceparent: null,
    data,
  };
}

/** Per partition, in Kafka order: each lead's share follows its post three leads later, as when shares trail posts. */
function partitions(): EventEnvelope[][] {
  const byPartition: EventEnvelope[][] = Array.from({ length: PARTITIONS }, () => []);
  const leads = Array.from({ length: LEADS }, (_, i) => `lead-bench-${i}`);
  leads.forEach((id, i) => {
    const p = byPartition[i % PARTITIONS]!;
    p.push(envelope(id, 1, 'LeadPosted', { title: `Bench lead ${i}` }));
    const back = leads[i - 3 * PARTITIONS];
    if (back) p.push(envelope(back, 2, 'LeadShared', { unitId: 'msb-erqi' }));
  });
  leads
    .slice(-3 * PARTITIONS)
    .forEach((id, j) =>
      byPartition[(LEADS - 3 * PARTITIONS + j) % PARTITIONS]!.push(envelope(id, 2, 'LeadShared', { unitId: 'msb-erqi' })),
    );
  return byPartition;
}

async function run(mongodbUri: string, batch: number): Promise<number> {
  const connection = await connectMongo(mongodbUri, `bench_projection_${randomUUID().slice(0, 8)}`);
  try {
    const noGaps = { readStream: async () => [] };
    const projection = new MongoProjection<Lead>(connection, { name: 'leads', streamPrefix: 'lead-', evolve }, noGaps, {
      rows,
      ...(values['no-cache'] ? { cacheSize: 0 } : {}),
    });
    await projection.init();
    const work = partitions();
    const events = work.reduce((n, p) => n + p.length, 0);
    const started = performance.now();
    await Promise.all(
      work.map(async (partition) => {
        for (let i = 0; i < partition.length; i += batch) {
          const slice = partition.slice(i, i + batch);
          if (batch === 1) await projection.apply(slice[0]!);
          else await projection.applyBatch(slice);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const inbox = await connection.db!.collection('inbox').countDocuments({});
    if (inbox !== LEADS) throw new Error(`expected ${LEADS} inbox rows, found ${inbox}`);
    return events / seconds;
  } finally {
    await connection.dropDatabase().catch(() => undefined);
    await connection.close();
  }
}

async function main(): Promise<void> {
  const infra = await ensureInfra();
  process.stdout.write(
    `projection consumer: ${LEADS} leads (post + share, ${LEADS * 2} events), ${PARTITIONS} partitions at once, document cache ${values['no-cache'] ? 'off' : 'on'}, ${infra.mongoServer}\n`,
  );
  const rates = new Map<number, number>();
  for (const batch of BATCHES) {
    const rate = await run(infra.mongodbUri, batch);
    rates.set(batch, rate);
    const base = rates.get(1);
    process.stdout.write(
      `  ${batch === 1 ? 'apply, event by event      ' : `applyBatch, ${String(batch).padStart(3)} events a batch`}  ${rate.toFixed(0).padStart(5)} events/s` +
        (base && batch !== 1 ? `   ${(rate / base).toFixed(2)} × event by event` : '') +
        '\n',
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
