import { isDeepStrictEqual } from 'node:util';
import type { EventEnvelope } from '@liaison/contracts';
import type { Collection, Db, Document } from 'mongodb';
import { generationCollectionName, type ProjectionGenerations } from './generations';
import type { ProjectedDocument, RebuildProgress } from './mongo-projection';

export interface RebuildOptions {
  /** Start even though the pointer says another rebuild is under way (it crashed): its shadow is dropped. */
  takeOver?: boolean;
  /** How long each step waits for every process to see a pointer change; default 2 × refresh + 250 ms. */
  settleMs?: number;
  /** Told when the rebuild moves on to its next step (for progress displays). */
  onPhase?: (phase: RebuildPhase) => void;
}

export type RebuildPhase = 'scanning' | 'catching-up' | 'comparing' | 'switching' | 'done';

/**
 * The rebuilt generation set against the live one just before readers switch, collection by
 * collection (documents, then each row set), walked in `_id` order: a row at the same `_v` in both
 * must be deep-equal; a newer one in the rebuild is a live write that reached the shadow first.
 */
export interface CollectionComparison {
  collection: string;
  live: number;
  rebuilt: number;
  identical: number;
  /** Same `_id` and `_v`, different content: the live incremental path and a fold from scratch disagree. */
  differing: string[];
  /** Rows the rebuild holds at a newer `_v` than live (written meanwhile). */
  newer: number;
  /** In live, not in the rebuild (and not reproduced by the store). */
  missing: string[];
  /** In the rebuild, not in live (arrived meanwhile). */
  extra: number;
}

export interface RebuildResult extends RebuildProgress {
  /** The generation readers now use. */
  generation: number;
  /** Streams the shadow had to catch up with after the scan (events that arrived meanwhile). */
  caughtUp: number;
  /** Live documents the store cannot reproduce (ahead of their stream, or of no stream): not carried over. */
  discarded: string[];
  /** The rebuilt view against the live one, before the switch. */
  comparison: CollectionComparison[];
}

/** What a live rebuild needs from the projection (kept narrow so the steps read on their own). */
export interface RebuildTarget<Doc> {
  name: string;
  streamPrefix: string;
  generations: ProjectionGenerations;
  /** Logical names of every collection in a generation: the documents first, then the row sets. */
  collections: string[];
  db: Db;
  documents(generation: number): Collection<ProjectedDocument<Doc>>;
  fold(current: ProjectedDocument<Doc> | null, events: EventEnvelope[]): ProjectedDocument<Doc>;
  indexGeneration(generation: number): Promise<void>;
  /** Inserts rebuilt documents and their rows; where a live writer got there first, newer wins. */
  writeBatch(generation: number, docs: ProjectedDocument<Doc>[]): Promise<void>;
  /** Folds whatever the store has beyond the generation's document of `streamId`; returns its `_v` after. */
  catchUp(generation: number, streamId: string): Promise<number>;
}

const BATCH = 500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The live-safe rebuild (ADR 0008):
 * 1. the pointer names a shadow generation `building`; every writer (after its next refresh)
 *    applies each event to the active generation and to the shadow;
 * 2. the ordered source is folded into the shadow, newer-wins against those live writes;
 * 3. once every writer has seen the shadow, each stream whose live document is ahead of the
 *    shadow (written before a writer noticed) is caught up from the store, and the shadow is
 *    verified: every live document is there at the same or a newer version, except documents
 *    the store cannot reproduce, which are reported as discarded;
 * 4. the pointer makes the shadow active and the old generation `retiring` (still written, so a
 *    reader that has not refreshed yet reads current data), then retires and drops it.
 * Readers never see an empty or partial list, and reactions, which read the active generation,
 * miss nothing.
 */
export async function rebuildLive<Doc>(
  target: RebuildTarget<Doc>,
  source: AsyncIterable<EventEnvelope[]>,
  onProgress: ((progress: RebuildProgress) => void) | undefined,
  options: RebuildOptions,
): Promise<RebuildResult> {
  const { generations } = target;
  const settle = () => sleep(options.settleMs ?? 2 * generations.refreshMs + 250);
  let state = await generations.reload();
  if (state.building !== null && !options.takeOver) {
    throw new Error(`read model ${target.name}: a rebuild into generation ${state.building} is under way (pass takeOver if it crashed)`);
  }
  if (state.retiring !== null || state.building !== null) {
    // Leftovers of an interrupted rebuild: stop writing them, then drop them.
    const leftovers = [state.retiring, state.building].filter((g): g is number => g !== null);
    state = await generations.transition(state, { active: state.active, building: null, retiring: null });
    await settle();
    for (const generation of leftovers) await drop(target, generation);
  }
  const shadow = Math.max(state.active, state.building ?? 0, state.retiring ?? 0) + 1;
  await drop(target, shadow);
  await target.indexGeneration(shadow);
  state = await generations.transition(state, { active: state.active, building: shadow, retiring: null });
  const live = state.active;
  try {
    options.onPhase?.('scanning');
    const progress = await scanInto(target, shadow, source, onProgress);
    await settle();
    options.onPhase?.('catching-up');
    const { caughtUp, discarded } = await catchUp(target, live, shadow);
    options.onPhase?.('comparing');
    const comparison: CollectionComparison[] = [];
    for (const logical of target.collections) comparison.push(await compareCollection(target.db, logical, live, shadow));
    options.onPhase?.('switching');
    state = await generations.transition(state, { active: shadow, building: null, retiring: live });
    await settle();
    state = await generations.transition(state, { active: shadow, building: null, retiring: null });
    await settle();
    await drop(target, live);
    options.onPhase?.('done');
    return { ...progress, generation: shadow, caughtUp, discarded, comparison };
  } catch (error) {
    // Readers still use the live generation; give the shadow up so the next rebuild can start.
    const now = await generations.reload();
    if (now.building === shadow) {
      await generations.transition(now, { active: now.active, building: null, retiring: null }).catch(() => undefined);
      await settle();
      await drop(target, shadow).catch(() => undefined);
    }
    throw error;
  }
}

/** Streams arrive in (streamId, version) order, so each document is folded in memory and written once. */
async function scanInto<Doc>(
  target: RebuildTarget<Doc>,
  shadow: number,
  source: AsyncIterable<EventEnvelope[]>,
  onProgress?: (progress: RebuildProgress) => void,
): Promise<RebuildProgress> {
  const progress: RebuildProgress = { events: 0, streams: 0 };
  let pending: ProjectedDocument<Doc>[] = [];
  let current: ProjectedDocument<Doc> | null = null;
  for await (const batch of source) {
    for (const event of batch) {
      if (!event.streamId.startsWith(target.streamPrefix)) continue;
      if (current && current._id !== event.streamId) {
        pending.push(current);
        current = null;
      }
      if (current && event.version !== current._v + 1) {
        throw new Error(`projection ${target.name}: rebuild source skipped ${event.streamId} v${current._v + 1}`);
      }
      current = target.fold(current, [event]);
      progress.events += 1;
    }
    if (pending.length >= BATCH) {
      progress.streams += pending.length;
      await target.writeBatch(shadow, pending);
      pending = [];
      onProgress?.({ ...progress });
    }
  }
  if (current) pending.push(current);
  progress.streams += pending.length;
  await target.writeBatch(shadow, pending);
  onProgress?.({ ...progress });
  return progress;
}

/**
 * Every writer now writes the shadow too, so what can still be missing is what was applied to
 * the live generation by a writer that had not seen the shadow yet: find each stream whose live
 * document is ahead and fold the store's events into the shadow. A second pass verifies (and
 * catches up writes that landed between its two reads). A live document the store cannot
 * reproduce (ahead of its stream, or of no stream) was wrong: the rebuild leaves it behind.
 */
async function catchUp<Doc>(target: RebuildTarget<Doc>, live: number, shadow: number): Promise<{ caughtUp: number; discarded: string[] }> {
  const caughtUp = new Set<string>();
  const discarded = new Set<string>();
  for (let pass = 1; pass <= 2; pass += 1) {
    for (const [streamId, liveVersion] of await laggingStreams(target, live, shadow)) {
      if (discarded.has(streamId)) continue;
      if ((await target.catchUp(shadow, streamId)) < liveVersion) discarded.add(streamId);
      else caughtUp.add(streamId);
    }
  }
  return { caughtUp: caughtUp.size, discarded: [...discarded] };
}

async function laggingStreams<Doc>(target: RebuildTarget<Doc>, live: number, shadow: number): Promise<Array<[string, number]>> {
  const versions = async (generation: number) => {
    const map = new Map<string, number>();
    for await (const doc of target.documents(generation).find({}, { projection: { _v: 1 } })) map.set(String(doc._id), doc._v);
    return map;
  };
  // Shadow first: a live write landing between the two reads then shows as lagging (harmless,
  // caught up again), never the other way round.
  const rebuilt = await versions(shadow);
  const lagging: Array<[string, number]> = [];
  for (const [id, version] of await versions(live)) if ((rebuilt.get(id) ?? 0) < version) lagging.push([id, version]);
  return lagging;
}

const MAX_NAMED = 20;

/** Both generations of one collection in `_id` order, side by side (memory stays flat). */
async function compareCollection(db: Db, logical: string, live: number, shadow: number): Promise<CollectionComparison> {
  const result: CollectionComparison = {
    collection: logical,
    live: 0,
    rebuilt: 0,
    identical: 0,
    differing: [],
    newer: 0,
    missing: [],
    extra: 0,
  };
  const name = (note: string[], id: string) => note.length < MAX_NAMED && note.push(id);
  const open = (generation: number): AsyncIterator<Document> =>
    db.collection(generationCollectionName(logical, generation)).find({}).sort({ _id: 1 })[Symbol.asyncIterator]();
  const rebuilt = db.collection(generationCollectionName(logical, shadow));
  const liveRows = open(live);
  const shadowRows = open(shadow);
  let a: IteratorResult<Document> = await liveRows.next();
  let b: IteratorResult<Document> = await shadowRows.next();
  // Rows that looked different or missing in the pass: a live write may have been between its
  // two writes (live, then shadow) at that moment. They are judged again once it has landed.
  const suspects: unknown[] = [];
  const suspect = (id: unknown, note: string[]) => (suspects.length < MAX_SUSPECTS ? suspects.push(id) : name(note, String(id)));
  const judge = async (liveRow: Document, shadowRow: Document) => {
    let other = shadowRow;
    // A live write that landed after the shadow's row was read: its shadow copy was written first, re-read it.
    if ((other._v as number) < (liveRow._v as number)) other = (await rebuilt.findOne({ _id: liveRow._id })) ?? other;
    if ((other._v as number) > (liveRow._v as number)) result.newer += 1;
    else if (other._v === liveRow._v && isDeepStrictEqual(other, liveRow)) result.identical += 1;
    else suspect(liveRow._id, result.differing);
  };
  while (!a.done || !b.done) {
    const order = a.done ? 1 : b.done ? -1 : compareIds((a.value as Document)._id, (b.value as Document)._id);
    if (order === 0 && !a.done && !b.done) {
      result.live += 1;
      result.rebuilt += 1;
      await judge(a.value, b.value);
      [a, b] = await Promise.all([liveRows.next(), shadowRows.next()]);
    } else if (order < 0 && !a.done) {
      result.live += 1;
      const late = await rebuilt.findOne({ _id: a.value._id });
      if (late) await judge(a.value, late);
      else suspect(a.value._id, result.missing);
      a = await liveRows.next();
    } else {
      result.rebuilt += 1;
      result.extra += 1;
      b = await shadowRows.next();
    }
  }
  if (suspects.length > 0) await sleep(SUSPECT_RECHECK_MS);
  const liveCollection = db.collection(generationCollectionName(logical, live));
  for (const id of suspects) {
    const [liveRow, shadowRow] = await Promise.all([liveCollection.findOne({ _id: id as never }), rebuilt.findOne({ _id: id as never })]);
    if (liveRow === null) continue; // gone from live meanwhile (a row set dropped it): nothing to match
    if (shadowRow === null) name(result.missing, String(id));
    else if ((shadowRow._v as number) > (liveRow._v as number)) result.newer += 1;
    else if (shadowRow._v === liveRow._v && isDeepStrictEqual(shadowRow, liveRow)) result.identical += 1;
    else name(result.differing, String(id));
  }
  return result;
}

/** How many rows one comparison judges twice; beyond, a difference is reported at once. */
const MAX_SUSPECTS = 1_000;
const SUSPECT_RECHECK_MS = 500;

/** The server's `_id` order for the string ids projections use (code-unit order). */
const compareIds = (x: unknown, y: unknown): number => {
  const [p, q] = [String(x), String(y)];
  return p < q ? -1 : p > q ? 1 : 0;
};

async function drop<Doc>(target: RebuildTarget<Doc>, generation: number): Promise<void> {
  for (const logical of target.collections) {
    await target.db
      .collection(generationCollectionName(logical, generation))
      .drop()
      .catch((error: unknown) => {
        // Nothing to drop (NamespaceNotFound).
        if ((error as { code?: number }).code !== 26) throw error;
      });
  }
}
