import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MongoEventStore, MongoProjection, NO_STREAM } from '../src';
import { endpoints, openTestBed, type TestBed, waitFor } from './support/infra';
import { expectedTally, tallyProjection, type Tally } from './support/tally-projection';
import { context, counted, testRegistry } from './support/test-events';

let bed: TestBed;
let store: MongoEventStore;
const children = new Set<ChildProcess>();
const PREFIX = 'crash-';

beforeAll(async () => {
  bed = await openTestBed('crash');
  store = new MongoEventStore(bed.connection, testRegistry());
  await store.init();
});
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await bed.close();
});

function spawnWorker(role: 'relay' | 'consumer'): Promise<ChildProcess> {
  const { brokers, mongodbUri } = endpoints();
  const child = fork(join(__dirname, 'support', 'worker.ts'), [role], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, MONGODB_URI: mongodbUri, KAFKA_BROKERS: brokers.join(','), DB_NAME: bed.dbName, TOPIC: bed.topic, GROUP: 'crash-projection', PREFIX },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`${role} worker exited with ${code}`)));
  });
}

const kill = (child: ChildProcess) => new Promise<void>((resolve) => { child.once('exit', () => resolve()); child.kill('SIGKILL'); });

describe('crash recovery (relay and consumer in child processes, SIGKILLed mid-stream)', () => {
  it('loses no event and applies none twice', async () => {
    let relay = await spawnWorker('relay');
    let consumer = await spawnWorker('consumer');
    const ids = Array.from({ length: 60 }, (_, i) => `${PREFIX}${String(i).padStart(3, '0')}`);
    const versions = new Map(ids.map((id) => [id, NO_STREAM]));
    const appendRound = async (round: number) => {
      for (const id of ids) {
        const result = await store.append(id, versions.get(id)!, [counted(round, id)], context());
        versions.set(id, result.version);
      }
    };

    await appendRound(1);
    await appendRound(2);
    await kill(relay);
    await kill(consumer);
    await appendRound(3);
    relay = await spawnWorker('relay');
    await appendRound(4);
    consumer = await spawnWorker('consumer');
    await appendRound(5);
    await kill(consumer);
    await appendRound(6);
    await kill(relay);
    relay = await spawnWorker('relay');
    consumer = await spawnWorker('consumer');
    await appendRound(7);

    const projection = new MongoProjection<Tally>(bed.connection, tallyProjection(PREFIX), store);
    for (const id of ids) {
      await waitFor(async () => (await projection.get(id))?._v === 7, `${id} at v7`, 120_000);
      const doc = (await projection.get(id))!;
      expect(doc.versions).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(doc.total).toBe(expectedTally(await store.readStream(id)).total);
    }
    await waitFor(async () => (await store.countUnpublished()) === 0, 'outbox drained');
  }, 300_000);
});
