// Start/stop/wait for the local Kafka broker and MongoDB-API server.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type Durability, infraDir, postgresDurabilitySettings, renderKafkaLog4j, renderKafkaServerProperties } from './config';
import { kafkaListTopics, mongoPing } from './health';
import { pgGuardArgs } from './pg-guards';
import { choosePostgresHome } from './postgres-home';
import { InfraError, isOurProcess, progress, readTail, runSync, sleep, spawnDetached, terminate, which } from './proc';
import type { KafkaDist, MongoDist, PostgresDist } from './provision';
import type { KafkaState, MongoState, PostgresState } from './state';

export const HOST = '127.0.0.1';
export const KAFKA_STOP_GRACE_MS = 30_000;
export const MONGO_STOP_GRACE_MS = 10_000;

export function defaultTimeoutMs(): number {
  const v = Number(process.env.LIAISON_INFRA_TIMEOUT_MS);
  return Number.isFinite(v) && v > 0 ? v : 120_000;
}

export const kafkaBrokers = (k: Pick<KafkaState, 'host' | 'port'>): string[] => [`${k.host}:${k.port}`];
export const mongoUri = (m: Pick<MongoState, 'host' | 'port'>): string => `mongodb://${m.host}:${m.port}/`;

/** Process marker for pid-reuse checks: the config file path is unique per checkout. */
export const kafkaAlive = (k: KafkaState): boolean => isOurProcess(k.pid, k.configFile);
export const mongoAlive = (m: MongoState): boolean => isOurProcess(m.pid, m.dataDir);

/** Kafka cluster ids are 16 random bytes, base64url without padding, not starting with '-'. */
export function newClusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

function readClusterId(dataDir: string): string | undefined {
  try {
    return /^cluster\.id=(.+)$/m.exec(fs.readFileSync(path.join(dataDir, 'meta.properties'), 'utf8'))?.[1]?.trim();
  } catch {
    return undefined;
  }
}

/** Write config files and format storage (first time only). Does not start the broker. */
export function prepareKafka(dist: KafkaDist, port: number, controllerPort: number, durability: Durability = 'durable'): KafkaState {
  const base = path.join(infraDir(), 'kafka');
  const dataDir = path.join(base, 'data');
  const configFile = path.join(base, 'server.properties');
  const log4jFile = path.join(base, 'log4j.properties');
  fs.mkdirSync(dataDir, { recursive: true });
  // The data dir is kept across restarts (formatted once, below); only `down --purge` deletes it.
  fs.writeFileSync(
    configFile,
    renderKafkaServerProperties({ host: HOST, port, controllerPort, dataDir, durable: durability === 'durable' }),
  );
  fs.writeFileSync(log4jFile, renderKafkaLog4j());
  let clusterId = readClusterId(dataDir);
  if (!clusterId) {
    clusterId = newClusterId();
    progress(`formatting Kafka KRaft storage (cluster ${clusterId}) in ${dataDir}`);
    runSync(dist.java, [
      '-Xmx256m',
      `-Dlog4j.configuration=file:${log4jFile}`,
      '-cp',
      dist.classpath,
      'kafka.tools.StorageTool',
      'format',
      '-t',
      clusterId,
      '-c',
      configFile,
      '--ignore-formatted',
    ]);
  }
  return {
    pid: null,
    host: HOST,
    port,
    controllerPort,
    dataDir,
    logFile: path.join(base, 'kafka.log'),
    startedAt: null,
    version: dist.version,
    configFile,
    log4jFile,
    java: dist.java,
    classpath: dist.classpath,
    clusterId,
    durable: durability === 'durable',
  };
}

/** Spawn the broker for a prepared state (same ports/data dir every time) and wait until ready. */
export async function launchKafka(k: KafkaState, timeoutMs = defaultTimeoutMs()): Promise<KafkaState> {
  progress(`starting Kafka ${k.version} on ${k.host}:${k.port} (controller ${k.controllerPort}); log ${k.logFile}`);
  const heap = process.env.LIAISON_KAFKA_HEAP ?? '512m';
  const pid = spawnDetached(
    k.java,
    [
      `-Xmx${heap}`,
      '-Xms128m',
      '-XX:+UseG1GC',
      '-XX:MaxGCPauseMillis=20',
      '-Djava.awt.headless=true',
      `-Dlog4j.configuration=file:${k.log4jFile}`,
      `-Dkafka.logs.dir=${path.dirname(k.logFile)}`,
      '-cp',
      k.classpath,
      'kafka.Kafka',
      k.configFile,
    ],
    { logFile: k.logFile, cwd: path.dirname(k.configFile) },
  );
  const started = { ...k, pid, startedAt: new Date().toISOString() };
  await waitKafka(started, timeoutMs);
  return started;
}

export async function waitKafka(k: KafkaState, timeoutMs: number): Promise<void> {
  const t0 = Date.now();
  let lastErr = '';
  while (Date.now() - t0 < timeoutMs) {
    if (!kafkaAlive(k)) {
      throw new InfraError(`Kafka (pid ${k.pid}) exited during startup. Last lines of ${k.logFile}:\n${readTail(k.logFile, 40)}`);
    }
    try {
      await kafkaListTopics(kafkaBrokers(k));
      progress(`Kafka ready on ${kafkaBrokers(k).join(',')} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      return;
    } catch (e) {
      lastErr = (e as Error).message;
    }
    await sleep(250);
  }
  throw new InfraError(
    `Kafka not ready on ${k.host}:${k.port} after ${timeoutMs} ms (last error: ${lastErr}). Last lines of ${k.logFile}:\n${readTail(k.logFile, 40)}`,
  );
}

export async function stopKafkaProcess(k: KafkaState): Promise<void> {
  if (k.pid && kafkaAlive(k)) {
    progress(`stopping Kafka (pid ${k.pid})…`);
    const how = await terminate(k.pid, KAFKA_STOP_GRACE_MS);
    if (how === 'killed') progress(`Kafka did not stop within ${KAFKA_STOP_GRACE_MS / 1000} s: killed`);
  }
}

export function prepareMongo(dist: MongoDist, port: number, postgres?: PostgresState): MongoState {
  const base = path.join(infraDir(), dist.kind === 'mongod' ? 'mongod' : 'ferretdb');
  const dataDir = path.join(base, 'data');
  fs.mkdirSync(dataDir, { recursive: true });
  return {
    pid: null,
    host: HOST,
    port,
    dataDir,
    logFile: path.join(base, `${dist.kind}.log`),
    startedAt: null,
    kind: dist.kind,
    binary: dist.binary,
    description: dist.description,
    ...(dist.handler ? { handler: dist.handler } : {}),
    ...(dist.handler === 'postgresql' && postgres ? { postgresqlUrl: postgresUrl(postgres) } : {}),
  };
}

export async function launchMongo(m: MongoState, timeoutMs = defaultTimeoutMs()): Promise<MongoState> {
  progress(`starting ${m.description} on ${m.host}:${m.port}; log ${m.logFile}`);
  const args =
    m.kind === 'mongod'
      ? ['--dbpath', m.dataDir, '--bind_ip', m.host, '--port', String(m.port), '--quiet']
      : [
          '-listen-addr',
          `${m.host}:${m.port}`,
          // -sqlite-dir is passed for both handlers: the data dir in the command line identifies
          // our process (pid-reuse check).
          '-sqlite-dir',
          m.dataDir,
          '-handler',
          m.handler ?? 'sqlite',
          ...(m.handler === 'postgresql' && m.postgresqlUrl ? ['-postgresql-url', m.postgresqlUrl] : []),
          '-log-level',
          process.env.LIAISON_FERRETDB_LOG_LEVEL ?? 'error',
        ];
  const pid = spawnDetached(m.binary, args, {
    logFile: m.logFile,
    cwd: path.dirname(m.dataDir),
  });
  const started = { ...m, pid, startedAt: new Date().toISOString() };
  await waitMongo(started, timeoutMs);
  return started;
}

export async function waitMongo(m: MongoState, timeoutMs: number): Promise<void> {
  const t0 = Date.now();
  let lastErr = '';
  while (Date.now() - t0 < timeoutMs) {
    if (!mongoAlive(m)) {
      throw new InfraError(
        `${m.description} (pid ${m.pid}) exited during startup. Last lines of ${m.logFile}:\n${readTail(m.logFile, 40)}`,
      );
    }
    try {
      await mongoPing(mongoUri(m), 2000);
      progress(`${m.description} ready on ${mongoUri(m)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      return;
    } catch (e) {
      lastErr = (e as Error).message;
    }
    await sleep(200);
  }
  throw new InfraError(
    `${m.description} not answering ping on ${mongoUri(m)} after ${timeoutMs} ms (last error: ${lastErr}). Last lines of ${m.logFile}:\n${readTail(m.logFile, 40)}`,
  );
}

export async function stopMongoProcess(m: MongoState): Promise<void> {
  if (m.pid && mongoAlive(m)) {
    progress(`stopping ${m.description} (pid ${m.pid})…`);
    const how = await terminate(m.pid, MONGO_STOP_GRACE_MS);
    if (how === 'killed') progress(`${m.description} did not stop within ${MONGO_STOP_GRACE_MS / 1000} s: killed`);
  }
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL (backend of FerretDB's PostgreSQL handler): a private throwaway cluster.

export const POSTGRES_STOP_GRACE_MS = 15_000;
export const POSTGRES_DATABASE = 'ferretdb';
/** initdb superuser; trust auth on loopback/socket only. */
export const POSTGRES_ROLE = 'liaison';

/** postgres refuses to run as root: then initdb/postgres run as the `postgres` OS user. */
function pgRunAs(): {
  user: string;
  wrap: (cmd: string, args: string[]) => [string, string[]];
} {
  if (process.getuid?.() !== 0) {
    const user = os.userInfo().username;
    return { user, wrap: (cmd, args) => [cmd, args] };
  }
  const user = process.env.LIAISON_PG_OS_USER ?? 'postgres';
  // setpriv execs in place (the pid we record is the postmaster's); runuser is the fallback.
  const setpriv = which('setpriv');
  if (setpriv)
    return {
      user,
      wrap: (cmd, args) => [setpriv, ['--reuid', user, '--regid', user, '--init-groups', '--', cmd, ...args]],
    };
  const runuser = which('runuser');
  if (runuser)
    return {
      user,
      wrap: (cmd, args) => [runuser, ['-u', user, '--', cmd, ...args]],
    };
  throw new InfraError('running as root, but neither `setpriv` nor `runuser` is available to start PostgreSQL as the `postgres` user');
}

/** Whether the wrapped user (see pgRunAs) can traverse `dir`, i.e. every directory down to it. */
function canTraverse(wrap: (cmd: string, args: string[]) => [string, string[]], dir: string): boolean {
  const [cmd, args] = wrap('test', ['-x', dir]);
  return spawnSync(cmd, args, { timeout: 10_000 }).status === 0;
}

function chownTree(dir: string, user: string): void {
  runSync('chown', ['-R', `${user}:`, dir]);
}

export const postgresAlive = (p: PostgresState): boolean => isOurProcess(p.pid, p.dataDir);

/**
 * FerretDB 1.24 bug (internal/handler/msg_update.go: `defer closer.Close()` inside the loop over
 * the statements): every statement of ONE `update` command (e.g. a driver bulkWrite of N
 * updateOne) keeps its query iterator, i.e. a pooled PostgreSQL connection, until the whole command
 * ends. With more statements than the pool size (FerretDB default 50) the pool is exhausted and the
 * whole server hangs for good (even `ping`). So: a large pool (connections are opened lazily) and
 * max_connections above it; keep update batches below this size anyway.
 */
export const FERRETDB_PG_POOL_MAX_CONNS = 500;
export const POSTGRES_MAX_CONNECTIONS = 600;

export const postgresUrl = (p: Pick<PostgresState, 'host' | 'port' | 'database'>): string =>
  `postgres://${POSTGRES_ROLE}@${p.host}:${p.port}/${p.database}?pool_max_conns=${FERRETDB_PG_POOL_MAX_CONNS}`;

/** Directories and (first time) initdb. Does not start the server. */
export function preparePostgres(dist: PostgresDist, port: number): PostgresState {
  const base = path.join(infraDir(), 'postgres');
  const { user, wrap } = pgRunAs();
  fs.mkdirSync(base, { recursive: true });
  // Data and socket where the OS user running PostgreSQL can reach them (see postgres-home.ts).
  const home = choosePostgresHome({
    base,
    uid: process.getuid?.() ?? -1,
    reachable: (dir) => canTraverse(wrap, dir),
  });
  const dataDir = path.join(home, 'data');
  let socketDir = path.join(home, 'run');
  // sun_path is limited to 107 bytes: fall back to /tmp for deep checkouts.
  if (`${socketDir}/.s.PGSQL.${port}.lock`.length > 100) socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-pg-'));
  fs.mkdirSync(socketDir, { recursive: true });
  if (process.getuid?.() === 0) {
    chownTree(base, user);
    if (home !== base) chownTree(home, user);
    if (!socketDir.startsWith(home)) chownTree(socketDir, user);
  }
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    progress(`initdb PostgreSQL ${dist.version} cluster in ${dataDir}`);
    const help = runSync(path.join(dist.binDir, 'initdb'), ['--help']);
    const [cmd, args] = wrap(path.join(dist.binDir, 'initdb'), [
      '-D',
      dataDir,
      '--auth=trust',
      '-U',
      POSTGRES_ROLE,
      '--encoding=UTF8',
      '--locale=C',
      ...(help.includes('--no-sync') ? ['--no-sync'] : []),
    ]);
    // cwd: initdb, run as the postgres user, must be able to enter it.
    runSync(cmd, args, { cwd: home });
  }
  return {
    pid: null,
    host: HOST,
    port,
    dataDir,
    logFile: path.join(base, 'postgres.log'),
    startedAt: null,
    version: dist.version,
    binDir: dist.binDir,
    socketDir,
    user,
    database: POSTGRES_DATABASE,
  };
}

/** Start postmaster, wait for pg_isready, create the database, apply the durability settings. */
export async function launchPostgres(
  p: PostgresState,
  timeoutMs = defaultTimeoutMs(),
  durability: Durability = 'durable',
): Promise<PostgresState> {
  progress(`starting PostgreSQL ${p.version} on ${p.host}:${p.port}; log ${p.logFile}`);
  const { wrap } = pgRunAs();
  if (process.getuid?.() === 0 && fs.existsSync(p.socketDir)) chownTree(p.socketDir, p.user);
  fs.mkdirSync(p.socketDir, { recursive: true });
  // fsync & co. are not set here but with ALTER SYSTEM (applyPostgresDurability): a command-line
  // setting could not be changed while the cluster runs.
  const settings = [
    'shared_buffers=256MB',
    `max_connections=${POSTGRES_MAX_CONNECTIONS}`,
    // lz4 compresses the archive's large bucket documents (ADR 0029, "buckets") several times faster than pglz.
    'default_toast_compression=lz4',
    'listen_addresses=127.0.0.1',
    `port=${p.port}`,
    `unix_socket_directories=${p.socketDir}`,
    'logging_collector=off',
    'log_min_messages=warning',
  ];
  const [cmd, args] = wrap(path.join(p.binDir, 'postgres'), ['-D', p.dataDir, ...settings.flatMap((s) => ['-c', s])]);
  const pid = spawnDetached(cmd, args, {
    logFile: p.logFile,
    cwd: path.dirname(p.dataDir),
  });
  const started = { ...p, pid, startedAt: new Date().toISOString() };
  await waitPostgres(started, timeoutMs);
  ensureDatabase(started);
  return applyPostgresDurability(started, durability);
}

const psqlConn = (p: Pick<PostgresState, 'host' | 'port'>, database = 'postgres') => [
  '-h',
  p.host,
  '-p',
  String(p.port),
  '-U',
  POSTGRES_ROLE,
  '-d',
  database,
  '-XAtq',
];

/**
 * Sets fsync, synchronous_commit and full_page_writes for `durability` (ALTER SYSTEM, kept in the
 * data dir for the next start) and reloads. Turning durability on also checkpoints and syncs the
 * file system, so what was written without fsync is on disk from then on. Returns the state with
 * what the server now reports (a cluster started by an older infra/local with the settings on its
 * command line stays as it is until restarted).
 */
export function applyPostgresDurability(p: PostgresState, durability: Durability): PostgresState {
  const psql = path.join(p.binDir, 'psql');
  const settings = postgresDurabilitySettings(durability);
  for (const [name, value] of Object.entries(settings)) runSync(psql, [...psqlConn(p), '-c', `ALTER SYSTEM SET ${name} = '${value}'`]);
  runSync(psql, [...psqlConn(p), '-c', 'SELECT pg_reload_conf()']);
  if (durability === 'durable') {
    runSync(psql, [...psqlConn(p), '-c', 'CHECKPOINT']);
    spawnSync('sync', ['-f', p.dataDir], { timeout: 60_000 });
  }
  const actual = postgresSettings(p);
  const durable = Object.keys(settings).every((name) => actual[name] === 'on');
  if (durability === 'durable' && !durable)
    progress(
      `PostgreSQL on ${p.host}:${p.port} still runs with ${Object.entries(actual)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')} (set on its command line by an older infra/local): restart it (npm run infra:down, then npm start) to make it durable`,
    );
  return { ...p, durable };
}

/** The durability settings as the running server reports them. */
export function postgresSettings(p: Pick<PostgresState, 'binDir' | 'host' | 'port'>): Record<string, string> {
  const names = Object.keys(postgresDurabilitySettings('durable'));
  const out = runSync(path.join(p.binDir, 'psql'), [
    ...psqlConn(p),
    '-F',
    '=',
    '-c',
    `SELECT name, setting FROM pg_settings WHERE name IN (${names.map((n) => `'${n}'`).join(', ')})`,
  ]);
  return Object.fromEntries(
    out
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('=') as [string, string]),
  );
}

/** One `pg_isready` probe. */
export function pgIsReady(p: Pick<PostgresState, 'binDir' | 'host' | 'port'>): {
  ok: boolean;
  output: string;
} {
  const r = spawnSync(
    path.join(p.binDir, 'pg_isready'),
    ['-h', p.host, '-p', String(p.port), '-U', POSTGRES_ROLE, '-d', 'postgres', '-t', '2'],
    { encoding: 'utf8', timeout: 5000 },
  );
  return {
    ok: r.status === 0,
    output: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() || String(r.error ?? ''),
  };
}

export async function waitPostgres(p: PostgresState, timeoutMs: number): Promise<void> {
  const t0 = Date.now();
  let last = '';
  while (Date.now() - t0 < timeoutMs) {
    if (!postgresAlive(p))
      throw new InfraError(`PostgreSQL (pid ${p.pid}) exited during startup. Last lines of ${p.logFile}:\n${readTail(p.logFile, 40)}`);
    const r = pgIsReady(p);
    if (r.ok) {
      progress(`PostgreSQL ready on ${p.host}:${p.port} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      return;
    }
    last = r.output;
    await sleep(150);
  }
  throw new InfraError(
    `PostgreSQL not ready on ${p.host}:${p.port} after ${timeoutMs} ms (pg_isready: ${last}). Last lines of ${p.logFile}:\n${readTail(p.logFile, 40)}`,
  );
}

/** CREATE DATABASE unless it exists. */
function ensureDatabase(p: PostgresState): void {
  const psql = path.join(p.binDir, 'psql');
  const conn = ['-h', p.host, '-p', String(p.port), '-U', POSTGRES_ROLE, '-d', 'postgres', '-XAtq'];
  const exists = runSync(psql, [...conn, '-c', `SELECT 1 FROM pg_database WHERE datname = '${p.database}'`]).trim();
  if (exists !== '1') runSync(psql, [...conn, '-c', `CREATE DATABASE ${p.database}`]);
  // Makes FerretDB's equality filters index-backed (see the SQL file and ADR 0003).
  const dbConn = conn.map((arg) => (arg === 'postgres' ? p.database : arg));
  runSync(psql, [...dbConn, '-c', 'SET client_min_messages = warning', '-f', GIN_INDEXES_SQL]);
  // Makes compare-and-set atomic on FerretDB (monotonic `_v`; see pg-guards.ts and ADR 0008).
  runSync(psql, [...dbConn, ...pgGuardArgs()]);
}

const GIN_INDEXES_SQL = path.join(__dirname, '..', 'postgres', 'ferretdb-gin-indexes.sql');

/** Fast shutdown (SIGINT); SIGKILL after the grace period. */
export async function stopPostgresProcess(p: PostgresState): Promise<void> {
  if (p.pid && postgresAlive(p)) {
    progress(`stopping PostgreSQL (pid ${p.pid})…`);
    const how = await terminate(p.pid, POSTGRES_STOP_GRACE_MS, 'SIGINT');
    if (how === 'killed') progress(`PostgreSQL did not stop within ${POSTGRES_STOP_GRACE_MS / 1000} s: killed`);
  }
}
