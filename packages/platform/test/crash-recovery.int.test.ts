import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MongoEventStore, MongoProjection, NO_STREAM } from '../src';
import { endpoints, openTestBed, type TestBed, waitFor } from './support/infra';
import { expectedTally, tallyProjection, type Tally } from './support/tally-projection';
import { inFirstSeenOrder, readTopicLog } from './support/topic-log';
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

function spawnWorker(role: 'relay' | 'consumer' | 'writer', extra: Record<string, string> = {}): Promise<ChildProcess> {
  const { brokers, mongodbUri } = endpoints();
  const child = fork(join(__dirname, 'support', 'worker.ts'), [role], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      MONGODB_URI: mongodbUri,
      KAFKA_BROKERS: brokers.join(','),
      DB_NAME: bed.dbName,
      TOPIC: bed.topic,
      GROUP: 'crash-projection',
      PREFIX,
      ...extra,
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`${role} worker exited with ${code}`)));
  });
}

const kill = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

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

  it('publishes every commit a writer acknowledged before it was SIGKILLed with its in-process relay, in stream order', async () => {
    const prefix = 'writer-';
    // The writer's own relay must hold the lease, so its commits take the fast path.
    for (const child of [...children]) await kill(child);
    await new Promise((resolve) => setTimeout(resolve, 3_500)); // the killed relay's lease expires
    const log = await readTopicLog(bed.kafka, bed.topic);
    const acknowledged = new Map<string, number>();
    const writer = await spawnWorker('writer', { PREFIX: prefix, STREAMS: '40' });
    writer.on('message', (m: { acknowledged?: string; version?: number }) => {
      if (m.acknowledged) acknowledged.set(m.acknowledged, m.version!);
    });
    // Kill it mid-stream, while its relay has batches queued and in flight.
    await waitFor(async () => [...acknowledged.values()].reduce((a, b) => a + b, 0) >= 200, '200 acknowledged commits', 120_000, 20);
    await kill(writer);
    const relay = await spawnWorker('relay');

    const expected = [...acknowledged];
    expect(expected.length).toBe(40);
    for (const [id, version] of expected) {
      await waitFor(
        async () => (log.versions.get(id)?.length ?? 0) > 0 && Math.max(...log.versions.get(id)!) >= version,
        `${id} v${version} on the topic`,
        120_000,
      );
      const delivered = log.versions.get(id)!;
      expect(inFirstSeenOrder(delivered)).toBe(true);
      // What the store holds for the stream reaches Kafka too (commits made but not yet acknowledged included).
      await waitFor(
        async () => Math.max(...log.versions.get(id)!) === (await store.streamVersion(id)),
        `${id} complete on the topic`,
        60_000,
      );
    }
    await waitFor(async () => (await store.countUnpublished()) === 0, 'outbox drained');
    await kill(relay);
    await log.stop();
  }, 300_000);
});
