import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MongoEventStore, MongoProjection, NO_STREAM, type RebuildProgress } from '../src';
import { openTestBed, type TestBed } from './support/infra';
import { expectedTally, tallyProjection, type Tally } from './support/tally-projection';
import { context, counted, testRegistry } from './support/test-events';

let bed: TestBed;
let store: MongoEventStore;

beforeAll(async () => {
  bed = await openTestBed('rebuild');
  store = new MongoEventStore(bed.connection, testRegistry());
  await store.init();
});
afterAll(async () => bed.close());

describe('projection helper on the real server', () => {
  it('rebuilds a read model from the store scan, equal to a fold of every stream, reporting progress', async () => {
    const ids = Array.from({ length: 700 }, (_, i) => `rb-${String(i).padStart(4, '0')}`);
    for (const id of ids) {
      await store.append(id, NO_STREAM, [counted(1, id), counted(2, id)], context());
    }
    await store.append(ids[3]!, 2, [counted(40, ids[3])], context());
    const projection = new MongoProjection<Tally>(bed.connection, tallyProjection('rb-'), store, { generationRefreshMs: 100 });
    await projection.init();
    await projection.collection.insertOne({ _id: 'rb-stale', _v: 9, name: 'left over', total: 0, versions: [] });
    const progress: RebuildProgress[] = [];
    const result = await projection.rebuild(store.scan({ streamPrefix: 'rb-', batchSize: 250 }), (p) => progress.push(p));

    expect(result).toMatchObject({ events: 1401, streams: 700, generation: 1, caughtUp: 0, discarded: ['rb-stale'] });
    // The comparison with the live view names the document the store cannot reproduce.
    expect(result.comparison).toEqual([expect.objectContaining({ collection: 'tallies', missing: ['rb-stale'], differing: [] })]);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual({ events: 1401, streams: 700 });
    expect(await projection.collection.countDocuments()).toBe(700);
    for (const id of [ids[0]!, ids[3]!, ids[699]!]) {
      const doc = await projection.get(id);
      expect(doc).toMatchObject({ ...expectedTally(await store.readStream(id)), _v: await store.streamVersion(id) });
    }
    expect(await projection.get('rb-stale')).toBeNull();
  });

  it('fills a gap from the store when an event arrives ahead of the ones before it', async () => {
    const id = 'gap-1';
    const { events } = await store.append(id, NO_STREAM, [counted(1), counted(2), counted(3)], context());
    const projection = new MongoProjection<Tally>(bed.connection, { ...tallyProjection('gap-'), name: 'gap_tallies' }, store);
    expect(await projection.apply(events[2]!)).toBe('gap-filled');
    expect(await projection.apply(events[0]!)).toBe('already-applied');
    expect(await projection.apply(events[2]!)).toBe('already-applied');
    expect((await projection.get(id))!.versions).toEqual([1, 2, 3]);
    expect(await projection.apply({ ...events[0]!, streamId: 'other-1' })).toBe('ignored');
  });
});
