import type { Collection, Document } from 'mongodb';
import { isStaleVersionError } from '../mongo/compare-and-set';
import { isDuplicateKeyError, onlyDuplicateKeyErrors } from '../mongo/errors';

/** A document that carries the version of the source it was computed from. */
export type VersionedDocument = Document & { _id: string; _v: number };

/**
 * Writes `doc` unless a document at the same or a newer `_v` is stored (insert if `upsert` and
 * none is). Returns whether it wrote. Safe under races on MongoDB (atomic conditional update) and
 * on FerretDB with the monotonic-`_v` guard (ADR 0008), which refuses the loser of a race.
 */
export async function replaceIfNewer<Doc extends VersionedDocument>(
  collection: Collection<Doc>,
  doc: Doc,
  upsert: boolean,
): Promise<boolean> {
  try {
    const result = await collection.replaceOne({ _id: doc._id, _v: { $lt: doc._v } } as never, doc, { upsert });
    return result.matchedCount + result.upsertedCount > 0;
  } catch (error) {
    // The guard refused our update: a racing writer stored this or a newer version first.
    if (isStaleVersionError(error)) return false;
    // The upsert's insert collided with a racing insert, which may be older than ours: now that
    // the document exists, replace it if ours is newer.
    if (isDuplicateKeyError(error)) return upsert && replaceIfNewer(collection, doc, false);
    throw error;
  }
}

/**
 * Writes rows derived from a projected document (one per recipient, deadline, target…) unless a
 * row at the same or a newer `_v` is there already, so redelivery, replays and a rebuild beside
 * a live consumer converge. One statement per row, all in flight at once: FerretDB stops a
 * multi-statement update at the first refused statement and stalls on large ones.
 */
export async function upsertNewer<Row extends VersionedDocument>(collection: Collection<Row>, rows: Row[]): Promise<void> {
  await Promise.all(rows.map((row) => replaceIfNewer(collection, row, true)));
}

/**
 * Bulk form for rebuilds: one unordered insert; where a document exists already (a live writer
 * got there first) ours replaces it only if newer, so nothing ever moves backwards.
 */
export async function insertOrNewer<Doc extends VersionedDocument>(collection: Collection<Doc>, docs: Doc[]): Promise<void> {
  if (docs.length === 0) return;
  let conflicted: Doc[] = [];
  try {
    await collection.insertMany(docs as never[], { ordered: false });
  } catch (error) {
    if (!onlyDuplicateKeyErrors(error)) throw error;
    const writeErrors = (error as { writeErrors?: Array<{ index: number }> }).writeErrors ?? [];
    const failed = new Set(writeErrors.map((e) => e.index));
    conflicted = writeErrors.length === 0 ? docs : docs.filter((_, index) => failed.has(index));
  }
  await Promise.all(conflicted.map((doc) => replaceIfNewer(collection, doc, true)));
}

/**
 * Batch form for a live projection batch: rows the caller expects to be new (their document was
 * just created, or its previous version did not have them) go in one `insertMany` (FerretDB: one
 * statement, ~0.2 ms a row, against ~1.4 ms for an upsert, which is a read and a transaction per
 * row); the rest are upserted newer-wins. A wrong guess costs a retry, never a lost or older row.
 */
export async function writeNewerRows<Row extends VersionedDocument>(
  collection: Collection<Row>,
  rows: Row[],
  likelyNew: (row: Row) => boolean,
): Promise<void> {
  const fresh = rows.filter(likelyNew);
  const known = rows.filter((row) => !likelyNew(row));
  await Promise.all([insertOrNewer(collection, fresh), upsertNewer(collection, known)]);
}
