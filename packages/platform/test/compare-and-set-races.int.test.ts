import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Connection } from 'mongoose';
import {
  compareAndSetSafety,
  connectMongo,
  ConcurrencyError,
  MongoEventStore,
  MongoLease,
  MongoProjection,
  NO_STREAM,
  upsertNewer,
} from '../src';
import { endpoints, openTestBed, type TestBed } from './support/infra';
import { expectedTally, tallyProjection, type Tally } from './support/tally-projection';
import { context, counted, testRegistry } from './support/test-events';

/**
 * Every conditional write the platform relies on, raced by separate connections (separate
 * FerretDB sessions, so separate PostgreSQL transactions) on the real server. FerretDB v1
 * evaluates an update's filter in Go after a SELECT and then updates by `_id`, so without the
 * monotonic-`_v` guard (ADR 0008) racing writers all "win" and the last one overwrites.
 */
const TRIALS = 20;
const RACERS = 8;

let bed: TestBed;
let racers: Connection[];
let store: MongoEventStore;

beforeAll(async () => {
  bed = await openTestBed('cas');
  racers = await Promise.all(Array.from({ length: RACERS }, () => connectMongo(endpoints().mongodbUri, bed.dbName, { maxPoolSize: 1 })));
  store = new MongoEventStore(bed.connection, testRegistry());
  await store.init();
  // A first round trip per connection, so the race is not decided by connection warm-up.
  await Promise.all(racers.map((c) => c.db!.collection('warm-up').findOne({})));
});
afterAll(async () => {
  await Promise.all(racers.map((c) => c.close()));
  await bed.close();
});

describe(`compare-and-set under ${RACERS} racing connections, ${TRIALS} trials each`, () => {
  it('the server makes `_v` compare-and-set safe: MongoDB natively, FerretDB through the PostgreSQL guard', async () => {
    const info = await bed.connection.db!.admin().command({ buildInfo: 1 });
    expect(await compareAndSetSafety(bed.connection.db!)).toBe(info.ferretdbVersion || info.ferretdb ? 'guarded' : 'atomic');
  });

  it('projection apply: racers applying different events of one stream never move the document backwards', async () => {
    const projections = racers.map((c) => new MongoProjection<Tally>(c, { ...tallyProjection('race-'), name: 'race_tallies' }, store));
    const wrong: string[] = [];
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const id = `race-${trial}`;
      const { events } = await store.append(
        id,
        NO_STREAM,
        Array.from({ length: RACERS }, (_, i) => counted(i + 1)),
        context(),
      );
      // Racer i applies event i; most of them fill the gap from the store and race the others.
      await Promise.all(projections.map((p, i) => p.apply(events[i]!)));
      const doc = await projections[0]!.get(id);
      if (doc?._v !== RACERS || JSON.stringify(doc.versions) !== JSON.stringify(expectedTally(events).versions))
        wrong.push(`${id}: _v ${doc?._v} versions ${doc?.versions}`);
    }
    expect(wrong).toEqual([]);
  });

  it('derived rows (upsertNewer): the newest version wins whatever order the racers land in', async () => {
    const wrong: string[] = [];
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const id = `row-${trial}`;
      // Half the trials start from an existing row (update race), half from none (upsert race).
      if (trial % 2 === 0) await bed.connection.db!.collection<{ _id: string; _v: number }>('race_rows').insertOne({ _id: id, _v: 0 });
      await Promise.all(
        racers.map((c, i) =>
          upsertNewer(c.db!.collection<{ _id: string; _v: number; by: number }>('race_rows'), [{ _id: id, _v: i + 1, by: i }]),
        ),
      );
      const row = await bed.connection.db!.collection<{ _id: string; _v: number; by: number }>('race_rows').findOne({ _id: id });
      if (row?._v !== RACERS || row.by !== RACERS - 1) wrong.push(`${id}: _v ${row?._v} by ${row?.by}`);
    }
    expect(wrong).toEqual([]);
  });

  it('lease: exactly one racer acquires an expired lease, and exactly one a lease nobody held', async () => {
    const counts: number[] = [];
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const name = `race-lease-${trial}`;
      // Even trials: the lease document exists and has expired; odd trials: it does not exist yet.
      if (trial % 2 === 0) {
        const old = new MongoLease(bed.connection, name, 'old-holder', 10_000, () => new Date(Date.now() - 60_000));
        expect(await old.tryAcquire()).toBe(true);
      }
      const won = await Promise.all(racers.map((c, i) => new MongoLease(c, name, `racer-${i}`).tryAcquire()));
      counts.push(won.filter(Boolean).length);
    }
    expect(counts).toEqual(Array.from({ length: TRIALS }, () => 1));
  });

  it('lease: the holder renewing while a racer takes over after expiry leaves one holder', async () => {
    const wrong: string[] = [];
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const name = `race-renew-${trial}`;
      const past = () => new Date(Date.now() - 60_000);
      expect(await new MongoLease(racers[0]!, name, 'holder', 10_000, past).tryAcquire()).toBe(true);
      const [holder, ...others] = await Promise.all([
        new MongoLease(racers[0]!, name, 'holder').tryAcquire(),
        ...racers.slice(1).map((c, i) => new MongoLease(c, name, `racer-${i}`).tryAcquire()),
      ]);
      const winners = [holder, ...others].filter(Boolean).length;
      const doc = await bed.connection.db!.collection<{ _id: string; owner: string }>('leases').findOne({ _id: name });
      const expectedOwner = holder ? 'holder' : `racer-${others.findIndex(Boolean)}`;
      if (winners !== 1 || doc?.owner !== expectedOwner) wrong.push(`${name}: ${winners} winners, stored owner ${doc?.owner}`);
    }
    expect(wrong).toEqual([]);
  });

  it('event store: racing appends at one expected version commit once; one command id commits once (unique indexes)', async () => {
    const stores = racers.map((c) => new MongoEventStore(c, testRegistry()));
    const wrong: string[] = [];
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const id = `race-append-${trial}`;
      await store.append(id, NO_STREAM, [counted(1)], context());
      const outcomes = await Promise.all(
        stores.map((s, i) =>
          s.append(id, 1, [counted(i + 10)], context()).then(
            () => 'ok',
            (e: unknown) => (e instanceof ConcurrencyError ? 'conflict' : String(e)),
          ),
        ),
      );
      const sameCommand = context();
      const replays = await Promise.all(stores.map((s) => s.append(`${id}-cmd`, NO_STREAM, [counted(1)], sameCommand)));
      const events = await store.readStream(id);
      if (outcomes.filter((o) => o === 'ok').length !== 1 || outcomes.some((o) => o !== 'ok' && o !== 'conflict') || events.length !== 2)
        wrong.push(`${id}: ${outcomes.join(',')}`);
      if (replays.filter((r) => !r.duplicate).length !== 1 || (await store.readStream(`${id}-cmd`)).length !== 1)
        wrong.push(`${id}-cmd: ${replays.map((r) => r.duplicate).join(',')}`);
    }
    expect(wrong).toEqual([]);
  });
});
