// The infrastructure started from a folder only its owner may enter (a clone in /root, or under
// `mktemp -d`): as root, PostgreSQL runs as the `postgres` user, who cannot reach such a folder.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { ensureInfra, infraStatus, stopInfra } from '../src';
import { recordedPostgresHome } from '../src/postgres-home';

let folder: string;
const previous = process.env.LIAISON_INFRA_DIR;

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-private-'));
  fs.chmodSync(folder, 0o700);
  process.env.LIAISON_INFRA_DIR = path.join(folder, 'checkout', '.liaison', 'infra');
});

afterAll(async () => {
  try {
    await stopInfra({ purge: true });
  } finally {
    if (previous === undefined) delete process.env.LIAISON_INFRA_DIR;
    else process.env.LIAISON_INFRA_DIR = previous;
    fs.rmSync(folder, { recursive: true, force: true });
  }
}, 120_000);

describe('infra/local from a folder whose parents only its owner may enter', () => {
  it('starts Kafka and the MongoDB-API server, which answer, and purge leaves nothing behind', async () => {
    const infra = await ensureInfra({ ignoreEnv: true, owner: `jest-private:${process.pid}` });
    expect(infra.startedHere).toBe(true);

    const kafka = new Kafka({ clientId: 'private-folder', brokers: infra.kafkaBrokers, logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    try {
      await admin.createTopics({ topics: [{ topic: 'private-folder', numPartitions: 1 }], waitForLeaders: true });
      expect(await admin.listTopics()).toContain('private-folder');
    } finally {
      await admin.disconnect();
    }

    const client = await MongoClient.connect(infra.mongodbUri);
    try {
      const docs = client.db('private_folder').collection<{ _id: string; n: number }>('docs');
      await docs.insertOne({ _id: 'a', n: 1 });
      expect(await docs.findOne({ _id: 'a' })).toEqual({ _id: 'a', n: 1 });
    } finally {
      await client.close();
    }

    const status = await infraStatus();
    expect([status.kafka?.healthy, status.mongo?.healthy]).toEqual([true, true]);
    const pgHome = recordedPostgresHome(path.join(process.env.LIAISON_INFRA_DIR!, 'postgres'));
    if (process.getuid?.() === 0 && status.postgres) {
      // Out of the private folder, where the postgres user can reach it; recorded in the checkout.
      expect(pgHome).toBeDefined();
      expect(status.postgres.dataDir.startsWith(folder)).toBe(false);
    }

    await stopInfra({ purge: true });
    if (pgHome) expect(fs.existsSync(pgHome)).toBe(false);
  }, 240_000);
});
