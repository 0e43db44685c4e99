import { afterAll, describe, expect, it } from '@jest/globals';
import { MongoEventStore, NO_STREAM, describeMongoServer } from '../src';
import { describeEventStoreContract } from './support/event-store.contract';
import { openTestBed, type TestBed } from './support/infra';
import { context, legacyRegistry, streamId, testRegistry } from './support/test-events';

const beds: TestBed[] = [];
afterAll(async () => Promise.all(beds.map((bed) => bed.close())));

async function mongoStore(registry = testRegistry(), bed?: TestBed) {
  const testBed = bed ?? (await openTestBed('store'));
  if (!bed) beds.push(testBed);
  let now = new Date();
  const store = new MongoEventStore(testBed.connection, registry, () => now);
  await store.init();
  return { store, bed: testBed, setNow: (date: Date) => (now = date) };
}

describeEventStoreContract('MongoDB wire protocol (real server)', mongoStore);

describe('MongoEventStore on the real server', () => {
  it('names the server it runs against', async () => {
    const { bed } = await mongoStore();
    const server = await describeMongoServer(bed.connection);
    process.stdout.write(`[platform] event store tests ran against ${server}\n`);
    expect(server).toMatch(/^(FerretDB|MongoDB) /);
  });

  it('upcasts events written under an older schema version when reading, without rewriting them', async () => {
    const { store: oldWriter, bed } = await mongoStore(legacyRegistry());
    const { store: reader } = await mongoStore(testRegistry(), bed);
    const id = streamId();
    await oldWriter.append(id, NO_STREAM, [{ type: 'ThingRenamed', data: { title: 'Counterfeit liquor' } }], context());
    const [event] = await reader.readStream(id);
    expect(event).toMatchObject({ type: 'ThingRenamed', schemaVersion: 2, data: { name: 'Counterfeit liquor', tags: [] } });
    const stored = await bed.connection.db!.collection('event_commits').findOne({ streamId: id });
    expect(stored!.events[0]).toMatchObject({ schemaVersion: 1, data: { title: 'Counterfeit liquor' } });
  });
});
