import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { freePort, isPortOpen } from '@liaison/infra-local/src/ports';

const ROOT = join(__dirname, '..', '..');

export interface RunningService {
  name: string;
  process: ChildProcess;
  logs: string[];
}

export interface SystemOptions {
  /** Extra environment per service, e.g. short time limits. */
  env?: Record<string, Record<string, string>>;
}

export interface System {
  gatewayUrl: string;
  services: RunningService[];
  /** Database-name suffix: every run gets its own databases. */
  runId: string;
  stop(): Promise<void>;
}

/**
 * The real system for a test: each service in its own process (as `npm start` runs them), on
 * free ports, with its own databases, against the Kafka and MongoDB-API server of the jest
 * global setup. A service that fails to start fails the test with its log tail.
 */
export async function startSystem(options: SystemOptions = {}): Promise<System> {
  const runId = randomUUID().slice(0, 8);
  const [leadsPort, operationsPort, gatewayPort] = [await freePort(), await freePort(), await freePort()];
  // Own topics and databases per run: nothing of an earlier run (or a parallel one) leaks in.
  const base = { ...process.env, LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'info', AUTH_MODE: 'dev', KAFKA_TOPIC_NAMESPACE: `e2e-${runId}` };
  const services: RunningService[] = [];
  const stop = async () => {
    await Promise.all(services.reverse().map((service) => stopProcess(service.process)));
  };
  try {
    services.push(
      await startService('leads', 'services/leads/src/main.ts', () => isPortOpen(leadsPort), {
        ...base, SERVICE_NAME: `leads_${runId}`, GRPC_PORT: String(leadsPort), ...options.env?.leads,
      }),
    );
    services.push(
      await startService('operations', 'services/operations/src/main.ts', () => isPortOpen(operationsPort), {
        ...base, SERVICE_NAME: `operations_${runId}`, GRPC_PORT: String(operationsPort), LEADS_GRPC_ADDRESS: `127.0.0.1:${leadsPort}`, ...options.env?.operations,
      }),
    );
    services.push(
      await startService('gateway', 'services/gateway/src/main.ts', () => isReady(`http://127.0.0.1:${gatewayPort}/readyz`), {
        ...base, SERVICE_NAME: `gateway_${runId}`, HTTP_PORT: String(gatewayPort), LEADS_GRPC_ADDRESS: `127.0.0.1:${leadsPort}`,
        OPERATIONS_GRPC_ADDRESS: `127.0.0.1:${operationsPort}`, ...options.env?.gateway,
      }),
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { gatewayUrl: `http://127.0.0.1:${gatewayPort}`, services, runId, stop };
}

const isReady = (url: string) => fetch(url).then((response) => response.ok, () => false);

/** Starts a service and resolves once `ready()` says so (a port that answers, a readiness URL). */
function startService(name: string, main: string, ready: () => Promise<boolean>, env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<RunningService> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, main)], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: string[] = [];
  const keep = (line: string) => {
    logs.push(line);
    if (logs.length > 400) logs.shift();
  };
  createInterface({ input: child.stderr! }).on('line', keep);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`${name} did not start within ${timeoutMs} ms`)), timeoutMs);
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${error.message}\n--- last log lines of ${name} ---\n${logs.slice(-30).join('\n')}`));
    };
    createInterface({ input: child.stdout! }).on('line', keep);
    const poll = setInterval(() => {
      void ready().then((ok) => {
        if (!ok || settled) return;
        settled = true;
        clearInterval(poll);
        clearTimeout(timer);
        resolve({ name, process: child, logs });
      });
    }, 100);
    child.once('exit', (code) => fail(new Error(`${name} exited with code ${code} before it was ready`)));
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
