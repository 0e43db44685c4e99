import { type EventEnvelope, type ProposalSourceKind, registryOf } from '@liaison/contracts';
import { type Reaction, retryOnStaleVersion, upsertNewer } from '@liaison/platform';
import type { Collection } from 'mongodb';
import type { Connection } from 'mongoose';
import { evolveStuckItem, type StuckItemRow } from './stuck-items';

/** The stuck-items collection (stuck-items.ts) and the consumers that feed it from the leads, operations and evidence topics. */
export class StuckItems {
  readonly rows: Collection<StuckItemRow>;

  constructor(connection: Connection) {
    this.rows = connection.db!.collection<StuckItemRow>('meeting_stuck_items');
  }

  /** Folds one event of `kind`'s topic into its record's row; `_v`-guarded, so redelivery and concurrent writers move nothing backwards. */
  apply(kind: ProposalSourceKind, event: EventEnvelope): Promise<void> {
    return retryOnStaleVersion(async () => {
      const current = await this.rows.findOne({ _id: event.streamId });
      const next = evolveStuckItem(kind, current, event);
      if (next && next !== current) await upsertNewer(this.rows, [next]);
    });
  }

  /** Every record with an open reason (top-level equality, FerretDB v1); the candidates of a meeting are chosen from these. */
  stuck(): Promise<StuckItemRow[]> {
    return this.rows.find({ stuck: true }).toArray();
  }

  /** One consumer per source topic, each validating with its producer's contract. */
  reactions(topics: Record<ProposalSourceKind, string>): Reaction[] {
    return (Object.keys(topics) as ProposalSourceKind[]).map((kind) => ({
      name: `stuck-items-${kind}`,
      topics: [topics[kind]],
      registry: registryOf(kind === 'lead' ? 'leads' : kind === 'operation' ? 'operations' : 'evidence'),
      handler: ({ event }) => this.apply(kind, event),
    }));
  }
}
