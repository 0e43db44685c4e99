/**
 * `npm start`: the whole system on this machine. Provisions and starts local Kafka and the
 * MongoDB-API server (unless KAFKA_BROKERS and MONGODB_URI are set), then every service of the
 * service manifest (packages/contracts/src/service-manifest.ts), each in its own process group.
 * Either everything comes up, or everything this run started is stopped again: Ctrl-C, a
 * service that exits, or a failed start stop the services (callers first, waiting for each to
 * exit) and then the infrastructure this run started (or inherited from a crashed earlier run).
 * The pids are recorded in .liaison/run/npm-start.json, so a run killed with SIGKILL is cleaned
 * up by the next one. `LIAISON_JAEGER=1 npm start` also starts Jaeger (built with Go on first use,
 * infra/local/src/jaeger.ts) and points every service's trace exporter at it.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_MANIFEST, type ServiceManifestEntry } from '@liaison/contracts';
import { ensureInfra, infraStatus, stopInfra } from '@liaison/infra-local';
import { cmdline, isAlive, terminate } from '@liaison/infra-local/src/proc';
import { type RunningJaeger, startJaeger } from '@liaison/infra-local/src/jaeger';
import { bundleServices, runBundleDir } from '@liaison/infra-local/src/service-bundles';
import { type RunningServices, SERVICE_STOP_GRACE_MS, startServices } from '@liaison/infra-local/src/service-processes';

const root = join(__dirname, '..');
const runFile = join(root, '.liaison', 'run', 'npm-start.json');
const say = (line: string) => process.stderr.write(`[liaison] ${line}\n`);

interface RunRecord {
  pid: number;
  services: { name: string; pid: number; main: string }[];
  jaeger?: { pid: number; binary: string };
}

/** Default ports of the manifest; HTTP_PORT still moves the gateway. */
const portOf = (service: ServiceManifestEntry): number =>
  service.httpPort !== undefined ? Number(process.env.HTTP_PORT ?? service.httpPort) : service.grpcPort!;

function readRun(): RunRecord | undefined {
  try {
    return JSON.parse(readFileSync(runFile, 'utf8')) as RunRecord;
  } catch {
    return undefined;
  }
}

function writeRun(record: RunRecord): void {
  mkdirSync(join(root, '.liaison', 'run'), { recursive: true });
  writeFileSync(runFile, `${JSON.stringify(record, null, 2)}\n`);
}

/** Refuses a second `npm start`; stops what a crashed earlier run left running. */
async function reclaimEarlierRun(): Promise<void> {
  const earlier = readRun();
  if (!earlier) return;
  if (earlier.pid !== process.pid && isAlive(earlier.pid) && cmdline(earlier.pid).includes('start.ts'))
    throw new Error(`npm start is already running here (pid ${earlier.pid}); stop it with Ctrl-C or \`kill ${earlier.pid}\``);
  for (const service of [...earlier.services].reverse()) {
    if (!isAlive(service.pid) || !cmdline(service.pid).includes(join(root, service.main))) continue;
    say(`stopping ${service.name} (pid ${service.pid}) left running by an earlier npm start`);
    try {
      process.kill(-service.pid, 'SIGTERM');
    } catch {
      /* not a group leader any more */
    }
    await terminate(service.pid, SERVICE_STOP_GRACE_MS);
  }
  if (earlier.jaeger && isAlive(earlier.jaeger.pid) && cmdline(earlier.jaeger.pid).includes(earlier.jaeger.binary)) {
    say(`stopping Jaeger (pid ${earlier.jaeger.pid}) left running by an earlier npm start`);
    await terminate(earlier.jaeger.pid, SERVICE_STOP_GRACE_MS);
  }
  rmSync(runFile, { force: true });
}

/** Infrastructure recorded as started by an `npm start` that is gone is this run's to stop. */
async function inheritedInfrastructure(): Promise<boolean> {
  const owner = (await infraStatus()).owner ?? '';
  const match = /^npm-start:(\d+)$/.exec(owner);
  return match !== null && Number(match[1]) !== process.pid && !isAlive(Number(match[1]));
}

async function main(): Promise<void> {
  let running: RunningServices | undefined;
  let jaeger: RunningJaeger | undefined;
  let stopInfrastructure = false;
  let stopping: Promise<void> | undefined;
  const record: RunRecord = { pid: process.pid, services: [] };

  const stopAll = (code: number, why: string): Promise<void> => {
    stopping ??= (async () => {
      say(`${why}: stopping everything this run started…`);
      try {
        await running?.stop();
        await jaeger?.stop();
        if (stopInfrastructure) {
          say('stopping the infrastructure…');
          await stopInfra();
        }
        // Only our own record: a start refused beside a live run must not erase that run's.
        if (readRun()?.pid === process.pid) rmSync(runFile, { force: true });
        say('stopped.');
      } catch (error) {
        say(`could not stop everything: ${error instanceof Error ? error.message : String(error)}`);
        code = 1;
      }
      process.exit(code);
    })();
    return stopping;
  };
  // `on`, not `once`: the terminal, npm and tsx may each deliver the same Ctrl-C; a second
  // signal must not kill this process halfway through stopping the others.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (stopping) say(`still stopping (${signal} ignored)…`);
      void stopAll(0, signal);
    });
  }

  try {
    await reclaimEarlierRun();
    writeRun(record);
    const inherited = await inheritedInfrastructure();
    const infra = await ensureInfra({ owner: `npm-start:${process.pid}` });
    stopInfrastructure = infra.startedHere || inherited;
    say(`Kafka ${infra.kafkaVersion} at ${infra.kafkaBrokers.join(',')}; ${infra.mongoServer} at ${infra.mongodbUri}`);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      KAFKA_BROKERS: infra.kafkaBrokers.join(','),
      MONGODB_URI: infra.mongodbUri,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    };
    if (process.env.LIAISON_JAEGER === '1') {
      jaeger = await startJaeger({ dir: join(root, '.liaison', 'jaeger') });
      record.jaeger = { pid: jaeger.pid, binary: cmdline(jaeger.pid).split(' ')[0]! };
      writeRun(record);
      env.OTEL_EXPORTER_OTLP_ENDPOINT = jaeger.otlpEndpoint;
      say(`Jaeger at ${jaeger.uiUrl} (traces of every service; OTLP ${jaeger.otlpEndpoint}; log ${jaeger.logFile})`);
    }
    // From bundles of this very source (built now, a second or two): a third of the start-up CPU
    // of running through tsx. LIAISON_RUN_FROM_SOURCE=1 runs the TypeScript directly.
    const bundleDir =
      process.env.LIAISON_RUN_FROM_SOURCE === '1'
        ? undefined
        : await bundleServices(root, SERVICE_MANIFEST, runBundleDir(root, 'npm-start'));
    running = await startServices({
      root,
      env,
      bundleDir,
      portOf,
      onLine: (_service, line) => process.stdout.write(`${line}\n`),
      onSpawn: (service) => {
        record.services.push({ name: service.name, pid: service.process.pid!, main: service.main });
        writeRun(record);
      },
      onExit: (service, code, signal) => {
        if (!stopping && running) void stopAll(1, `${service} exited (${signal ?? `code ${code}`})`);
      },
    });
    for (const service of running.services) say(`${service.name} is up on port ${service.port}`);
  } catch (error) {
    say(`start failed: ${error instanceof Error ? error.message : String(error)}`);
    await stopAll(1, 'start failed');
    return;
  }
  if (stopping) return;
  const gateway = `http://127.0.0.1:${portOf(SERVICE_MANIFEST.find((service) => service.name === 'gateway')!)}`;
  say(`all services are up: ${gateway} (OpenAPI: ${gateway}/api/v1/openapi.json). Ctrl-C stops them.`);
  if (jaeger) say(`traces: ${jaeger.uiUrl}/search`);
  say(
    `dev token: curl -s -X POST ${gateway}/api/v1/auth/token -H 'content-type: application/json' -d '{"officerId":"officer-jinshui-msb-li"}'`,
  );
}

void main();
