import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { COMMITS_COLLECTION, MongoEventStore, NO_STREAM } from '../src';
import { endpoints, openTestBed, type TestBed } from './support/infra';
import { context, counted, streamId, testRegistry } from './support/test-events';

// `npm run verify-chain` as a subprocess (tsx scripts/verify-chain.ts) against a database of its
// own on the shared FerretDB: one stream, every stream, a tampered stream named with its commit.
const root = join(__dirname, '..', '..', '..');
let bed: TestBed;
let intact: string;
let tampered: string;
let tamperedCommitId: string;

beforeAll(async () => {
  bed = await openTestBed('verify_chain_cli');
  const store = new MongoEventStore(bed.connection, testRegistry());
  await store.init();
  const ids = [streamId('lead'), streamId('lead'), streamId('lead')];
  for (const id of ids)
    for (let version = NO_STREAM; version < 3; version += 1) await store.append(id, version, [counted(version)], context());
  [intact, tampered] = ids as [string, string];
  const commits = bed.connection.db!.collection(COMMITS_COLLECTION);
  const victim = (await commits.findOne({ streamId: tampered, version: 2 }))!;
  await commits.updateOne({ _id: victim._id }, { $set: { events: [{ ...victim.events[0], data: { name: 'thing', count: 77 } }] } });
  tamperedCommitId = String(victim._id);
});
afterAll(async () => bed?.close());

function verifyChain(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts', 'verify-chain.ts'), '--service', 'leads', '--database', bed.dbName, ...args],
      { cwd: root, env: { ...process.env, MONGODB_URI: endpoints().mongodbUri } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run verify-chain', () => {
  it('verifies one intact stream (exit 0) and names the first broken link of a tampered one (exit 2)', async () => {
    const ok = await verifyChain('--stream', intact);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(new RegExp(`^OK ${intact}: 3 commits, head [0-9a-f]{64} at version 3\\n$`));

    const broken = await verifyChain('--stream', tampered);
    expect(broken.code).toBe(2);
    expect(broken.stdout).toContain(`BROKEN ${tampered}: first broken link at version 2 (commit ${tamperedCommitId}): hash-mismatch`);
  }, 60_000);

  it('--all lists each broken stream and a summary', async () => {
    const all = await verifyChain('--all');
    expect(all.code).toBe(2);
    expect(all.stdout.match(/^BROKEN /gm)).toHaveLength(1);
    expect(all.stdout).toContain(`BROKEN ${tampered}: first broken link at version 2 (commit ${tamperedCommitId})`);
    expect(all.stdout).toContain(
      `leads (database ${bed.dbName}): 3 streams, 9 commits: 2 intact, 1 broken; 0 unprotected legacy commits in 0 streams`,
    );
  }, 60_000);

  it('fails clearly without a stream and for a stream without commits', async () => {
    const neither = await verifyChain();
    expect(neither.code).toBe(1);
    expect(neither.stderr).toContain('give either --stream <id> or --all');
    const unknown = await verifyChain('--stream', `lead-nothing-here`);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('has no commits');
  }, 60_000);
});
