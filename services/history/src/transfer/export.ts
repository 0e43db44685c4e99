import type { Actor } from '@liaison/contracts';
import type { ArchiveFilter } from '../application/archive-filter';
import type { HistoryQueries } from '../application/history-queries';
import { envelopeOf } from '../as-of/as-of';
import { ChainHeads } from './chain-heads';
import { EXPORT_FORMAT, type ExportEventLine, type ExportManifest } from './export-format';

/**
 * A filtered slice of the archive as NDJSON lines, streamed (nothing is held but the counts and
 * chain heads): one line per event the caller may see, in global order, then the manifest.
 */
export async function* exportLines(
  queries: HistoryQueries,
  actor: Actor,
  filter: ArchiveFilter,
  now = () => new Date(),
): AsyncGenerator<string> {
  const chains = new ChainHeads();
  const byContext: Record<string, number> = {};
  const byType: Record<string, number> = {};
  let events = 0;
  for await (const row of queries.scan(actor, filter)) {
    const event = envelopeOf(row);
    const line: ExportEventLine = {
      kind: 'event',
      seq: row.seq!,
      context: row.context,
      source: { topic: row.topic, partition: row.partition, offset: row.offset },
      event,
    };
    chains.add(event);
    byContext[row.context] = (byContext[row.context] ?? 0) + 1;
    byType[row.type] = (byType[row.type] ?? 0) + 1;
    events += 1;
    yield JSON.stringify(line);
  }
  const manifest: ExportManifest = {
    kind: 'manifest',
    format: EXPORT_FORMAT,
    exportedAt: now().toISOString(),
    exportedBy: actor.officerId,
    filter: Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== '')) as Record<string, string>,
    events,
    byContext,
    byType,
    chains: chains.toJSON(),
  };
  yield JSON.stringify(manifest);
}
