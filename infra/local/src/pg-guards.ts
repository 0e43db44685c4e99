import path from 'node:path';

/**
 * SQL that makes compare-and-set atomic on FerretDB's PostgreSQL backend (ADR 0008): a row
 * trigger on every FerretDB table refuses an update that does not raise the document's `_v`.
 * Part of the deployment contract for FerretDB; other FerretDB deployments run the same file
 * against FerretDB's PostgreSQL database after every upgrade (it is idempotent).
 */
export const MONOTONIC_VERSION_SQL = path.join(__dirname, '..', 'postgres', 'ferretdb-monotonic-version.sql');

/** psql arguments (after the connection arguments) that install the guards. */
export const pgGuardArgs = (): string[] => [
  '-v',
  'ON_ERROR_STOP=1',
  '-c',
  'SET client_min_messages = warning',
  '-f',
  MONOTONIC_VERSION_SQL,
];
