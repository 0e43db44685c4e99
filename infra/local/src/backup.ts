// Backup and restore of the local MongoDB-API data: FerretDB keeps every database of the services
// in one PostgreSQL database, so a backup is one pg_dump of it (a consistent snapshot, taken while
// everything runs) and a restore replaces it with pg_restore while FerretDB is stopped.
// Kafka is not in the backup: the event store is the record (commit-as-outbox, ADR 0004/0017);
// see the README "Local data, backup and restore".
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './config';
import { InfraError, isAlive, progress, runSync, withLock } from './proc';
import { POSTGRES_ROLE, postgresAlive, stopMongoProcess } from './servers';
import { type InfraState, lockFile, readState, stateFile } from './state';

export const BACKUP_FORMAT = 'pg_dump custom format of the FerretDB database';

/** `.liaison/backups/liaison-<UTC timestamp>.pgdump` by default. */
export const defaultBackupFile = (now = new Date()): string =>
  path.join(REPO_ROOT, '.liaison', 'backups', `liaison-${now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, 'Z')}.pgdump`);

function runningPostgres(what: string): { state: InfraState; postgres: NonNullable<InfraState['postgres']> } {
  const state = readState();
  if (!state)
    throw new InfraError(`${what}: no local infrastructure recorded in ${stateFile()}; start it with \`npm run infra:up\` (or npm start)`);
  if (state.mode !== 'local' || !state.postgres || state.mongo.kind !== 'ferretdb' || state.mongo.handler !== 'postgresql')
    throw new InfraError(
      `${what}: works on FerretDB's PostgreSQL handler (the default); this infrastructure runs ${state.mongo.description}. Back up a real mongod with mongodump.`,
    );
  if (!postgresAlive(state.postgres)) throw new InfraError(`${what}: PostgreSQL is not running; start it with \`npm run infra:up\``);
  return { state, postgres: state.postgres };
}

const conn = (p: NonNullable<InfraState['postgres']>, database: string) => [
  '-h',
  p.host,
  '-p',
  String(p.port),
  '-U',
  POSTGRES_ROLE,
  '-d',
  database,
];

/** pg_dump of the FerretDB database into `file` (default under .liaison/backups/). */
export function backup(file = defaultBackupFile()): { file: string; bytes: number } {
  const { postgres } = runningPostgres('backup');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  runSync(
    path.join(postgres.binDir, 'pg_dump'),
    [...conn(postgres, postgres.database), '--format=custom', '--no-owner', '--file', partial],
    {
      timeoutMs: 60 * 60_000,
    },
  );
  // A file under the final name is always a complete dump.
  fs.renameSync(partial, file);
  return { file, bytes: fs.statSync(file).size };
}

/** The pid of a live `npm start` of this checkout, if any (its services would write during a restore). */
function liveNpmStart(): number | undefined {
  try {
    const { pid } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, '.liaison', 'run', 'npm-start.json'), 'utf8')) as { pid: number };
    return isAlive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Replaces the FerretDB database with the dump in `file`: stops FerretDB, drops and recreates the
 * database, pg_restore, and leaves FerretDB stopped; the caller (scripts/backup.ts, a test) starts
 * it again with ensureInfra(). Refused while `npm start` runs here.
 */
export async function restore(file: string, options: { allowRunningServices?: boolean } = {}): Promise<void> {
  if (!fs.existsSync(file)) throw new InfraError(`restore: no such file ${file}`);
  const npmStart = options.allowRunningServices ? undefined : liveNpmStart();
  if (npmStart)
    throw new InfraError(`restore: npm start is running (pid ${npmStart}); stop it first, its services would write during the restore`);
  await withLock(lockFile(), 'infra', async () => {
    const { state, postgres } = runningPostgres('restore');
    const psql = path.join(postgres.binDir, 'psql');
    // Check the file before anything is dropped.
    runSync(path.join(postgres.binDir, 'pg_restore'), ['--list', file]);
    progress(`stopping ${state.mongo.description} for the restore…`);
    await stopMongoProcess(state.mongo);
    const admin = [...conn(postgres, 'postgres'), '-XAtq'];
    runSync(psql, [...admin, '-c', `DROP DATABASE IF EXISTS ${postgres.database} WITH (FORCE)`]);
    runSync(psql, [...admin, '-c', `CREATE DATABASE ${postgres.database}`]);
    progress(`restoring ${file} into PostgreSQL database ${postgres.database}…`);
    runSync(
      path.join(postgres.binDir, 'pg_restore'),
      [...conn(postgres, postgres.database), '--no-owner', '--exit-on-error', '--single-transaction', file],
      { timeoutMs: 60 * 60_000 },
    );
  });
}
