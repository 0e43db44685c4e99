import type { EventEnvelope } from '@liaison/contracts';
import type { Collection, Db, Document } from 'mongodb';
import type { Connection } from 'mongoose';
import type { EventStore } from '../eventstore';
import { isStaleVersionError } from '../mongo/compare-and-set';
import { ensureIndexes } from '../mongo/ensure-indexes';
import { isDuplicateKeyError, onlyDuplicateKeyErrors } from '../mongo/errors';
import { eventsToFold, freshOutcomes, groupByStream, planStream } from './batch-plan';
import { DocumentCache } from './document-cache';
import { insertOrNewer, upsertNewer, type VersionedDocument, writeNewerRows } from './derived-rows';
import { generationCollectionName, ProjectionGenerations, writeGenerations } from './generations';
import { rebuildLive, type RebuildOptions, type RebuildResult } from './live-rebuild';

/** A read model with one document per stream, folded from that stream's events. */
export interface ProjectionDefinition<Doc extends Document> {
  /** Also the collection name. */
  name: string;
  /** Which streams feed it, e.g. `lead-`. Events of other streams are ignored. */
  streamPrefix: string;
  /** Pure: the document after `event`; `current` is null before the stream's first event. */
  evolve(current: Doc | null, event: EventEnvelope): Doc;
}

export type ProjectedDocument<Doc> = Doc & { _id: string; _v: number };

export type ApplyOutcome = 'applied' | 'already-applied' | 'ignored' | 'gap-filled';

export interface RebuildProgress {
  events: number;
  streams: number;
}

/** Rows computed from the projected document after every event (inbox rows, deadlines, …). */
export interface DerivedRowSet<Doc> {
  /** The collection's (logical) name. */
  collection: string;
  /** Pure; every row carries the document's `_v`. */
  rows(doc: ProjectedDocument<Doc>): VersionedDocument[];
}

export interface ProjectionIndex {
  /** The projection's name or a row set's collection. */
  collection: string;
  key: Record<string, 1 | -1>;
}

export interface MongoProjectionOptions<Doc> {
  rows?: DerivedRowSet<Doc>[];
  /** Created on every generation (the live one at `init`, a rebuild's shadow before it fills). */
  indexes?: ProjectionIndex[];
  /** How often the generation pointer is re-read; the same in every process (see generations.ts). */
  generationRefreshMs?: number;
  /** Documents kept in memory to fold the next event onto without reading it back (see document-cache.ts); 0 turns it off. */
  cacheSize?: number;
}

export const DEFAULT_PROJECTION_CACHE_SIZE = 10_000;

/**
 * Keeps a read model exactly in step with the store, whatever order and multiplicity Kafka
 * delivers in: each document carries `_v`, the last version applied; an event at or below it is
 * ignored, and an event beyond `_v + 1` first pulls the missing events from the store, so the
 * projection never skips. Writes are conditional on `_v` (optimistic), safe under races on
 * MongoDB and on FerretDB with the monotonic-`_v` guard (ADR 0008), so a live consumer and a
 * rebuild, or two consumers, can run at once and still converge.
 *
 * The document collection and its derived-row collections live in generations (ADR 0008): readers
 * see the active one through `collection` / `rowCollection`, which resolve it on every call, and
 * `rebuild` fills a shadow generation while the live one keeps serving and consuming.
 */
export class MongoProjection<Doc extends Document> {
  readonly generations: ProjectionGenerations;
  private readonly db: Db;
  private readonly rowSets: DerivedRowSet<Doc>[];
  private readonly views = new Map<string, Collection<Document>>();
  private readonly cache: DocumentCache<ProjectedDocument<Doc>>;

  constructor(
    connection: Connection,
    private readonly definition: ProjectionDefinition<Doc>,
    private readonly gapSource: Pick<EventStore, 'readStream'>,
    private readonly options: MongoProjectionOptions<Doc> = {},
  ) {
    this.db = connection.db!;
    this.rowSets = options.rows ?? [];
    this.cache = new DocumentCache(options.cacheSize ?? DEFAULT_PROJECTION_CACHE_SIZE);
    this.generations = new ProjectionGenerations(this.db, definition.name, options.generationRefreshMs);
    // Load the pointer now, so synchronous readers resolve the right generation as early as possible.
    void this.generations.reload().catch(() => undefined);
  }

  get name(): string {
    return this.definition.name;
  }

  /** The logical collections of a generation: the documents, then each row set. */
  get collectionNames(): string[] {
    return [this.definition.name, ...this.rowSets.map((set) => set.collection)];
  }

  /** Which streams feed it (a rebuild scans only these). */
  get streamPrefix(): string {
    return this.definition.streamPrefix;
  }

  /** The live document collection (resolved to the active generation on every call). */
  get collection(): Collection<ProjectedDocument<Doc>> {
    return this.view(this.definition.name) as unknown as Collection<ProjectedDocument<Doc>>;
  }

  /** A live derived-row collection (resolved to the active generation on every call). */
  rowCollection<Row extends Document>(logical: string): Collection<Row> {
    if (!this.rowSets.some((set) => set.collection === logical)) throw new Error(`projection ${this.name} has no row set ${logical}`);
    return this.view(logical) as unknown as Collection<Row>;
  }

  /** Loads the generation pointer and creates the indexes of the active generation. */
  async init(
    onIndexError: (error: unknown) => void = (error) => {
      throw error;
    },
  ): Promise<void> {
    const state = await this.generations.reload();
    await this.indexGeneration(state.active, onIndexError);
  }

  async get(streamId: string): Promise<ProjectedDocument<Doc> | null> {
    const { active } = await this.generations.current();
    return (await this.documents(active).findOne({ _id: streamId } as never)) as ProjectedDocument<Doc> | null;
  }

  /**
   * Applies one event to every generation writers keep (normally just the active one): the
   * document (read, fold, conditional write: two round trips), then its derived rows, one
   * statement per row, all at once. Rows are rewritten also when the event was applied already,
   * which repairs a crash between the document and its rows. During a rebuild the newer
   * generation is written first, so it always holds at least what the older one holds and a
   * reader moving to it never sees a shorter list.
   */
  async apply(event: EventEnvelope): Promise<ApplyOutcome> {
    if (!event.streamId.startsWith(this.definition.streamPrefix)) return 'ignored';
    const state = await this.generations.current();
    let outcome: ApplyOutcome = 'already-applied';
    for (const generation of writeGenerations(state).sort((a, b) => b - a)) {
      const result = await this.applyTo(generation, event);
      if (result.doc) await this.writeRows(generation, result.doc);
      if (generation === state.active) outcome = result.outcome;
    }
    return outcome;
  }

  /**
   * Applies a batch of events (a fetched Kafka batch of one partition) with one read per
   * document, one write per document and one write per derived row, however many of the
   * batch's events touch it (ADR 0006, "per-batch projection"). The same guarantees as `apply`
   * event by event: versions at or below `_v` are skipped, missing versions come from the store
   * first, writes are guarded by `_v` (a lost race re-reads that stream alone through the
   * single-event path), rows are rewritten also for documents that had everything already
   * (repairs a crash between document and rows), and the newer generation is written first.
   * Returns each event's outcome in the active generation, in input order. Throws if any stream
   * fails; what was written stays (every write is idempotent), so the caller may retry or fall
   * back to `apply` per event.
   */
  async applyBatch(events: EventEnvelope[]): Promise<ApplyOutcome[]> {
    const mine = events.filter((event) => event.streamId.startsWith(this.definition.streamPrefix));
    const outcomes = new Map<string, ApplyOutcome>();
    if (mine.length > 0) {
      const streams = groupByStream(mine);
      const state = await this.generations.current();
      for (const generation of writeGenerations(state).sort((a, b) => b - a)) {
        const result = await this.applyBatchTo(generation, streams);
        if (generation === state.active) for (const [key, outcome] of result) outcomes.set(key, outcome);
      }
    }
    return events.map((event) =>
      event.streamId.startsWith(this.definition.streamPrefix)
        ? (outcomes.get(`${event.streamId}@${event.version}`) ?? 'already-applied')
        : 'ignored',
    );
  }

  /** One generation: streams in chunks (bounds what is in flight), each chunk read, folded and written at once. */
  private async applyBatchTo(generation: number, streams: Map<string, EventEnvelope[]>): Promise<Map<string, ApplyOutcome>> {
    const outcomes = new Map<string, ApplyOutcome>();
    const entries = [...streams];
    for (let i = 0; i < entries.length; i += BATCH_STREAMS) {
      const chunk = entries.slice(i, i + BATCH_STREAMS);
      // Cached, or `_id` equality per document, all in flight: FerretDB runs `$in` in Go over the whole collection.
      const currents = await Promise.all(chunk.map(([streamId, batch]) => this.currentOf(generation, streamId, batch[0]!.version, 1)));
      const planned = await Promise.all(
        chunk.map(async ([streamId, batch], index) => {
          const current = currents[index]!;
          const appliedVersion = current?._v ?? 0;
          const plan = planStream(appliedVersion, batch);
          if (plan.fresh.length === 0) return { streamId, current, next: null, plan, appliedVersion };
          const fromStore = plan.gap ? await this.gapSource.readStream(streamId, plan.gap) : null;
          const next = this.fold(current, eventsToFold(plan, fromStore, `projection ${this.name}: ${streamId}`));
          return { streamId, current, next, plan, appliedVersion };
        }),
      );
      const created = planned.filter((p) => p.next && !p.current);
      const replaced = planned.filter((p) => p.next && p.current);
      const lost = new Set<string>();
      await Promise.all([
        this.insertNew(
          generation,
          created.map((p) => p.next!),
        ).then((refused) => refused.forEach((id) => lost.add(id))),
        ...replaced.map(async (p) => {
          if (!(await this.write(generation, p.current, p.next!))) lost.add(p.streamId);
        }),
      ]);
      const written: WrittenDocument<Doc>[] = [];
      await Promise.all(
        planned.map(async (p) => {
          if (lost.has(p.streamId)) {
            // A racing writer moved this document: the single-event path re-reads and re-folds it.
            const last = streams.get(p.streamId)!.at(-1)!;
            const retried = await this.applyTo(generation, last);
            for (const event of p.plan.fresh) outcomes.set(`${p.streamId}@${event.version}`, retried.outcome);
            if (retried.doc) written.push({ doc: retried.doc, previous: 'unknown' });
            return;
          }
          const fresh = freshOutcomes(p.plan, p.appliedVersion);
          for (const [version, outcome] of fresh) outcomes.set(`${p.streamId}@${version}`, outcome);
          const doc = p.next ?? p.current;
          if (doc) written.push({ doc, previous: p.current });
        }),
      );
      await this.writeRowsBatch(generation, written);
    }
    return outcomes;
  }

  /** New documents in one `insertMany`; returns the ids a racing writer inserted first. */
  private async insertNew(generation: number, docs: ProjectedDocument<Doc>[]): Promise<string[]> {
    if (docs.length === 0) return [];
    if (docs.length === 1) return (await this.write(generation, null, docs[0]!)) ? [] : [docs[0]!._id];
    try {
      await this.documents(generation).insertMany(docs as never[], { ordered: false });
      for (const doc of docs) this.cache.set(generation, doc);
      return [];
    } catch (error) {
      if (!onlyDuplicateKeyErrors(error)) throw error;
      const writeErrors = (error as { writeErrors?: Array<{ index: number }> }).writeErrors ?? [];
      // Without per-document errors, treat every one as contended: the retry path re-reads each.
      const refused = writeErrors.length === 0 ? docs.map((doc) => doc._id) : writeErrors.map((e) => docs[e.index]!._id);
      for (const doc of docs) if (refused.includes(doc._id)) this.cache.forget(generation, doc._id);
      return refused;
    }
  }

  /**
   * Every row set once for the batch's documents: a row the document's previous version did not
   * produce (or every row of a new document) is most likely new and inserted in bulk; the rest
   * are upserted newer-wins.
   */
  private async writeRowsBatch(generation: number, written: WrittenDocument<Doc>[]): Promise<void> {
    if (written.length === 0) return;
    await Promise.all(
      this.rowSets.map((set) => {
        const known = new Set<string>();
        const rows: VersionedDocument[] = [];
        for (const { doc, previous } of written) {
          rows.push(...set.rows(doc));
          // Unknown history: assume every row exists (an upsert is right either way).
          const before = previous === 'unknown' ? doc : previous;
          if (before) for (const row of set.rows(before)) known.add(row._id);
        }
        return writeNewerRows(
          this.db.collection<VersionedDocument>(generationCollectionName(set.collection, generation)),
          rows,
          (row) => !known.has(row._id),
        );
      }),
    );
  }

  /**
   * Rebuilds from an ordered source (the store's scan, or Kafka from offset 0) into a shadow
   * generation while the live one keeps serving and consuming, catches the shadow up with what
   * happened meanwhile, verifies it, and switches readers over (see live-rebuild.ts).
   */
  rebuild(
    source: AsyncIterable<EventEnvelope[]>,
    onProgress?: (progress: RebuildProgress) => void,
    options: RebuildOptions = {},
  ): Promise<RebuildResult> {
    return rebuildLive(this.rebuildTarget(), source, onProgress, options);
  }

  private rebuildTarget() {
    return {
      name: this.name,
      streamPrefix: this.definition.streamPrefix,
      generations: this.generations,
      collections: [this.definition.name, ...this.rowSets.map((set) => set.collection)],
      db: this.db,
      documents: (generation: number) => this.documents(generation),
      fold: (current: ProjectedDocument<Doc> | null, events: EventEnvelope[]) => this.fold(current, events),
      // Best effort, as at init: an index is an optimisation.
      indexGeneration: (generation: number) => this.indexGeneration(generation, () => undefined),
      writeBatch: async (generation: number, docs: ProjectedDocument<Doc>[]) => {
        await insertOrNewer(this.documents(generation) as unknown as Collection<VersionedDocument>, docs as VersionedDocument[]);
        await Promise.all(
          this.rowSets.map((set) =>
            insertOrNewer(
              this.db.collection<VersionedDocument>(generationCollectionName(set.collection, generation)),
              docs.flatMap((doc) => set.rows(doc)),
            ),
          ),
        );
      },
      catchUp: (generation: number, streamId: string) => this.catchUp(generation, streamId),
    };
  }

  /** Brings one stream of `generation` up to the store's head (rebuild catch-up). */
  private async catchUp(generation: number, streamId: string): Promise<number> {
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      const current = (await this.documents(generation).findOne({ _id: streamId } as never)) as ProjectedDocument<Doc> | null;
      const fromVersion = (current?._v ?? 0) + 1;
      const events = await this.gapSource.readStream(streamId, { fromVersion });
      if (events.length === 0) return current?._v ?? 0;
      if (!events.every((e, i) => e.version === fromVersion + i))
        throw new Error(`projection ${this.name}: store lacks ${streamId} v${fromVersion}`);
      const next = this.fold(current, events);
      if (await this.write(generation, current, next)) {
        await this.writeRows(generation, next);
        return next._v;
      }
    }
    throw new Error(`projection ${this.name}: too much contention on ${streamId}`);
  }

  private async applyTo(generation: number, event: EventEnvelope): Promise<{ outcome: ApplyOutcome; doc: ProjectedDocument<Doc> | null }> {
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      const current = await this.currentOf(generation, event.streamId, event.version, attempt);
      const appliedVersion = current?._v ?? 0;
      if (event.version <= appliedVersion) return { outcome: 'already-applied', doc: current };
      const events = event.version === appliedVersion + 1 ? [event] : await this.fillGap(event, appliedVersion);
      const next = this.fold(current, events);
      if (await this.write(generation, current, next)) return { outcome: events.length > 1 ? 'gap-filled' : 'applied', doc: next };
    }
    throw new Error(`projection ${this.name}: too much contention on ${event.streamId}`);
  }

  /**
   * The document to fold onto: on a first attempt the cached one, or none at all for a stream's
   * first version (a wrong guess only costs the insert's duplicate key and a second attempt);
   * otherwise, and on every retry, the stored one.
   */
  private async currentOf(generation: number, streamId: string, version: number, attempt: number): Promise<ProjectedDocument<Doc> | null> {
    if (attempt === 1) {
      const cached = this.cache.get(generation, streamId);
      if (cached) return cached;
      if (version === 1) return null;
    }
    const current = (await this.documents(generation).findOne({ _id: streamId } as never)) as ProjectedDocument<Doc> | null;
    if (current) this.cache.set(generation, current);
    return current;
  }

  private async writeRows(generation: number, doc: ProjectedDocument<Doc>): Promise<void> {
    await Promise.all(
      this.rowSets.map((set) =>
        upsertNewer(this.db.collection<VersionedDocument>(generationCollectionName(set.collection, generation)), set.rows(doc)),
      ),
    );
  }

  private async fillGap(event: EventEnvelope, appliedVersion: number): Promise<EventEnvelope[]> {
    const missing = await this.gapSource.readStream(event.streamId, { fromVersion: appliedVersion + 1, toVersion: event.version });
    const contiguous = missing.every((e, i) => e.version === appliedVersion + 1 + i) && missing.at(-1)?.version === event.version;
    if (!contiguous) throw new Error(`projection ${this.name}: store lacks ${event.streamId} v${appliedVersion + 1}..${event.version}`);
    return missing;
  }

  private fold(current: ProjectedDocument<Doc> | null, events: EventEnvelope[]): ProjectedDocument<Doc> {
    let doc: Doc | null = current ? stripMeta(current) : null;
    for (const event of events) doc = this.definition.evolve(doc, event);
    return { ...(doc as Doc), _id: events.at(-1)!.streamId, _v: events.at(-1)!.version };
  }

  /**
   * Replace only if nobody moved `_v` since we read it; insert only if nobody inserted first.
   * A refusal by the FerretDB guard is a lost race like a non-match: the caller re-reads.
   */
  private async write(generation: number, current: ProjectedDocument<Doc> | null, next: ProjectedDocument<Doc>): Promise<boolean> {
    const documents = this.documents(generation);
    let written = false;
    try {
      if (current) written = (await documents.replaceOne({ _id: current._id, _v: current._v } as never, next)).matchedCount === 1;
      else {
        await documents.insertOne(next as never);
        written = true;
      }
    } catch (error) {
      if (!isDuplicateKeyError(error) && !isStaleVersionError(error)) {
        this.cache.forget(generation, next._id);
        throw error;
      }
    }
    if (written) this.cache.set(generation, next);
    else this.cache.forget(generation, next._id);
    return written;
  }

  private documents(generation: number): Collection<ProjectedDocument<Doc>> {
    return this.db.collection<ProjectedDocument<Doc>>(generationCollectionName(this.definition.name, generation));
  }

  /** One index per command, in turn (see ensureIndexes); a failure goes to `onError` and the rest are still tried. */
  private async indexGeneration(generation: number, onError: (error: unknown) => void): Promise<void> {
    for (const index of this.options.indexes ?? []) {
      try {
        await ensureIndexes([{ collection: this.db.collection(generationCollectionName(index.collection, generation)), key: index.key }]);
      } catch (error) {
        onError(error);
      }
    }
  }

  /** A stable handle whose every call goes to the active generation's collection. */
  private view(logical: string): Collection<Document> {
    let view = this.views.get(logical);
    if (!view) {
      const resolve = () => this.db.collection(generationCollectionName(logical, this.generations.peek().active));
      view = new Proxy({} as Collection<Document>, {
        get(_target, property) {
          const target = resolve() as unknown as Record<PropertyKey, unknown>;
          const value = target[property];
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      });
      this.views.set(logical, view);
    }
    return view;
  }
}

/** A document a batch wrote or found current, and the version before it: null if it was new, 'unknown' after a race. */
interface WrittenDocument<Doc> {
  doc: ProjectedDocument<Doc>;
  previous: ProjectedDocument<Doc> | null | 'unknown';
}

/** Streams read and written at once per step of a batch. */
const BATCH_STREAMS = 100;

function stripMeta<Doc>(doc: ProjectedDocument<Doc>): Doc {
  const { _id, _v, ...rest } = doc;
  return rest as unknown as Doc;
}
