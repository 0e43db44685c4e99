/**
 * `npm run chaos` — the reliability suite (issue 13, ADR 0033), outside `npm test`:
 *
 *   npm run chaos -- [--commands 10000] [--replicas 1] [--concurrency 8]
 *
 * Starts its OWN infrastructure (Kafka, PostgreSQL, FerretDB in LIAISON_CHAOS_INFRA_DIR, default a
 * fresh temporary folder, purged afterwards; the shared one is never touched) and the whole system
 * on it, then sends leads through the gateway(s) — post, share, acknowledge, each retried with its
 * own Idempotency-Key until acknowledged — while it kills every service in turn with SIGKILL
 * (starting it again at once) and stops the broker once. After recovery it compares the leads
 * event store, Kafka, the history archive and the leads projections (lead details, the
 * recipient's inbox) and prints the counts; it exits 1 unless 0 were lost, 0 applied twice and 0
 * handled out of order. `e2e/test/scale-out.e2e.test.ts` is its small variant inside `npm test`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVICE_MANIFEST } from '@liaison/contracts';
import { ensureInfra, startKafka, stopInfra, stopKafka } from '@liaison/infra-local';
import { bundleServices, runBundleDir, SERVICE_BUNDLES_ENV } from '@liaison/infra-local/src/service-bundles';
import { Presets, SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { startSystem, type System } from '../e2e/src/system';
import { audit, formatCounts } from './chaos-audit';
import { type Fault, runLoad } from './chaos-load';

const ROOT = join(__dirname, '..');

const positive = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
};

const program = new Command('chaos')
  .description(
    'kill -9 every service in turn and stop the broker once during a load; then check store, Kafka, archive and projections agree',
  )
  .option('--commands <n>', 'commands to send (three per lead: post, share, acknowledge)', positive, 10_000)
  .option('--replicas <n>', 'processes per service (2: the other replica serves while one is down)', positive, 1)
  .option('--concurrency <n>', 'leads in flight at once', positive, 8)
  .option('--broker-down-seconds <n>', 'how long the broker stays stopped', positive, 10)
  .option('--keep', 'keep the private infrastructure and its data afterwards');

async function main(): Promise<number> {
  const options = program.parse(process.argv).opts<{
    commands: number;
    replicas: number;
    concurrency: number;
    brokerDownSeconds: number;
    keep?: boolean;
  }>();
  const infraDir = process.env.LIAISON_CHAOS_INFRA_DIR ?? mkdtempSync(join(tmpdir(), 'liaison-chaos-'));
  // Everything below (ensureInfra, stopKafka, startKafka, stopInfra) works on this folder's servers only.
  process.env.LIAISON_INFRA_DIR = infraDir;
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
  let system: System | undefined;
  const bundles = runBundleDir(ROOT, `chaos-${process.pid}`);
  try {
    console.log(`chaos: private infrastructure in ${infraDir}`);
    const infra = await ensureInfra({ ignoreEnv: true, owner: `chaos:${process.pid}`, durability: 'throwaway' });
    // Bundled services start in a third of the CPU time of tsx (as the jest global setup does).
    process.env[SERVICE_BUNDLES_ENV] = await bundleServices(ROOT, SERVICE_MANIFEST, bundles);
    system = await startSystem({
      replicas: options.replicas,
      infra: { kafkaBrokers: infra.kafkaBrokers.join(','), mongodbUri: infra.mongodbUri },
    });
    const running = system;
    console.log(`chaos: ${running.services.length} processes up after ${elapsed()}; gateways ${running.gatewayUrls.join(', ')}`);

    // Every service in turn, the broker stop in the middle.
    const killOne = (name: string): Fault => {
      let victim = running.replicasOf(name).at(-1)!;
      return {
        name: `kill -9 ${name}`,
        inject: async () => {
          victim = running.replicasOf(name).at(-1)!;
          await running.kill(victim);
        },
        recover: async () => {
          await running.revive(victim);
        },
      };
    };
    const brokerStop: Fault = {
      name: `stop the Kafka broker for ${options.brokerDownSeconds} s`,
      inject: () => stopKafka(),
      recover: async () => {
        await new Promise((resolve) => setTimeout(resolve, options.brokerDownSeconds * 1000));
        await startKafka();
      },
    };
    const kills = SERVICE_MANIFEST.map((service) => killOne(service.name));
    const faults = [...kills.slice(0, 4), brokerStop, ...kills.slice(4)];

    const leads = Math.ceil(options.commands / 3);
    const bar = new SingleBar({ format: 'load [{bar}] {value}/{total} commands | {duration}s' }, Presets.shades_classic);
    bar.start(leads * 3, 0);
    const load = await runLoad({
      gateways: running.gatewayUrls,
      leads,
      concurrency: options.concurrency,
      shareWith: ['msb-erqi'],
      tag: running.runId,
      faults,
      onCommand: (done) => bar.update(done),
      log: (line) => console.log(`\n${elapsed()} ${line}`),
    });
    bar.stop();
    console.log(`chaos: load done after ${elapsed()}; auditing`);
    const report = await audit(
      { gateways: running.gatewayUrls, kafkaBrokers: infra.kafkaBrokers, mongodbUri: infra.mongodbUri, runId: running.runId },
      load,
      300_000,
    );
    console.log(`\nfaults:\n  ${load.faultLog.join('\n  ')}`);
    console.log(`\ncounts (${options.replicas} replica(s) per service, ${elapsed()} in all):\n${formatCounts(report.counts)}`);
    if (report.problems.length > 0) console.log(`\nproblems:\n  ${report.problems.join('\n  ')}`);
    const { lost, duplicated, outOfOrder } = report.counts;
    const ok = report.problems.length === 0 && lost === 0 && duplicated === 0 && outOfOrder === 0;
    console.log(ok ? '\nchaos: 0 lost, 0 applied twice, 0 out of order' : '\nchaos: FAILED');
    return ok ? 0 : 1;
  } finally {
    await system?.stop();
    rmSync(bundles, { recursive: true, force: true });
    if (!options.keep) {
      await stopInfra({ purge: true });
      if (!process.env.LIAISON_CHAOS_INFRA_DIR) rmSync(infraDir, { recursive: true, force: true });
    }
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
