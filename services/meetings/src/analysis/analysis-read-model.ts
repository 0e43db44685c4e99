import { type EventEnvelope, registryOf } from '@liaison/contracts';
import { ensureIndexes, type Reaction, retryOnStaleVersion, upsertNewer } from '@liaison/platform';
import type { Collection } from 'mongodb';
import type { Connection } from 'mongoose';
import { type AnalysisRecordRow, type BreachRow, foldBreach, RECORD_FOLDS } from './record-folds';
import type { AnalysisContext } from './situation';

/**
 * The analysis projections of the meetings service: `analysis_records` (one small row per lead,
 * operation and evidence item: category, jurisdiction, owner unit, status, created, access) and
 * `analysis_breaches` (one row per breach recorded on the leads and operations topics, explained
 * or not). Fed by Kafka from the other contexts' topics, validated with their own registries —
 * never by reading their databases. Rows are `_v`-guarded by the record's stream version, so
 * redelivery and replays converge.
 */
export class AnalysisReadModel {
  readonly records: Collection<AnalysisRecordRow>;
  readonly breaches: Collection<BreachRow>;

  constructor(connection: Connection) {
    this.records = connection.db!.collection<AnalysisRecordRow>('analysis_records');
    this.breaches = connection.db!.collection<BreachRow>('analysis_breaches');
  }

  init(): Promise<void> {
    return ensureIndexes([
      { collection: this.records, key: { context: 1 } },
      { collection: this.breaches, key: { unitId: 1 } },
    ]);
  }

  async apply(context: AnalysisContext, event: EventEnvelope): Promise<void> {
    await retryOnStaleVersion(async () => {
      const current = await this.records.findOne({ _id: event.streamId });
      const next = RECORD_FOLDS[context](current, event);
      if (next && next !== current) await upsertNewer(this.records, [next]);
    });
    if (context === 'evidence') return;
    const byId = new Map<string, BreachRow | null>();
    if (event.type === 'BreachExplained') {
      const all = await this.breaches.find({ recordId: event.streamId }).toArray();
      for (const row of all) byId.set(row._id, row);
    }
    const breach = foldBreach(context, (id) => byId.get(id) ?? null, event);
    if (breach) await retryOnStaleVersion(() => upsertNewer(this.breaches, [breach]));
  }
}

/** One reaction per followed topic (consumer group `<service>.analysis-<context>`). */
export function analysisReactions(readModel: AnalysisReadModel, topicOf: (context: string) => string): Reaction[] {
  return (['leads', 'operations', 'evidence'] as const).map((context) => ({
    name: `analysis-${context}`,
    topics: [topicOf(context)],
    registry: registryOf(context),
    handler: ({ event }: { event: EventEnvelope }) => readModel.apply(context, event),
  }));
}
