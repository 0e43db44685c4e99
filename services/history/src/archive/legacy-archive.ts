import { isDuplicateKeyError } from '@liaison/platform';
import type { Collection, Db } from 'mongodb';
import type { ArchiveBucket, ArchivedEventRow, BucketBounds } from './archive-rows';
import { bucketOf } from './archive-rows';

/** Rows moved per bucket when an archive of one document per event is migrated. */
const MIGRATED_PER_BUCKET = 500;

/** One event per document, as archives written before the buckets hold them (`archive_events`). */
interface LegacyRow {
  _id: string;
  seq: number | null;
  body?: string;
}

const decodeLegacy = (stored: LegacyRow): ArchivedEventRow => {
  if (typeof stored.body !== 'string') return stored as unknown as ArchivedEventRow;
  const { body, ...queried } = stored;
  return { ...(JSON.parse(body) as ArchivedEventRow), ...queried } as ArchivedEventRow;
};

/**
 * Moves an archive of one document per event (`archive_events`, numbered by `archive_sequence`
 * reservations) into buckets once, at start-up, keeping every event's number: buckets of
 * MIGRATED_PER_BUCKET rows in number order, each covering from the end of the previous one (so
 * they tile, and numbers a stopped writer reserved stay unused), the last up to the highest
 * reservation. Deterministic, so a migration stopped half-way writes the same buckets again
 * (duplicates are no-ops) before the old collections are dropped.
 */
export async function migrateLegacyArchive(db: Db, buckets: Collection<ArchiveBucket>, bounds: Collection<BucketBounds>): Promise<void> {
  const legacy = db.collection<LegacyRow>('archive_events');
  if ((await legacy.estimatedDocumentCount()) === 0) return;
  const reservations = db.collection<{ _id: number; last: number }>('archive_sequence');
  const reservedUpTo = (await reservations.find({}).toArray()).reduce((max, r) => Math.max(max, r.last), 0);
  let covered = 0;
  let chunk: ArchivedEventRow[] = [];
  const write = async (upTo: number) => {
    if (chunk.length === 0) return;
    const bucket = { ...bucketOf(chunk), _id: covered + 1, last: upTo };
    await insertOnce(buckets, bucket);
    await insertOnce(bounds, { _id: bucket._id, last: bucket.last });
    covered = upTo;
    chunk = [];
  };
  const rows = legacy.find({ seq: { $ne: null } }).sort({ seq: 1 });
  for await (const stored of rows) {
    chunk.push(decodeLegacy(stored));
    if (chunk.length === MIGRATED_PER_BUCKET) await write(chunk.at(-1)!.seq!);
  }
  await write(Math.max(reservedUpTo, chunk.at(-1)?.seq ?? 0));
  for (const name of ['archive_events', 'archive_sequence', 'archive_checkpoints']) await db.dropCollection(name).catch(() => undefined);
}

async function insertOnce<T extends { _id: number }>(collection: Collection<T>, row: T): Promise<void> {
  try {
    await collection.insertOne(row as never);
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
}
