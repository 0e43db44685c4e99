import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { SERVICE_MANIFEST, type ServiceManifestEntry } from '@liaison/contracts';
import { freeStablePorts } from '@liaison/infra-local/src/ports';
import { SERVICE_BUNDLES_ENV } from '@liaison/infra-local/src/service-bundles';
import { type ServiceProcess, startServices } from '@liaison/infra-local/src/service-processes';

const ROOT = join(__dirname, '..', '..');

export type RunningService = ServiceProcess;

export interface SystemOptions {
  /** Extra environment per service, e.g. short time limits. */
  env?: Record<string, Record<string, string>>;
  /** Reuse the databases and topics of an earlier run (a restart on the same data). */
  runId?: string;
  /** Kafka and MongoDB-API server to use instead of the jest global setup's. */
  infra?: { kafkaBrokers: string; mongodbUri: string };
}

export interface System {
  gatewayUrl: string;
  services: RunningService[];
  /** Database-name and topic-namespace suffix: every run gets its own, unless given. */
  runId: string;
  stop(): Promise<void>;
}

/**
 * The real system for a test: every service of the service manifest in its own process (as
 * `npm start` runs them, same launcher), on free ports, with its own databases and topics,
 * against the Kafka and MongoDB-API server of the jest global setup. A service that fails to
 * start fails the test with its log tail.
 */
export async function startSystem(options: SystemOptions = {}): Promise<System> {
  const runId = options.runId ?? randomUUID().slice(0, 8);
  const free = await freeStablePorts(SERVICE_MANIFEST.length);
  const ports = new Map<string, number>(SERVICE_MANIFEST.map((service, i) => [service.name, free[i]!]));
  const portOf = (service: ServiceManifestEntry) => ports.get(service.name)!;
  const running = await startServices({
    root: ROOT,
    // Own topics and databases per run: nothing of an earlier run (or a parallel one) leaks in.
    env: {
      ...process.env,
      ...(options.infra ? { KAFKA_BROKERS: options.infra.kafkaBrokers, MONGODB_URI: options.infra.mongodbUri } : {}),
      LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'info',
      AUTH_MODE: 'dev',
      KAFKA_TOPIC_NAMESPACE: `e2e-${runId}`,
    },
    portOf,
    // Built once by the jest global setup; without it (a script outside jest), from source.
    bundleDir: process.env[SERVICE_BUNDLES_ENV],
    // SERVICE_NAME names the run's databases; the identity stays the manifest name (trusted issuers).
    envFor: (service) => ({
      SERVICE_NAME: `${service.name}_${runId}`,
      SERVICE_IDENTITY_ISSUER: service.name,
      // Tests poll (every 150 ms, several at once) as one officer: the per-officer limit would
      // turn a slow wait into 429s. The limit itself is tested in services/gateway (gateway.int).
      ...(service.name === 'gateway' ? { GATEWAY_OFFICER_RATE_LIMIT: '1000000' } : {}),
      ...options.env?.[service.name],
    }),
  });
  const gateway = running.services.find((service) => service.name === 'gateway')!;
  return { gatewayUrl: `http://127.0.0.1:${gateway.port}`, services: running.services, runId, stop: running.stop };
}
