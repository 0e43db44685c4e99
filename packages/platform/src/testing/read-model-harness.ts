import type { DomainEvent, EventEnvelope } from '@liaison/contracts';
import type { Document } from 'mongodb';
import type { DerivedRowSet, ProjectedDocument, ProjectionDefinition } from '../projections';
import { toEnvelopes, type SpecificationOptions } from './decider-specification';

/**
 * A projection definition applied in memory, as MongoProjection applies it to the database: one
 * document per stream (`_id` = stream id, `_v` = last version applied), events at or below `_v`
 * ignored, events of other streams' prefixes ignored, derived rows upserted by `_id` after each
 * event (never deleted, as in the database).
 * For unit tests of a read model's shape without a server; the version guards and gap filling of
 * the real projection are covered by its integration tests.
 */
export class ReadModelHarness<Doc extends Document> {
  private readonly documents = new Map<string, ProjectedDocument<Doc>>();
  private readonly rows = new Map<string, Map<string, Document>>();

  constructor(
    private readonly definition: ProjectionDefinition<Doc>,
    private readonly rowSets: DerivedRowSet<Doc>[] = [],
  ) {}

  /** Applies envelopes in order; returns this for chaining. */
  apply(...events: EventEnvelope[]): this {
    for (const event of events) {
      if (!event.streamId.startsWith(this.definition.streamPrefix)) continue;
      const current = this.documents.get(event.streamId) ?? null;
      if (current && event.version <= current._v) continue;
      const { _id: _ignored, _v: _version, ...previous } = current ?? ({} as ProjectedDocument<Doc>);
      const next = this.definition.evolve(current ? (previous as unknown as Doc) : null, event);
      const doc = { ...next, _id: event.streamId, _v: event.version } as ProjectedDocument<Doc>;
      this.documents.set(event.streamId, doc);
      for (const set of this.rowSets) {
        const table = this.rows.get(set.collection) ?? new Map<string, Document>();
        for (const row of set.rows(doc)) table.set(String(row._id), row);
        this.rows.set(set.collection, table);
      }
    }
    return this;
  }

  /** Wraps decided events of one stream in envelopes (versions after what the stream holds) and applies them. */
  applyEvents(streamId: string, events: DomainEvent[], options: SpecificationOptions = {}): this {
    const fromVersion = this.documents.get(streamId)?._v ?? 0;
    return this.apply(...toEnvelopes(events, { ...options, streamId, fromVersion }));
  }

  document(streamId: string): ProjectedDocument<Doc> | undefined {
    return this.documents.get(streamId);
  }

  all(): ProjectedDocument<Doc>[] {
    return [...this.documents.values()];
  }

  /** The derived rows of one row set, e.g. `lead_inbox`. */
  rowsOf(collection: string): Document[] {
    return [...(this.rows.get(collection)?.values() ?? [])];
  }
}
