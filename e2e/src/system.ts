import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { calleeAddresses, SERVICE_MANIFEST, type ServiceManifestEntry, startWaves } from '@liaison/contracts';
import { freeStablePorts } from '@liaison/infra-local/src/ports';
import { SERVICE_BUNDLES_ENV } from '@liaison/infra-local/src/service-bundles';
import { type ServiceProcess, signalGroup, startServices } from '@liaison/infra-local/src/service-processes';

const ROOT = join(__dirname, '..', '..');

export type RunningService = ServiceProcess & {
  /** 0, 1, …: which replica of its service (always 0 without `replicas`). */
  replica: number;
};

export interface SystemOptions {
  /** Extra environment per service, e.g. short time limits. */
  env?: Record<string, Record<string, string>>;
  /** Reuse the databases and topics of an earlier run (a restart on the same data). */
  runId?: string;
  /** Kafka and MongoDB-API server to use instead of the jest global setup's. */
  infra?: { kafkaBrokers: string; mongodbUri: string };
  /**
   * Processes per service (default 1): each replica on its own ports (metrics on a free one),
   * all on the same databases, topics and consumer groups; a caller gets every replica of a
   * callee as one static target (`ipv4:127.0.0.1:a,127.0.0.1:b`) and balances round-robin.
   */
  replicas?: number;
}

export interface System {
  /** The first gateway. */
  gatewayUrl: string;
  /** Every gateway replica's URL. */
  gatewayUrls: string[];
  services: RunningService[];
  /** Database-name and topic-namespace suffix: every run gets its own, unless given. */
  runId: string;
  /** The running replicas of one service. */
  replicasOf(name: string): RunningService[];
  /** SIGKILL to the replica's process group (a crash: no graceful leave, no lease release); resolves once it is gone. */
  kill(service: RunningService): Promise<void>;
  /** Starts a replica again (killed first if it still runs), same port and environment; resolves once it is ready. */
  revive(service: RunningService): Promise<RunningService>;
  stop(): Promise<void>;
}

interface Slot {
  entry: ServiceManifestEntry;
  replica: number;
  wave: number;
  process: RunningService;
}

/**
 * The real system for a test: every service of the service manifest in its own process (as
 * `npm start` runs them, same launcher), on free ports, with its own databases and topics,
 * against the Kafka and MongoDB-API server of the jest global setup. A service that fails to
 * start fails the test with its log tail.
 */
export async function startSystem(options: SystemOptions = {}): Promise<System> {
  const runId = options.runId ?? randomUUID().slice(0, 8);
  const replicas = options.replicas ?? 1;
  const free = await freeStablePorts(SERVICE_MANIFEST.length * replicas);
  const index = new Map<string, number>(SERVICE_MANIFEST.map((service, i) => [service.name, i]));
  const portOfReplica = (name: string, replica: number) => free[replica * SERVICE_MANIFEST.length + index.get(name)!]!;
  const portOf = (service: ServiceManifestEntry) => portOfReplica(service.name, 0);
  // Own topics and databases per run: nothing of an earlier run (or a parallel one) leaks in.
  const env = {
    ...process.env,
    ...(options.infra ? { KAFKA_BROKERS: options.infra.kafkaBrokers, MONGODB_URI: options.infra.mongodbUri } : {}),
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'info',
    AUTH_MODE: 'dev',
    KAFKA_TOPIC_NAMESPACE: `e2e-${runId}`,
  };
  const devSecret = randomBytes(32).toString('base64url');
  // Built once by the jest global setup; without it (a script outside jest), from source.
  const bundleDir = process.env[SERVICE_BUNDLES_ENV];
  // SERVICE_NAME names the run's databases; the identity stays the manifest name (trusted issuers).
  const envFor = (service: ServiceManifestEntry): Record<string, string> => ({
    SERVICE_NAME: `${service.name}_${runId}`,
    SERVICE_IDENTITY_ISSUER: service.name,
    // Tests poll (every 150 ms, several at once) as one officer: the per-officer limit would
    // turn a slow wait into 429s. The limit itself is tested in services/gateway (gateway.int).
    // One dev-token secret per system: a token from one gateway replica is good at the other, and after a replica restarts.
    ...(service.name === 'gateway' ? { GATEWAY_OFFICER_RATE_LIMIT: '1000000', AUTH_DEV_SECRET: devSecret } : {}),
    ...options.env?.[service.name],
  });
  const target = (callee: string) =>
    replicas === 1
      ? `127.0.0.1:${portOfReplica(callee, 0)}`
      : `ipv4:${Array.from({ length: replicas }, (_, r) => `127.0.0.1:${portOfReplica(callee, r)}`).join(',')}`;
  const waves = startWaves(SERVICE_MANIFEST);
  const waveOf = new Map(waves.flatMap((wave, w) => wave.map((entry) => [entry.name, w] as const)));
  const slots: Slot[] = [];

  /** One replica of each of `entries` (callees already running): their own ports, every callee replica as target. */
  const launch = async (entries: ServiceManifestEntry[], replica: number): Promise<Slot[]> => {
    const byName = new Map(entries.map((entry) => [entry.name, entry]));
    const running = await startServices({
      root: ROOT,
      env,
      // The callees are not in this manifest: their addresses come from envFor.
      manifest: entries.map((entry) => ({ ...entry, calls: [] })),
      portOf: (service) => portOfReplica(service.name, replica),
      bundleDir,
      // Twice the processes on the same cores: a busy machine needs longer than one system's 90 s.
      readyTimeoutMs: 180_000,
      envFor: (service) => ({ ...calleeAddresses(byName.get(service.name)!, target), ...envFor(byName.get(service.name)!) }),
    });
    return running.services.map((started) => {
      const entry = byName.get(started.name)!;
      return { entry, replica, wave: waveOf.get(entry.name)!, process: Object.assign(started, { replica }) };
    });
  };
  const stop = async () => {
    // Callers stop before the services they call: the waves in reverse, each wave at once.
    for (let wave = waves.length - 1; wave >= 0; wave--)
      await Promise.all(slots.filter((slot) => slot.wave === wave).map((slot) => slot.process.stop()));
  };

  if (replicas === 1) {
    const running = await startServices({ root: ROOT, env, portOf, bundleDir, envFor });
    for (const started of running.services) {
      const entry = SERVICE_MANIFEST.find((service) => service.name === started.name)!;
      slots.push({ entry, replica: 0, wave: waveOf.get(entry.name)!, process: Object.assign(started, { replica: 0 }) });
    }
  } else {
    try {
      // The first replicas wave by wave (they create the topics and the consumer groups), then the
      // others at once: all at once, two replicas racing to create each topic on a busy broker
      // ("does not host this topic-partition") missed the ready timeout.
      for (const wave of waves) slots.push(...(await launch(wave, 0)));
      for (let replica = 1; replica < replicas; replica++) slots.push(...(await launch([...SERVICE_MANIFEST], replica)));
    } catch (error) {
      await stop();
      throw error;
    }
  }

  const services = () => slots.map((slot) => slot.process);
  const slotOf = (service: RunningService) => {
    const slot = slots.find((s) => s.entry.name === service.name && s.replica === service.replica);
    if (!slot) throw new Error(`no replica ${service.replica} of ${service.name} in this system`);
    return slot;
  };
  const gateways = () => slots.filter((slot) => slot.entry.name === 'gateway').map((slot) => `http://127.0.0.1:${slot.process.port}`);
  const system: System = {
    gatewayUrl: gateways()[0]!,
    gatewayUrls: gateways(),
    get services() {
      return services();
    },
    runId,
    replicasOf: (name) => services().filter((service) => service.name === name),
    kill: async (service) => {
      const child = slotOf(service).process.process;
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      signalGroup(child, 'SIGKILL');
      await exited;
    },
    revive: async (service) => {
      const slot = slotOf(service);
      await system.kill(slot.process);
      const [fresh] = await launch([slot.entry], slot.replica);
      slot.process = fresh!.process;
      return slot.process;
    },
    stop,
  };
  return system;
}
