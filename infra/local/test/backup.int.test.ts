// Durability of the embedded default, on a private infrastructure (its own Kafka, PostgreSQL and
// FerretDB under a temporary LIAISON_INFRA_DIR, never the shared one): servers started for tests
// run without fsync and are made durable when `npm start` reuses them; started the way `npm start`
// starts them, PostgreSQL runs with fsync, synchronous_commit and full_page_writes on and Kafka
// flushes every message; a backup taken while it runs, restored into an empty environment (the
// same folder after `down --purge`), holds the same records in every service database.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MongoClient } from 'mongodb';
import { backup, restore } from '../src/backup';
import { ensureInfra, stopInfra } from '../src/index';
import { postgresSettings } from '../src/servers';
import { readState } from '../src/state';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'infra-h3-backup-'));
const previousDir = process.env.LIAISON_INFRA_DIR;
const DATABASES = ['leads', 'operations'];
const records = (database: string) =>
  Array.from({ length: 25 }, (_, i) => ({
    _id: `${database}-${i}`,
    streamId: `stream-${i % 5}`,
    version: i,
    payload: { title: `记录 ${i}`, at: new Date(Date.UTC(2026, 0, 1, 0, i)) },
  }));

async function withMongo<T>(uri: string, work: (client: MongoClient) => Promise<T>): Promise<T> {
  const client = await MongoClient.connect(uri, { serverSelectionTimeoutMS: 30_000 });
  try {
    return await work(client);
  } finally {
    await client.close();
  }
}

type Row = ReturnType<typeof records>[number];
let uri = '';

beforeAll(async () => {
  process.env.LIAISON_INFRA_DIR = dir;
  // Started as the jest global setup starts servers; the first case makes them durable.
  uri = (await ensureInfra({ ignoreEnv: true, owner: 'backup-test', durability: 'throwaway' })).mongodbUri;
}, 300_000);

afterAll(async () => {
  await stopInfra({ purge: true });
  if (previousDir === undefined) delete process.env.LIAISON_INFRA_DIR;
  else process.env.LIAISON_INFRA_DIR = previousDir;
  fs.rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe('durable local infrastructure, backup and restore', () => {
  it('test servers run without fsync; npm start reusing them turns PostgreSQL durable without a restart', async () => {
    const before = readState()!;
    expect(postgresSettings(before.postgres!)).toEqual({ fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' });
    expect(fs.readFileSync(before.kafka.configFile, 'utf8')).not.toMatch(/^log\.flush\.interval\.messages=/m);

    await ensureInfra({ ignoreEnv: true, owner: 'backup-test', durability: 'durable' });
    const after = readState()!;
    expect(after.postgres!.pid).toBe(before.postgres!.pid);
    expect(postgresSettings(after.postgres!)).toEqual({ fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' });
    expect(after.postgres!.durable).toBe(true);
  });

  it('a backup restored into an empty environment has the same records', async () => {
    await withMongo(uri, async (client) => {
      for (const database of DATABASES) await client.db(database).collection<Row>('events').insertMany(records(database));
    });
    const file = path.join(dir, 'backups', 'liaison.pgdump');
    const written = backup(file);
    expect(written.bytes).toBeGreaterThan(0);

    // An empty environment: every server stopped and its data deleted, then started afresh.
    await stopInfra({ purge: true });
    uri = (await ensureInfra({ ignoreEnv: true, owner: 'backup-test', durability: 'durable' })).mongodbUri;
    await withMongo(uri, async (client) => {
      for (const database of DATABASES) expect(await client.db(database).collection<Row>('events').countDocuments()).toBe(0);
    });
    // Started the way npm start starts it: durable from the first write, Kafka flushing every message.
    const fresh = readState()!;
    expect(postgresSettings(fresh.postgres!)).toEqual({ fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' });
    expect(fs.readFileSync(fresh.kafka.configFile, 'utf8')).toMatch(/^log\.flush\.interval\.messages=1$/m);
    expect(fresh.kafka.dataDir).toBe(path.join(dir, 'kafka', 'data'));

    await restore(file, { allowRunningServices: true });
    uri = (await ensureInfra({ ignoreEnv: true, owner: 'backup-test', durability: 'durable' })).mongodbUri;
    await withMongo(uri, async (client) => {
      for (const database of DATABASES) {
        const found = await client.db(database).collection<Row>('events').find().sort({ _id: 1 }).toArray();
        expect(found).toEqual([...records(database)].sort((a, b) => a._id.localeCompare(b._id)));
        // Equality filters still work after the restore (FerretDB's pushdown to PostgreSQL).
        expect(await client.db(database).collection<Row>('events').countDocuments({ streamId: 'stream-1' })).toBe(5);
      }
    });
  }, 300_000);
});
