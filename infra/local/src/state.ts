import * as fs from 'node:fs';
import * as path from 'node:path';
import { infraDir } from './config';
import { writeFileAtomic } from './proc';

export interface ServerState {
  /** null while deliberately stopped (stopKafka) — ports and data dir are kept for the restart. */
  pid: number | null;
  host: string;
  port: number;
  dataDir: string;
  logFile: string;
  startedAt: string | null;
}

export interface KafkaState extends ServerState {
  version: string;
  controllerPort: number;
  configFile: string;
  log4jFile: string;
  java: string;
  classpath: string;
  clusterId: string;
  /** Set in containers mode. */
  containerId?: string;
  /** Started with a flush after every message (durable); false/absent: page cache only (tests). */
  durable?: boolean;
}

export interface MongoState extends ServerState {
  kind: 'ferretdb' | 'mongod' | 'container';
  binary: string;
  description: string;
  /** FerretDB backend (absent in state files written before the PostgreSQL handler: sqlite). */
  handler?: 'postgresql' | 'sqlite';
  /** FerretDB `-postgresql-url` (handler postgresql). */
  postgresqlUrl?: string;
  containerId?: string;
}

/** Private PostgreSQL cluster backing FerretDB's PostgreSQL handler. */
export interface PostgresState extends ServerState {
  /** e.g. "15.14". */
  version: string;
  /** Directory with initdb/postgres/pg_isready, e.g. /usr/lib/postgresql/15/bin. */
  binDir: string;
  /** Unix socket directory (-k). */
  socketDir: string;
  /** OS user running the server ("postgres" when we are root, else ourselves). */
  user: string;
  database: string;
  /** fsync, synchronous_commit and full_page_writes on (absent in older state files: off). */
  durable?: boolean;
}

export interface InfraState {
  schema: 1;
  mode: 'local' | 'containers';
  /** Who started the servers, e.g. "cli:1234" or "jest:5678". */
  owner: string;
  kafka: KafkaState;
  mongo: MongoState;
  /** Present when FerretDB runs with the PostgreSQL handler. */
  postgres?: PostgresState;
}

export const stateFile = (): string => path.join(infraDir(), 'state.json');
export const lockFile = (): string => path.join(infraDir(), 'state.lock');

export function readState(): InfraState | undefined {
  try {
    const s = JSON.parse(fs.readFileSync(stateFile(), 'utf8')) as InfraState;
    return s.schema === 1 ? s : undefined;
  } catch {
    return undefined;
  }
}

export function writeState(s: InfraState): void {
  writeFileAtomic(stateFile(), `${JSON.stringify(s, null, 2)}\n`);
}

export function removeState(): void {
  fs.rmSync(stateFile(), { force: true });
}
