/**
 * `npm start`: the whole system on this machine. Provisions and starts local Kafka and the
 * MongoDB-API server (unless KAFKA_BROKERS and MONGODB_URI are set), then every service, each
 * in its own process. Ctrl-C stops the services, and the infrastructure if this run started it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ensureInfra, stopInfra } from '@liaison/infra-local';

interface ServiceSpec {
  name: string;
  main: string;
  env?: Record<string, string>;
}

/** Grows as the bounded contexts land (leads, operations, evidence, meetings, history, gateway). */
const SERVICES: ServiceSpec[] = [
  { name: 'leads', main: 'services/leads/src/main.ts' },
  { name: 'operations', main: 'services/operations/src/main.ts', env: { LEADS_GRPC_ADDRESS: process.env.LEADS_GRPC_ADDRESS ?? '127.0.0.1:50051' } },
  // After the services it fronts: its readiness probe calls them.
  {
    name: 'gateway',
    main: 'services/gateway/src/main.ts',
    env: {
      LEADS_GRPC_ADDRESS: process.env.LEADS_GRPC_ADDRESS ?? '127.0.0.1:50051',
      OPERATIONS_GRPC_ADDRESS: process.env.OPERATIONS_GRPC_ADDRESS ?? '127.0.0.1:50052',
    },
  },
];

const root = join(__dirname, '..');
const say = (line: string) => process.stderr.write(`[liaison] ${line}\n`);

function startService(spec: ServiceSpec, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, spec.main)], { cwd: root, env: { ...env, ...spec.env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      process.stdout.write(`${line}\n`);
      if (line.includes('"msg":"service started"')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`${spec.name} exited with code ${code} before it was ready`)));
  });
}

async function main(): Promise<void> {
  const infra = await ensureInfra({ owner: `npm-start:${process.pid}` });
  say(`Kafka ${infra.kafkaVersion} at ${infra.kafkaBrokers.join(',')}; ${infra.mongoServer} at ${infra.mongodbUri}`);
  const env = { ...process.env, KAFKA_BROKERS: infra.kafkaBrokers.join(','), MONGODB_URI: infra.mongodbUri, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' };
  const children: ChildProcess[] = [];
  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('stopping services…');
    await Promise.all(children.map((child) => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
    })));
    if (infra.startedHere) {
      say('stopping the infrastructure this run started…');
      await stopInfra();
    }
    process.exit(code);
  };
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));

  try {
    for (const spec of SERVICES) {
      const child = await startService(spec, env);
      children.push(child);
      child.once('exit', (code) => {
        if (!stopping) {
          say(`${spec.name} exited with code ${code}; stopping everything`);
          void stopAll(1);
        }
      });
      say(`${spec.name} is up`);
    }
  } catch (error) {
    say(String(error));
    await stopAll(1);
  }
  const gateway = `http://127.0.0.1:${process.env.HTTP_PORT ?? 8080}`;
  say(`all services are up: ${gateway} (OpenAPI: ${gateway}/api/v1/openapi.json). Ctrl-C stops them.`);
  say(`dev token: curl -s -X POST ${gateway}/api/v1/auth/token -H 'content-type: application/json' -d '{"officerId":"officer-jinshui-msb-li"}'`);
}

main().catch((error: unknown) => {
  say(`start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
