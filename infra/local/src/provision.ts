// Provisioning: Kafka jars from Maven Central, FerretDB binary built with the Go toolchain.
// Everything lands under the cache root, keyed by version, and is reused by later runs.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FERRETDB_MODULE_DIR, FERRETDB_VERSION, KAFKA_VERSION, cacheRoot, kafkaPom, parseJavaMajor } from './config';
import { InfraError, progress, runLogged, runSync, which, withLock } from './proc';

export interface KafkaDist {
  version: string;
  java: string;
  libDir: string;
  /** Java classpath (`<libDir>/*`). */
  classpath: string;
}

export interface MongoDist {
  kind: 'ferretdb' | 'mongod';
  binary: string;
  /** e.g. "FerretDB 1.24.2 (PostgreSQL 15.14)", "FerretDB 1.24.2 (SQLite)" or "MongoDB 7.0.14". */
  description: string;
  /** FerretDB only. */
  handler?: FerretdbHandler;
  /** FerretDB with the PostgreSQL handler. */
  postgres?: PostgresDist;
}

export type FerretdbHandler = 'postgresql' | 'sqlite';

export interface PostgresDist {
  binDir: string;
  /** e.g. "15.14". */
  version: string;
}

/** LIAISON_FERRETDB_HANDLER: postgresql (default) or sqlite. */
export function ferretdbHandler(env: NodeJS.ProcessEnv = process.env): FerretdbHandler {
  const v = (env.LIAISON_FERRETDB_HANDLER ?? '').trim() || 'postgresql';
  if (v === 'postgresql' || v === 'sqlite') return v;
  throw new InfraError(`LIAISON_FERRETDB_HANDLER must be "postgresql" or "sqlite", got "${v}"`);
}

const PG_ROOT = '/usr/lib/postgresql';

/** Newest `/usr/lib/postgresql/<major>/bin` with initdb, postgres and pg_isready (LIAISON_PG_BINDIR overrides). */
export function findPostgresBinDir(): string | undefined {
  const ok = (d: string): boolean => ['initdb', 'postgres', 'pg_isready'].every((b) => fs.existsSync(path.join(d, b)));
  const override = process.env.LIAISON_PG_BINDIR;
  if (override) return ok(override) ? override : undefined;
  let majors: string[] = [];
  try {
    majors = fs.readdirSync(PG_ROOT).filter((d) => /^\d+(\.\d+)?$/.test(d));
  } catch {
    return undefined;
  }
  majors.sort((a, b) => Number(b) - Number(a));
  for (const m of majors) {
    const d = path.join(PG_ROOT, m, 'bin');
    if (ok(d)) return d;
  }
  return undefined;
}

const PG_INSTALL_HINT =
  'Install it with `apt-get install -y postgresql` (Debian/Ubuntu), or set LIAISON_FERRETDB_HANDLER=sqlite (slow: full scans for every non-_id filter).';

/** apt-get install -y postgresql (then `apt-get update` and retry if that fails). Root + apt only. */
async function aptInstallPostgres(): Promise<void> {
  const apt = which('apt-get');
  const logFile = path.join(cacheRoot(), 'apt-postgresql.log');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = (): Promise<void> =>
    runLogged(apt!, ['install', '-y', '--no-install-recommends', 'postgresql'], { cwd: '/', logFile, env });
  progress(`PostgreSQL not found: running apt-get install -y postgresql (log ${logFile})…`);
  try {
    await install();
  } catch {
    progress('apt-get install failed; running apt-get update and retrying…');
    await runLogged(apt!, ['update'], {
      cwd: '/',
      logFile: `${logFile}.update`,
      env,
    });
    await install();
  }
}

/** PostgreSQL server binaries (Debian layout); installed with apt when root on a fresh machine. */
export async function provisionPostgres(): Promise<PostgresDist> {
  let binDir = findPostgresBinDir();
  if (!binDir) {
    const root = process.getuid?.() === 0;
    if (root && which('apt-get') && process.env.LIAISON_PG_NO_APT !== '1') {
      await withLock(path.join(cacheRoot(), 'apt-postgresql.lock'), 'PostgreSQL install', async () => {
        if (!findPostgresBinDir()) await aptInstallPostgres();
      });
      binDir = findPostgresBinDir();
    }
    if (!binDir)
      throw new InfraError(
        `PostgreSQL server binaries not found (${PG_ROOT}/*/bin/{initdb,postgres,pg_isready}): FerretDB's PostgreSQL handler needs them. ${PG_INSTALL_HINT}`,
      );
  }
  const out = runSync(path.join(binDir, 'postgres'), ['--version']);
  const version = /PostgreSQL\)\s+(\S+)/.exec(out)?.[1] ?? 'unknown';
  return { binDir, version };
}

function requireTool(cmd: string, why: string, hint: string): string {
  const p = which(cmd);
  if (!p) throw new InfraError(`\`${cmd}\` not found on PATH: it is needed ${why}. ${hint}`);
  return p;
}

export function findJava(): string {
  const javaHome = process.env.JAVA_HOME;
  const fromHome = javaHome ? path.join(javaHome, 'bin', 'java') : undefined;
  const java = fromHome && fs.existsSync(fromHome) ? fromHome : which('java');
  if (!java)
    throw new InfraError(
      '`java` not found (PATH or JAVA_HOME): Kafka needs a Java 11+ runtime. Install e.g. `apt-get install -y openjdk-17-jre-headless`.',
    );
  const major = parseJavaMajor(runSync(java, ['-version']));
  if (major !== undefined && major < 11) throw new InfraError(`${java} is Java ${major}; Kafka ${KAFKA_VERSION} needs Java 11 or newer.`);
  return java;
}

/** Jars for Apache Kafka, resolved once into `<cache>/kafka-<version>/libs`. */
export async function provisionKafka(version = KAFKA_VERSION): Promise<KafkaDist> {
  const java = findJava();
  const dir = path.join(cacheRoot(), `kafka-${version}`);
  const libDir = path.join(dir, 'libs');
  const marker = path.join(dir, '.complete');
  const dist = { version, java, libDir, classpath: `${libDir}/*` };
  if (fs.existsSync(marker)) return dist;
  return withLock(path.join(cacheRoot(), `kafka-${version}.lock`), 'Kafka provisioning', async () => {
    if (fs.existsSync(marker)) return dist;
    const mvn = requireTool(
      'mvn',
      `once to download the Kafka ${version} jars from Maven Central`,
      'Install it with `apt-get install -y maven`.',
    );
    fs.rmSync(libDir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'pom.xml'), kafkaPom(version));
    progress(`resolving Kafka ${version} jars from Maven Central…`);
    const t0 = Date.now();
    await runLogged(mvn, ['-q', '-B', 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${libDir}`], {
      cwd: dir,
      logFile: path.join(dir, 'mvn.log'),
    });
    const jars = fs.readdirSync(libDir).filter((f) => f.endsWith('.jar'));
    if (!jars.some((j) => j.startsWith(`kafka_2.13-${version}`)))
      throw new InfraError(`Maven finished but ${libDir} has no kafka_2.13-${version}.jar`);
    fs.writeFileSync(marker, `${new Date().toISOString()} ${jars.length} jars\n`);
    progress(`Kafka ${version}: ${jars.length} jars in ${libDir} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    return dist;
  });
}

/** Hash of the committed Go module so edits to main.go/go.mod trigger a rebuild. */
function ferretdbSourceHash(): string {
  const h = createHash('sha256');
  for (const f of ['go.mod', 'go.sum', 'main.go']) h.update(f).update(fs.readFileSync(path.join(FERRETDB_MODULE_DIR, f)));
  return h.digest('hex').slice(0, 12);
}

/**
 * MongoDB wire-protocol server: a real `mongod` on PATH if present (and LIAISON_MONGO_SERVER is not
 * "ferretdb"), otherwise FerretDB built from infra/local/ferretdb into `<cache>/ferretdb-<ver>-<hash>/`.
 */
export async function provisionMongo(): Promise<MongoDist> {
  const pref = process.env.LIAISON_MONGO_SERVER ?? 'auto';
  if (pref !== 'ferretdb') {
    const mongod = which('mongod');
    if (mongod) {
      const m = /db version v(\S+)/.exec(runSync(mongod, ['--version']));
      return {
        kind: 'mongod',
        binary: mongod,
        description: `MongoDB ${m?.[1] ?? 'unknown'}`,
      };
    }
    if (pref === 'mongod') throw new InfraError('LIAISON_MONGO_SERVER=mongod but no `mongod` on PATH.');
  }
  const handler = ferretdbHandler();
  const postgres = handler === 'postgresql' ? await provisionPostgres() : undefined;
  const dir = path.join(cacheRoot(), `ferretdb-${FERRETDB_VERSION}-${ferretdbSourceHash()}`);
  const binary = path.join(dir, 'liaison-ferretdb');
  const dist: MongoDist = {
    kind: 'ferretdb',
    binary,
    description: postgres ? `FerretDB ${FERRETDB_VERSION} (PostgreSQL ${postgres.version})` : `FerretDB ${FERRETDB_VERSION} (SQLite)`,
    handler,
    ...(postgres ? { postgres } : {}),
  };
  if (fs.existsSync(binary)) return dist;
  return withLock(path.join(cacheRoot(), `ferretdb-${FERRETDB_VERSION}.lock`), 'FerretDB build', async () => {
    if (fs.existsSync(binary)) return dist;
    const go = requireTool(
      'go',
      `once to build FerretDB ${FERRETDB_VERSION} from the Go module proxy`,
      'Install Go 1.24+ (https://go.dev/dl/) and put it on PATH.',
    );
    fs.mkdirSync(dir, { recursive: true });
    progress(`building FerretDB ${FERRETDB_VERSION} with ${runSync(go, ['version']).trim()} (first time takes ~1-2 min)…`);
    const t0 = Date.now();
    const tmp = `${binary}.${process.pid}.tmp`;
    await runLogged(go, ['build', '-trimpath', '-mod=readonly', '-buildvcs=false', '-o', tmp, '.'], {
      cwd: FERRETDB_MODULE_DIR,
      logFile: path.join(dir, 'go-build.log'),
      env: { ...process.env, CGO_ENABLED: process.env.CGO_ENABLED ?? '0' },
    });
    fs.renameSync(tmp, binary);
    progress(`FerretDB ${FERRETDB_VERSION} built: ${binary} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    return dist;
  });
}
