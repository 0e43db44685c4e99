/**
 * `npm run bench:deconfliction`: the operations service's deconfliction check with N planned
 * operations in its projection (default 100k), p50/p99 per check, beside the raw indexed finds
 * the check issues (one `find({key})` per subject key and neighbouring geo cell) measured with
 * the raw driver in the same run on the same server (goal: raw p99 / check p99 ≥ 0.5).
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { ensureInfra, stopInfra } from '@liaison/infra-local';
import { creditCodeFrom } from '@liaison/contracts';
import { connectMongo } from '@liaison/platform';
import { DeconflictionCheck, type Probe } from '@liaison/operations/src/application/deconfliction';
import { cellsAround, subjectKeys } from '@liaison/operations/src/domain/deconfliction';
import type { Target } from '@liaison/operations/src/domain/model';
import { OperationReadModel, targetRows } from '@liaison/operations/src/projections/operation-read-model';
import { RssSampler, mb } from './common';

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, operations: { type: 'string' }, probes: { type: 'string' } },
});
const OPERATIONS = Number(values.operations ?? (values.quick ? 10_000 : 100_000));
const PROBES = Number(values.probes ?? (values.quick ? 100 : 300));
const RADIUS = 300;
const UNITS = ['msb-jinshui', 'msb-erqi', 'msb-guancheng', 'msb-zhongyuan', 'msb-zhongmu', 'msb-huiji'];

// Deterministic pseudo-random numbers, so two runs build the same projection.
let seed = 42;
const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const day = 86_400_000;
const base = Date.parse('2027-01-01T00:00:00Z');

function target(i: number): Target {
  return {
    subject: {
      enterpriseName: `Trading company ${i % 20_000}`,
      creditCode: creditCodeFrom(`914101${String(i % 30_000).padStart(11, '0')}`),
      personName: '',
    },
    place: {
      jurisdiction: 'jinshui',
      address: `${i} Road`,
      coordinates: { latitude: 34.6 + random() * 0.3, longitude: 113.5 + random() * 0.4 },
    },
  };
}
const windowOf = () => {
  const start = base + Math.floor(random() * 90) * day;
  return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + (1 + Math.floor(random() * 3)) * day).toISOString() };
};
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function main(): Promise<void> {
  const infra = await ensureInfra();
  const rss = new RssSampler();
  const connection = await connectMongo(infra.mongodbUri, `bench_deconfliction_${randomUUID().slice(0, 8)}`);
  try {
    const readModel = new OperationReadModel(connection, { readStream: async () => [] });
    await readModel.init();
    const started = performance.now();
    let batch: ReturnType<typeof targetRows> = [];
    for (let i = 0; i < OPERATIONS; i += 1) {
      batch.push(
        ...targetRows({
          operationId: `operation-${i}`,
          leadUnitId: UNITS[i % UNITS.length]!,
          proposedByOfficerId: 'officer-bench',
          handlingCode: 'GREEN',
          title: `Operation ${i}`,
          status: 'proposed',
          targets: [target(i)],
          window: windowOf(),
          _v: 1,
        }),
      );
      if (batch.length >= 3_000) {
        await readModel.targets.insertMany(batch, { ordered: false });
        batch = [];
      }
    }
    if (batch.length) await readModel.targets.insertMany(batch, { ordered: false });
    process.stdout.write(
      `deconfliction: ${OPERATIONS.toLocaleString('en-US')} planned operations (${(await readModel.targets.estimatedDocumentCount()).toLocaleString('en-US')} target rows) loaded in ${((performance.now() - started) / 1000).toFixed(1)} s on ${infra.mongoServer}\n`,
    );

    const check = new DeconflictionCheck(readModel, RADIUS);
    const platform: number[] = [];
    const raw: number[] = [];
    let conflicts = 0;
    for (let p = 0; p < PROBES; p += 1) {
      const t = target(Math.floor(random() * OPERATIONS));
      const probe: Probe = {
        operationId: `probe-${p}`,
        ownerUnitId: 'msb-xinzheng',
        contactOfficerId: 'officer-bench',
        handlingCode: 'GREEN',
        title: 'probe',
        window: windowOf(),
        targets: [t],
      };
      let t0 = performance.now();
      const found = await check.find(probe);
      platform.push(performance.now() - t0);
      conflicts += found.mine.length;
      // Raw: the same indexed lookups with the driver, nothing else.
      const keys = [...subjectKeys(t.subject).map((k) => k.key), ...cellsAround(t.place.coordinates!, RADIUS)];
      t0 = performance.now();
      await Promise.all([
        ...keys.map((key) => connection.db!.collection('deconfliction_targets').find({ key }).toArray()),
        ...subjectKeys(t.subject).map((k) => connection.db!.collection('open_lead_subjects').find({ key: k.key }).toArray()),
      ]);
      raw.push(performance.now() - t0);
    }
    const ratio = percentile(raw, 99) / percentile(platform, 99);
    process.stdout.write(
      `[deconfliction] ${PROBES} checks (subject keys + ${RADIUS} m radius + window overlap), ${conflicts} conflicts found\n` +
        `  check      p50 ${percentile(platform, 50).toFixed(1)} ms  p99 ${percentile(platform, 99).toFixed(1)} ms\n` +
        `  raw finds  p50 ${percentile(raw, 50).toFixed(1)} ms  p99 ${percentile(raw, 99).toFixed(1)} ms\n` +
        `  ratio raw p99 / check p99 = ${ratio.toFixed(2)} (goal ≥ 0.5) ${ratio >= 0.5 ? 'PASS' : 'BELOW'}; peak RSS ${mb(rss.stop())}\n`,
    );
  } finally {
    await connection.dropDatabase().catch(() => undefined);
    await connection.close();
    if (infra.startedHere) await stopInfra();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
