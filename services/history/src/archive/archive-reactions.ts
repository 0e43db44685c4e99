import { ARCHIVED_CONTEXTS, registryOf } from '@liaison/contracts';
import type { Reaction } from '@liaison/platform';
import type { Archive } from './archive';

/**
 * One consumer group per archived topic (`history.archive-<context>`), each validating and
 * upcasting with the producer's registry, so poison goes to that topic's DLQ like anywhere else
 * (ADR 0007) and a slow topic does not hold up the others. Each fetched batch (one partition's,
 * in offset order) is archived at once; if that fails the runner falls back to one event at a
 * time, so poison is still isolated. Idempotent: an event archived already is recognised
 * (Archive.archiveBatch) and numbered once.
 */
/** 4 MB per partition and fetch (kafkajs' default is 1 MB): ~6,000 events of ~700 bytes. */
export const ARCHIVE_FETCH_BYTES_PER_PARTITION = 4 * 1024 * 1024;

export function archiveReactions(archive: Archive, topicOf: (context: string) => string): Reaction[] {
  return ARCHIVED_CONTEXTS.map((context) => ({
    name: `archive-${context}`,
    topics: [topicOf(context)],
    registry: registryOf(context),
    handler: async ({ event, topic, partition, offset }) => {
      await archive.archive(context, event, { topic, partition, offset });
    },
    // A fetched batch at once, in buckets (ADR 0029, "buckets"); larger fetches mean fewer rounds.
    maxBytesPerPartition: ARCHIVE_FETCH_BYTES_PER_PARTITION,
    batchHandler: async (batch) => {
      await archive.archiveBatch(
        context,
        batch.map(({ event, topic, partition, offset }) => ({ event, source: { topic, partition, offset } })),
      );
    },
  }));
}
