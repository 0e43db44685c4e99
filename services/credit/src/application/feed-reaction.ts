import { registryOf } from '@liaison/contracts';
import type { Reaction } from '@liaison/platform';
import type { Collection } from 'mongodb';
import type { Connection } from 'mongoose';
import { entriesFor, evolveSource, type SourceRow } from '../domain/feed';
import type { CreditCommands } from './credit-commands';

/**
 * The feed of credit files (ADR 0027): the leads, operations and evidence topics, each folded
 * into `credit_sources` (subjects and access of every record followed) and turned into entries
 * by the pure `entriesFor`. The entries are recorded before the row is saved, each under a
 * command id derived from its source event, so a redelivery or a crash in between records
 * nothing twice. An evidence recognition needs the lead or operation the item belongs to: its
 * row comes from another topic, normally long consumed (if not yet, the recognition gives no
 * entry — ADR 0027, "What is not built").
 */
export class CreditFeed {
  readonly sources: Collection<SourceRow>;

  constructor(
    connection: Connection,
    private readonly commands: Pick<CreditCommands, 'recordEntry'>,
  ) {
    this.sources = connection.db!.collection<SourceRow>('credit_sources') as unknown as Collection<SourceRow>;
  }

  reactions(topics: { leads: string; operations: string; evidence: string }): Reaction[] {
    const handler: Reaction['handler'] = async ({ event }) => {
      const current = await this.sources.findOne({ _id: event.streamId } as never);
      const row = evolveSource(current as SourceRow | null, event);
      if (!row) return;
      const linked = row.linkedRecordId ? ((await this.sources.findOne({ _id: row.linkedRecordId } as never)) as SourceRow | null) : null;
      for (const entry of entriesFor(event, row, linked)) await this.commands.recordEntry(entry, event.correlationId, event.eventId);
      if (row !== current) await this.sources.replaceOne({ _id: row._id } as never, row, { upsert: true });
    };
    return [
      { name: 'credit-feed-leads', topics: [topics.leads], registry: registryOf('leads'), handler },
      { name: 'credit-feed-operations', topics: [topics.operations], registry: registryOf('operations'), handler },
      { name: 'credit-feed-evidence', topics: [topics.evidence], registry: registryOf('evidence'), handler },
    ];
  }
}
