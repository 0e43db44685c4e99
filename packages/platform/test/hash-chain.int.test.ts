import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose, { type Connection } from 'mongoose';
import {
  chainHeadOf,
  COMMITS_COLLECTION,
  commitHash,
  ConcurrencyError,
  GENESIS_HASH,
  MongoEventStore,
  NO_STREAM,
  verifyStream,
} from '../src';
import { endpoints, openTestBed, type TestBed } from './support/infra';
import { context, counted, streamId, testRegistry } from './support/test-events';

// The hash chain on the real server (FerretDB here): what is hashed survives the round trip, an
// edit made directly in MongoDB is named exactly, legacy commits continue the chain.
let bed: TestBed;
let store: MongoEventStore;
const commits = () => bed.connection.db!.collection(COMMITS_COLLECTION);

beforeAll(async () => {
  bed = await openTestBed('hash_chain');
  store = new MongoEventStore(bed.connection, testRegistry());
  await store.init();
});
afterAll(async () => bed.close());

/** Commits of 1 or 2 events, like commands do; returns the stream id. */
async function streamOf(commitCount: number, writer = store): Promise<string> {
  const id = streamId();
  let version = NO_STREAM;
  for (let i = 0; i < commitCount; i += 1) {
    const events = i % 2 === 0 ? [counted(i)] : [counted(i, 'a'), { type: 'ThingRenamed', data: { name: `n${i}`, tags: ['x', 'ü'] } }];
    version = (await writer.append(id, version, events, context())).version;
  }
  return id;
}

describe('hash-chained commits in MongoDB', () => {
  it('stores prevHash and hash on every commit, chained from the genesis hash', async () => {
    const id = await streamOf(4);
    const stored = await commits().find({ streamId: id }).sort({ version: 1 }).toArray();
    expect(stored.map((c) => c.prevHash)).toEqual([GENESIS_HASH, stored[0]!.hash, stored[1]!.hash, stored[2]!.hash]);
    // Recomputed from what MongoDB gives back: the bytes hashed are the bytes stored.
    for (const commit of stored) expect(commit.hash).toBe(commitHash(commit.prevHash, commit.events));
    expect(await verifyStream(store, id)).toMatchObject({
      intact: true,
      commits: 4,
      headVersion: 6,
      head: stored[3]!.hash,
      legacyCommits: 0,
    });
  });

  it('names exactly the commit edited in MongoDB as the first broken link, and untouched streams still verify', async () => {
    const tampered = await streamOf(6);
    const untouched = await streamOf(3);
    const victim = (await commits().findOne({ streamId: tampered, version: 4 }))!;
    const events = structuredClone(victim.events) as Array<{ data: { count: number } }>;
    events[0]!.data.count = 1_000_000;
    // An edit straight in the database, as an insider with write access would make it.
    const edit = await commits().updateOne({ _id: victim._id }, { $set: { events } });
    expect(edit.modifiedCount).toBe(1);

    const result = await verifyStream(store, tampered);
    expect(result.intact).toBe(false);
    expect(result.firstBrokenLink).toMatchObject({
      version: 4,
      commitId: String(victim._id),
      reason: 'hash-mismatch',
      storedHash: victim.hash,
      expectedHash: commitHash(victim.prevHash, events as never),
    });
    expect(result.commits).toBe(6);
    expect(await verifyStream(store, untouched)).toMatchObject({ intact: true, commits: 3 });
  });

  it('names a deleted commit as a version gap', async () => {
    const id = await streamOf(3);
    await commits().deleteOne({ streamId: id, version: 2 });
    const third = (await commits().findOne({ streamId: id, version: 4 }))!;
    expect((await verifyStream(store, id)).firstBrokenLink).toMatchObject({
      version: 4,
      commitId: String(third._id),
      reason: 'version-gap',
    });
  });

  it('continues the chain of a stream written before chaining and reports its legacy commits', async () => {
    const id = await streamOf(2);
    // What the store wrote before ADR 0017: the same documents without hashes.
    await commits().updateMany({ streamId: id }, { $unset: { prevHash: '', hash: '' } });
    const legacyOnly = await verifyStream(store, id);
    expect(legacyOnly).toMatchObject({ intact: true, commits: 2, legacyCommits: 2 });

    // A fresh process (no cached head) appends after the legacy commits.
    const fresh = new MongoEventStore(bed.connection, testRegistry());
    await fresh.append(id, 3, [counted(9)], context());
    const stored = await commits().find({ streamId: id }).sort({ version: 1 }).toArray();
    expect(stored[2]!.prevHash).toBe(chainHeadOf(stored.slice(0, 2) as never));
    expect(stored[2]!.prevHash).toBe(legacyOnly.head);
    expect(await verifyStream(store, id)).toMatchObject({ intact: true, commits: 3, legacyCommits: 2, head: stored[2]!.hash });

    // From then on an edit of a legacy commit shows at the first chained commit.
    await commits().updateOne({ _id: stored[0]!._id }, { $set: { events: [{ ...stored[0]!.events[0], data: { name: 'x', count: 5 } }] } });
    expect((await verifyStream(store, id)).firstBrokenLink).toMatchObject({ version: 4, reason: 'prev-hash-mismatch' });
  });

  it('refuses an append after a version no commit ends at', async () => {
    const id = await streamOf(1);
    const fresh = new MongoEventStore(bed.connection, testRegistry());
    await expect(fresh.append(id, 5, [counted(1)], context())).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await commits().countDocuments({ streamId: id })).toBe(1);
  });
});

describe('the head cache keeps the commit path at its round trips (ADR 0006)', () => {
  let watched: Connection;
  const seen: string[] = [];

  beforeAll(async () => {
    watched = mongoose.createConnection(endpoints().mongodbUri, {
      dbName: bed.dbName,
      monitorCommands: true,
      autoIndex: false,
      autoCreate: false,
    });
    await watched.asPromise();
    watched.getClient().on('commandStarted', (event) => {
      if (event.command[event.commandName] === COMMITS_COLLECTION) seen.push(event.commandName);
    });
  });
  afterAll(async () => watched.close());

  it('reads the stream, then appends with one insert and no lookup of the previous hash', async () => {
    const id = await streamOf(3);
    const writer = new MongoEventStore(watched, testRegistry());
    seen.length = 0;
    const events = await writer.readStream(id);
    await writer.append(id, events.at(-1)!.version, [counted(7)], context());
    await writer.append(id, events.at(-1)!.version + 1, [counted(8)], context());
    expect(seen).toEqual(['find', 'insert', 'insert']);
    expect(await verifyStream(writer, id)).toMatchObject({ intact: true, commits: 5 });
  });

  it('looks the previous hash up once when this process has not seen the stream', async () => {
    const id = await streamOf(2);
    const writer = new MongoEventStore(watched, testRegistry());
    seen.length = 0;
    await writer.append(id, 3, [counted(7)], context());
    expect(seen).toEqual(['find', 'insert']);
    expect(await verifyStream(writer, id)).toMatchObject({ intact: true, commits: 3 });
  });
});
