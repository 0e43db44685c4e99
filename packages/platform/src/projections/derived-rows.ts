import type { Collection, Document } from 'mongodb';
import { isDuplicateKeyError } from '../mongo/errors';

/**
 * Writes rows derived from a projected document (one per recipient, deadline, target…) unless a
 * row at the same or a newer `_v` is there already, so redelivery, replays and a rebuild beside
 * a live consumer converge. One statement per row: FerretDB stalls on large multi-statement
 * updates (see MongoProjection.writeMany).
 */
export async function upsertNewer<Row extends Document & { _id: string; _v: number }>(collection: Collection<Row>, rows: Row[]): Promise<void> {
  for (const row of rows) {
    try {
      await collection.replaceOne({ _id: row._id, _v: { $lt: row._v } } as never, row, { upsert: true });
    } catch (error) {
      // A row at this or a newer version exists already: the upsert's insert collided with it.
      if (!isDuplicateKeyError(error)) throw error;
    }
  }
}
