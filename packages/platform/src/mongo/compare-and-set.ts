import type { Db } from 'mongodb';

/**
 * FerretDB's refusal of an update that does not raise `_v` (the PostgreSQL guard of ADR 0008,
 * infra/local/postgres/ferretdb-monotonic-version.sql): another writer got there first with the
 * same or a newer version. FerretDB reports it as InternalError (code 1) carrying our message.
 */
export const isStaleVersionError = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  (error as { code?: unknown }).code === 1 &&
  String((error as { message?: unknown }).message ?? '').includes('liaison_stale_version');

export type CompareAndSetSafety =
  /** MongoDB: a conditional update is one atomic operation. */
  | 'atomic'
  /** FerretDB with the monotonic-`_v` guard installed in its PostgreSQL backend. */
  | 'guarded'
  /** FerretDB without the guard: racing conditional updates all succeed, the last one wins. */
  | 'unguarded';

const PROBE_COLLECTION = 'liaison_cas_probe';

/**
 * Whether `_v`-conditional writes are safe on this server. On FerretDB it proves the guard by
 * trying to lower a probe document's `_v` (the guard must refuse it), so a deployment that
 * forgot the SQL is noticed at start-up rather than by a lost update.
 */
export async function compareAndSetSafety(db: Db): Promise<CompareAndSetSafety> {
  const info = await db.admin().command({ buildInfo: 1 });
  if (!info.ferretdbVersion && !info.ferretdb) return 'atomic';
  const probes = db.collection<{ _id: string; _v: number }>(PROBE_COLLECTION);
  const _id = `probe-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  await probes.insertOne({ _id, _v: 2 });
  try {
    await probes.replaceOne({ _id }, { _v: 1 });
    return 'unguarded';
  } catch (error) {
    if (isStaleVersionError(error)) return 'guarded';
    throw error;
  } finally {
    await probes.deleteOne({ _id }).catch(() => undefined);
  }
}

/**
 * Runs a multi-document `_v`-conditional update (`updateMany({…, _v: {$lt: v}}, {$set: {_v: v, …}})`)
 * until the guard stops refusing it: FerretDB stops at the first refused document, and a retry
 * skips those a racing writer already raised to `v` or beyond (the filter no longer matches them).
 */
export async function retryOnStaleVersion<T>(update: () => Promise<T>, attempts = 10): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await update();
    } catch (error) {
      if (!isStaleVersionError(error) || attempt >= attempts) throw error;
    }
  }
}
