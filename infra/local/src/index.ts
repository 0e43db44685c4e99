// @liaison/infra-local: real Apache Kafka (KRaft) and a MongoDB wire-protocol server for local
// development, tests and CI on machines without Docker. See infra/local/README.md.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type Durability, FERRETDB_VERSION, KAFKA_VERSION, infraDir, parseBrokers } from './config';
import { describeMongo, kafkaListTopics, mongoPing } from './health';
import { freeStablePorts, isPortOpen } from './ports';
import { purgeExternalPostgresHome } from './postgres-home';
import { InfraError, progress, withLock } from './proc';
import { GRPCURL_VERSION, provisionGrpcurl } from './grpcurl';
import { provisionKafka, provisionMongo } from './provision';
import {
  applyPostgresDurability,
  defaultTimeoutMs,
  kafkaAlive,
  kafkaBrokers,
  launchKafka,
  launchMongo,
  launchPostgres,
  mongoAlive,
  mongoUri,
  pgIsReady,
  postgresAlive,
  postgresUrl,
  prepareKafka,
  prepareMongo,
  preparePostgres,
  stopKafkaProcess,
  stopMongoProcess,
  stopPostgresProcess,
  waitKafka,
  waitMongo,
  waitPostgres,
} from './servers';
import { type InfraState, lockFile, readState, removeState, stateFile, writeState } from './state';

export { FERRETDB_VERSION, KAFKA_VERSION, type Durability } from './config';
export { InfraError } from './proc';
export type { InfraState } from './state';

export interface InfraEndpoints {
  kafkaBrokers: string[];
  mongodbUri: string;
  kafkaVersion: string;
  /** e.g. "FerretDB 1.24.2 (PostgreSQL 15.14)" or "FerretDB 1.24.2 (SQLite)". */
  mongoServer: string;
  /** True if this call started at least one server (false: reused running servers or external env). */
  startedHere: boolean;
}

export type InfraMode = 'local' | 'containers' | 'external';

export interface EnsureInfraOptions {
  /** Per-server readiness timeout (default LIAISON_INFRA_TIMEOUT_MS or 120 s). */
  timeoutMs?: number;
  /** Recorded in the state file as the owner when servers are started here (e.g. "jest:<pid>"). */
  owner?: string;
  /** Default: LIAISON_INFRA env ("containers") or "local". */
  mode?: 'local' | 'containers';
  /** Ignore KAFKA_BROKERS / MONGODB_URI even if set. */
  ignoreEnv?: boolean;
  /**
   * Default `durable` (npm start, infra:up): data survives a power cut. `throwaway` (the jest
   * global setup only): fsync & co. off. Servers already running are never made less durable;
   * a throwaway PostgreSQL reused by a durable caller is switched to durable on the fly.
   */
  durability?: Durability;
}

export interface StopInfraOptions {
  /** Also delete data directories (Kafka log dirs, SQLite files). */
  purge?: boolean;
  /** Stop only if the state file's owner is this (e.g. "jest:<pid>"); otherwise leave everything running. */
  onlyOwner?: string;
}

export interface ServerStatus {
  running: boolean;
  healthy: boolean;
  pid: number | null;
  endpoint: string;
  logFile: string;
  dataDir: string;
  startedAt: string | null;
  detail?: string;
}

export interface InfraStatus {
  mode: InfraMode | 'none';
  stateFile: string;
  owner?: string;
  kafka?: ServerStatus & { version: string; topics?: number };
  mongo?: ServerStatus & { server: string };
  /** Backend of FerretDB's PostgreSQL handler. */
  postgres?: ServerStatus & { version: string; durable: boolean };
}

/** Lazy so the normal path never loads testcontainers (require keeps it working under tsx and jest/swc). */
function loadContainers(): typeof import('./containers') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./containers') as typeof import('./containers');
}

function envEndpoints(): { brokers: string[]; uri: string } | undefined {
  const b = process.env.KAFKA_BROKERS?.trim();
  const u = process.env.MONGODB_URI?.trim();
  return b && u ? { brokers: parseBrokers(b), uri: u } : undefined;
}

function modeFromEnv(): 'local' | 'containers' {
  const v = (process.env.LIAISON_INFRA ?? 'local').trim();
  if (v === 'containers' || v === 'local' || v === '') return v === 'containers' ? 'containers' : 'local';
  throw new InfraError(`LIAISON_INFRA must be "local" or "containers", got "${v}"`);
}

/** Download/build what is needed (cached by version) without starting anything. */
export async function provision(): Promise<{ kafka: string; mongo: string }> {
  const [k, m] = await provisionBoth();
  // The gRPC integration tests drive the services with grpcurl (health, reflection, identity).
  const grpcurl = await provisionGrpcurl();
  return {
    kafka: `Apache Kafka ${k.version} (${k.libDir})`,
    mongo: `${m.description} (${m.binary})\ngrpcurl ${GRPCURL_VERSION} (${grpcurl})`,
  };
}

/** Both in parallel; if one fails, let the other finish (no orphaned mvn/go writing into the cache). */
async function provisionBoth(): Promise<[Awaited<ReturnType<typeof provisionKafka>>, Awaited<ReturnType<typeof provisionMongo>>]> {
  const [k, m] = await Promise.allSettled([provisionKafka(), provisionMongo()]);
  if (k.status === 'rejected') throw k.reason;
  if (m.status === 'rejected') throw m.reason;
  return [k.value, m.value];
}

/**
 * Make Kafka and a MongoDB-API server available and return their endpoints.
 * - KAFKA_BROKERS and MONGODB_URI both set: nothing is provisioned; they are returned as-is.
 * - otherwise reuse the servers recorded in `<repo>/.liaison/infra/state.json` when they are alive
 *   and answering, or provision (cached) and start new ones on free loopback ports.
 * Safe to call concurrently from several processes (a lock file serialises them).
 */
export async function ensureInfra(options: EnsureInfraOptions = {}): Promise<InfraEndpoints> {
  const ext = options.ignoreEnv ? undefined : envEndpoints();
  if (ext) {
    let mongoServer = 'external MongoDB-API server';
    try {
      mongoServer = `${describeMongo(await mongoPing(ext.uri, 5000))}, external`;
    } catch {
      /* reported by whoever connects */
    }
    return {
      kafkaBrokers: ext.brokers,
      mongodbUri: ext.uri,
      kafkaVersion: 'external',
      mongoServer,
      startedHere: false,
    };
  }
  const mode = options.mode ?? modeFromEnv();
  const owner = options.owner ?? `pid:${process.pid}`;
  if (mode === 'containers') {
    const c = loadContainers();
    return c.ensureContainers(owner);
  }
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs();
  const durability = options.durability ?? 'durable';

  return withLock(lockFile(), 'infra', async () => {
    const prev = readState();
    if (prev?.mode === 'containers')
      throw new InfraError(`state file ${stateFile()} describes containers; run \`npm run infra:down\` first`);
    const [kDist, mDist] = await provisionBoth();
    let startedHere = false;

    // Kafka: reuse if alive (wait until healthy), restart on the same ports if stopped, else new ports.
    let kafka = prev?.kafka;
    if (kafka && kafkaAlive(kafka)) {
      await waitKafka(kafka, timeoutMs);
      if (durability === 'durable' && !kafka.durable)
        progress('the running Kafka broker was started for tests (no flush per message); it flushes every message after its next restart');
    } else {
      const [port, cport] =
        kafka && (await portsFree([kafka.port, kafka.controllerPort])) ? [kafka.port, kafka.controllerPort] : await freeStablePorts(2);
      kafka = await launchKafka(prepareKafka(kDist, port!, cport!, durability), timeoutMs);
      startedHere = true;
    }
    const state0: InfraState | undefined = prev ? { ...prev, kafka } : undefined;
    if (state0) writeState(state0);

    // PostgreSQL (FerretDB's PostgreSQL handler): reuse if alive, else (re)start on the same port if free.
    let postgres = mDist.postgres ? prev?.postgres : undefined;
    let pgStarted = false;
    if (mDist.postgres) {
      if (postgres && postgresAlive(postgres)) {
        await waitPostgres(postgres, timeoutMs);
        if (durability === 'durable' && !postgres.durable) postgres = applyPostgresDurability(postgres, 'durable');
      } else {
        const port = postgres && (await portsFree([postgres.port])) ? postgres.port : (await freeStablePorts(1))[0]!;
        try {
          postgres = await launchPostgres(preparePostgres(mDist.postgres, port), timeoutMs, durability);
        } catch (e) {
          if (!prev) await stopKafkaProcess(kafka);
          throw e;
        }
        pgStarted = startedHere = true;
      }
      if (state0) writeState({ ...state0, postgres });
    }

    let mongo = prev?.mongo;
    const sameMongo =
      mongo !== undefined &&
      mongo.kind === mDist.kind &&
      (mongo.handler ?? 'sqlite') === (mDist.handler ?? 'sqlite') &&
      (!postgres || mongo.postgresqlUrl === postgresUrl(postgres));
    if (mongo && sameMongo && !pgStarted && mongoAlive(mongo)) {
      await waitMongo(mongo, timeoutMs);
    } else {
      if (mongo) await stopMongoProcess(mongo); // e.g. other handler, or its PostgreSQL was restarted
      const port = mongo && (await portsFree([mongo.port])) ? mongo.port : (await freeStablePorts(1))[0]!;
      try {
        mongo = await launchMongo(prepareMongo(mDist, port, postgres), timeoutMs);
      } catch (e) {
        if (!prev) {
          await stopKafkaProcess(kafka);
          if (postgres) await stopPostgresProcess(postgres);
        }
        throw e;
      }
      startedHere = true;
    }
    // A PostgreSQL left over from a previous handler choice is stopped (data kept).
    if (!mDist.postgres && prev?.postgres) await stopPostgresProcess(prev.postgres);
    const state: InfraState = {
      schema: 1,
      mode: 'local',
      owner: startedHere ? owner : (prev?.owner ?? owner),
      kafka,
      mongo,
      ...(postgres ? { postgres } : {}),
    };
    writeState(state);
    return {
      kafkaBrokers: kafkaBrokers(kafka),
      mongodbUri: mongoUri(mongo),
      kafkaVersion: kafka.version,
      mongoServer: mongo.description,
      startedHere,
    };
  });
}

async function portsFree(ports: number[]): Promise<boolean> {
  for (const p of ports) if (await isPortOpen(p)) return false;
  return true;
}

/** Stop both servers recorded in the state file (SIGTERM, grace period, SIGKILL) and remove the state. */
export async function stopInfra(options: StopInfraOptions = {}): Promise<{ stopped: boolean }> {
  return withLock(lockFile(), 'infra', async () => {
    const s = readState();
    if (!s) {
      if (options.purge) purgeData();
      return { stopped: false };
    }
    if (options.onlyOwner !== undefined && s.owner !== options.onlyOwner) return { stopped: false };
    if (s.mode === 'containers') {
      const c = loadContainers();
      await c.removeContainers(s);
    } else {
      await Promise.all([stopKafkaProcess(s.kafka), stopMongoProcess(s.mongo)]);
      // After FerretDB, whose connections it would otherwise wait for.
      if (s.postgres) await stopPostgresProcess(s.postgres);
    }
    removeState();
    if (options.purge) purgeData();
    return { stopped: true };
  });
}

function purgeData(): void {
  const pgHome = purgeExternalPostgresHome(path.join(infraDir(), 'postgres'));
  if (pgHome) progress(`removed the PostgreSQL cluster in ${pgHome}`);
  for (const d of ['kafka', 'ferretdb', 'mongod', 'postgres']) fs.rmSync(path.join(infraDir(), d), { recursive: true, force: true });
  progress(`removed data under ${infraDir()}`);
}

function requireState(what: string): InfraState {
  const s = readState();
  if (!s) {
    throw new InfraError(
      `${what}: no local infrastructure recorded in ${stateFile()} (servers given by KAFKA_BROKERS/MONGODB_URI are not managed here; run \`npm run infra:up\`).`,
    );
  }
  return s;
}

/**
 * Stop ONLY the Kafka broker (graceful SIGTERM, SIGKILL after 30 s), keeping its ports and data dir
 * so `startKafka()` brings the same broker back. Works from any process via the state file.
 */
export async function stopKafka(): Promise<void> {
  await withLock(lockFile(), 'infra', async () => {
    const s = requireState('stopKafka');
    if (s.mode === 'containers') {
      const c = loadContainers();
      await c.pauseKafka(s);
      return;
    }
    await stopKafkaProcess(s.kafka);
    writeState({ ...s, kafka: { ...s.kafka, pid: null, startedAt: null } });
  });
}

/** Start the Kafka broker stopped by `stopKafka()` on the same ports and data dir; resolves when ready. */
export async function startKafka(options: { timeoutMs?: number } = {}): Promise<void> {
  await withLock(lockFile(), 'infra', async () => {
    const s = requireState('startKafka');
    if (s.mode === 'containers') {
      const c = loadContainers();
      await c.unpauseKafka(s);
      return;
    }
    const timeoutMs = options.timeoutMs ?? defaultTimeoutMs();
    if (kafkaAlive(s.kafka)) {
      await waitKafka(s.kafka, timeoutMs);
      return;
    }
    // The old listener sockets may linger for a moment after the process exits.
    for (let i = 0; i < 50 && !(await portsFree([s.kafka.port, s.kafka.controllerPort])); i++) await new Promise((r) => setTimeout(r, 200));
    const kafka = await launchKafka({ ...s.kafka, pid: null }, timeoutMs);
    writeState({ ...s, kafka });
  });
}

/** What runs, per the state file, with live health checks. */
export async function infraStatus(): Promise<InfraStatus> {
  const ext = envEndpoints();
  const s = readState();
  if (!s) return { mode: ext ? 'external' : 'none', stateFile: stateFile() };
  const local = s.mode === 'local';
  const kRunning = local ? kafkaAlive(s.kafka) : true;
  const mRunning = local ? mongoAlive(s.mongo) : true;
  let topics: number | undefined;
  let kDetail: string | undefined;
  let server = s.mongo.description;
  let mDetail: string | undefined;
  if (kRunning) {
    try {
      topics = (await kafkaListTopics(kafkaBrokers(s.kafka), 3000)).length;
    } catch (e) {
      kDetail = (e as Error).message;
    }
  } else if (s.kafka.pid === null) kDetail = 'stopped (stopKafka); startKafka() restarts it on the same ports';
  if (mRunning) {
    try {
      const info = await mongoPing(mongoUri(s.mongo), 3000);
      server = `${s.mongo.description}, MongoDB API ${info.version}`;
    } catch (e) {
      mDetail = (e as Error).message;
    }
  }
  let postgres: InfraStatus['postgres'];
  if (s.postgres) {
    const p = s.postgres;
    const pRunning = local && postgresAlive(p);
    let pDetail: string | undefined;
    let pHealthy = false;
    if (pRunning) {
      const r = pgIsReady(p);
      pHealthy = r.ok;
      if (!r.ok) pDetail = `pg_isready: ${r.output}`;
    }
    postgres = {
      running: pRunning,
      healthy: pHealthy,
      pid: p.pid,
      endpoint: `${p.host}:${p.port}/${p.database}`,
      logFile: p.logFile,
      dataDir: p.dataDir,
      startedAt: p.startedAt,
      version: p.version,
      durable: p.durable === true,
      ...(pDetail ? { detail: pDetail } : {}),
    };
  }
  const base = (
    x: InfraState['kafka'] | InfraState['mongo'],
    running: boolean,
    healthy: boolean,
    endpoint: string,
    detail?: string,
  ): ServerStatus => ({
    running,
    healthy,
    pid: x.pid,
    endpoint,
    logFile: x.logFile,
    dataDir: x.dataDir,
    startedAt: x.startedAt,
    ...(detail ? { detail } : {}),
  });
  return {
    mode: s.mode,
    stateFile: stateFile(),
    owner: s.owner,
    kafka: {
      ...base(s.kafka, kRunning, topics !== undefined, kafkaBrokers(s.kafka).join(','), kDetail),
      version: s.kafka.version,
      ...(topics !== undefined ? { topics } : {}),
    },
    mongo: {
      ...base(s.mongo, mRunning, mDetail === undefined && mRunning, mongoUri(s.mongo), mDetail),
      server,
    },
    ...(postgres ? { postgres } : {}),
  };
}

/** One line naming the versions, e.g. for test output. */
export function describeEndpoints(e: InfraEndpoints): string {
  return `Kafka ${e.kafkaVersion} at ${e.kafkaBrokers.join(',')}; ${e.mongoServer} at ${e.mongodbUri}`;
}

export const versions = {
  kafka: KAFKA_VERSION,
  ferretdb: FERRETDB_VERSION,
} as const;

export { provisionGrpcurl, GRPCURL_VERSION } from './grpcurl';
