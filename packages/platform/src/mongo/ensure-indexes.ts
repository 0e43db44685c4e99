import type { Collection, CreateIndexesOptions, IndexSpecification } from 'mongodb';

export interface IndexSpec {
  collection: Pick<Collection, 'createIndex'>;
  key: IndexSpecification;
  options?: CreateIndexesOptions;
}

/**
 * Creates indexes one `createIndexes` command per index, one after the other.
 *
 * Why not `collection.createIndexes([a, b, c])`: FerretDB 1.24 (handler/msg_createindexes.go,
 * validateIndexesForCreation) drops an already existing index from its list with
 * `slices.Delete(filtered, i, i+1)`, where `i` indexes the ORIGINAL list. Once an earlier index
 * was dropped the slice is shorter, so on a restart (indexes exist) a command with two or more
 * indexes panics (`slice bounds out of range [:3:1]`), FerretDB closes the connection and the
 * driver fails the start-up with `MongoNetworkError: connection N … closed`; with a mix of new and
 * existing indexes it may instead skip a new one. With one index per command `i` is always 0.
 * Sequential, because FerretDB also mishandles concurrent DDL on one database.
 * Idempotent: an index that exists with the same name and key is a no-op.
 */
export async function ensureIndexes(specs: readonly IndexSpec[]): Promise<void> {
  for (const spec of specs) {
    await spec.collection.createIndex(spec.key, spec.options ?? {});
  }
}
