import { describe, expect, it } from '@jest/globals';
import type { EventEnvelope } from '@liaison/contracts';
import {
  canonicalEvents,
  commitHash,
  GENESIS_HASH,
  InMemoryEventStore,
  normaliseEnvelopes,
  type StoredCommit,
  StreamHeadCache,
  verifyCommits,
  verifyStream,
} from '../src';
import { context, counted, streamId, testRegistry } from './support/test-events';

const envelope = (data: Record<string, unknown>) => data as unknown as EventEnvelope;

async function storeWithCommits(count: number) {
  const store = new InMemoryEventStore(testRegistry());
  const id = streamId();
  for (let version = 0; version < count; version += 1) await store.append(id, version, [counted(version)], context());
  return { store, id, commits: await store.readCommits(id) };
}

describe('commit hash (RFC 8785 canonical JSON, SHA-256 chained)', () => {
  it('does not depend on the order of object keys, only on the order of the events', () => {
    const one = [envelope({ b: 1, a: [{ d: 2, c: 'x' }] })];
    const same = [envelope({ a: [{ c: 'x', d: 2 }], b: 1 })];
    expect(canonicalEvents(one)).toBe('[{"a":[{"c":"x","d":2}],"b":1}]');
    expect(commitHash(GENESIS_HASH, one)).toBe(commitHash(GENESIS_HASH, same));
    const two = [envelope({ n: 1 }), envelope({ n: 2 })];
    expect(commitHash(GENESIS_HASH, two)).not.toBe(commitHash(GENESIS_HASH, [...two].reverse()));
  });

  it('is SHA-256 over the previous hash followed by the canonical JSON (same as sha256sum of those bytes)', () => {
    // printf '%s' "$(printf '0%.0s' $(seq 64))[{\"a\":[{\"c\":\"x\",\"d\":2}],\"b\":1}]" | sha256sum
    expect(commitHash(GENESIS_HASH, [envelope({ b: 1, a: [{ d: 2, c: 'x' }] })])).toBe(
      '81f36c7eed2e999063dcbe215a896566c4681270de326d2f7543d54a49034862',
    );
  });

  it('chains: the same events after a different predecessor hash differently', () => {
    const events = [envelope({ type: 'ThingCounted', data: { count: 1 } })];
    const first = commitHash(GENESIS_HASH, events);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(commitHash(first, events)).not.toBe(first);
  });

  it('normalises envelopes to what a database round trip gives back (undefined fields dropped)', () => {
    const [normal] = normaliseEnvelopes([envelope({ a: 1, gone: undefined, nested: { also: undefined, kept: null } })]);
    expect(normal).toEqual({ a: 1, nested: { kept: null } });
    expect(Object.keys(normal!)).not.toContain('gone');
  });
});

describe('the in-memory store chains its commits', () => {
  it('links each commit to the previous one from the genesis hash on', async () => {
    const { commits } = await storeWithCommits(3);
    expect(commits.map((c) => c.prevHash)).toEqual([GENESIS_HASH, commits[0]!.hash, commits[1]!.hash]);
    for (const commit of commits) expect(commit.hash).toBe(commitHash(commit.prevHash!, commit.events));
  });
});

describe('verifyStream', () => {
  it('verifies an untouched stream and reports its head', async () => {
    const { store, id, commits } = await storeWithCommits(4);
    const result = await verifyStream(store, id);
    expect(result).toEqual({ streamId: id, commits: 4, headVersion: 4, head: commits[3]!.hash, intact: true, legacyCommits: 0 });
  });

  it('names the commit whose stored events were changed (hash-mismatch), not a later one', async () => {
    const { id, commits } = await storeWithCommits(5);
    (commits[2]!.events[0]!.data as { count: number }).count = 99;
    const result = verifyCommits(id, commits);
    expect(result.intact).toBe(false);
    expect(result.firstBrokenLink).toMatchObject({
      version: 3,
      commitId: commits[2]!.commitId,
      reason: 'hash-mismatch',
      storedHash: commits[2]!.hash,
      expectedHash: commitHash(commits[1]!.hash!, commits[2]!.events),
    });
    expect(result.commits).toBe(5);
  });

  it('names a commit whose hash was recomputed after an edit by the link to it (prev-hash-mismatch at the next commit)', async () => {
    const { id, commits } = await storeWithCommits(4);
    (commits[1]!.events[0]!.data as { count: number }).count = 42;
    commits[1]!.hash = commitHash(commits[1]!.prevHash!, commits[1]!.events);
    expect(verifyCommits(id, commits).firstBrokenLink).toMatchObject({
      version: 3,
      commitId: commits[2]!.commitId,
      reason: 'prev-hash-mismatch',
      expectedHash: commits[1]!.hash,
    });
  });

  it('names a removed commit as a version gap at the commit after it', async () => {
    const { id, commits } = await storeWithCommits(4);
    const result = verifyCommits(id, [commits[0]!, commits[2]!, commits[3]!]);
    expect(result.firstBrokenLink).toMatchObject({ version: 3, commitId: commits[2]!.commitId, reason: 'version-gap' });
  });

  it('names an event moved in from another stream as a version gap', async () => {
    const { id, commits } = await storeWithCommits(2);
    commits[1]!.events[0]!.streamId = 'thing-other';
    expect(verifyCommits(id, commits).firstBrokenLink).toMatchObject({ version: 2, reason: 'version-gap' });
  });

  it('counts commits written before chaining as legacy and continues the chain through their content', async () => {
    const { id, commits } = await storeWithCommits(4);
    const legacy = commits.slice(0, 2).map((c): StoredCommit => ({ ...c, prevHash: null, hash: null }));
    // The chained commits after them were written by the new code: their chain starts from the
    // legacy commits' content hashed as if they had been chained.
    const result = verifyCommits(id, [...legacy, commits[2]!, commits[3]!]);
    expect(result).toMatchObject({ intact: true, legacyCommits: 2, commits: 4, head: commits[3]!.hash });

    const onlyLegacy = verifyCommits(id, legacy);
    expect(onlyLegacy).toMatchObject({ intact: true, legacyCommits: 2, head: commits[1]!.hash });
  });

  it('detects an edit of a legacy commit at the first chained commit after it', async () => {
    const { id, commits } = await storeWithCommits(3);
    const legacy = commits.slice(0, 2).map((c): StoredCommit => ({ ...c, prevHash: null, hash: null }));
    (legacy[0]!.events[0]!.data as { count: number }).count = 7;
    expect(verifyCommits(id, [...legacy, commits[2]!]).firstBrokenLink).toMatchObject({ version: 3, reason: 'prev-hash-mismatch' });
  });

  it('treats a chained commit followed by one without hashes as tampered, not legacy', async () => {
    const { id, commits } = await storeWithCommits(3);
    const stripped = { ...commits[2]!, prevHash: null, hash: null };
    expect(verifyCommits(id, [commits[0]!, commits[1]!, stripped]).firstBrokenLink).toMatchObject({
      version: 3,
      reason: 'hash-mismatch',
      storedHash: '',
    });
  });

  it('verifies events whose fields a server gave back in another order (same content, same canonical JSON)', async () => {
    const { id, commits } = await storeWithCommits(3);
    const reordered = commits.map((commit) => ({
      ...commit,
      events: commit.events.map((event) => Object.fromEntries(Object.entries(event).reverse()) as unknown as EventEnvelope),
    }));
    expect(JSON.stringify(reordered[1]!.events)).not.toBe(canonicalEvents(reordered[1]!.events));
    expect(verifyCommits(id, reordered)).toMatchObject({ intact: true, head: commits[2]!.hash });
  });

  it('stores envelopes in canonical key order, so their plain JSON is the hashed text', async () => {
    const { commits } = await storeWithCommits(2);
    for (const commit of commits) expect(JSON.stringify(commit.events)).toBe(canonicalEvents(commit.events));
  });

  it('answers an empty stream with no commits and no head', async () => {
    const store = new InMemoryEventStore(testRegistry());
    expect(await verifyStream(store, streamId())).toMatchObject({ commits: 0, head: '', intact: true });
  });
});

describe('StreamHeadCache', () => {
  it('answers only for the exact version, never moves a head back, and forgets the least recently used', () => {
    const cache = new StreamHeadCache(2);
    cache.set('a', { lastVersion: 2, hash: 'h2' });
    expect(cache.get('a', 2)).toBe('h2');
    expect(cache.get('a', 1)).toBeNull();
    cache.set('a', { lastVersion: 1, hash: 'h1' });
    expect(cache.get('a', 2)).toBe('h2');
    cache.set('b', { lastVersion: 1, hash: 'b1' });
    cache.get('a', 2);
    cache.set('c', { lastVersion: 1, hash: 'c1' });
    expect(cache.size).toBe(2);
    expect(cache.get('b', 1)).toBeNull();
    expect(cache.get('a', 2)).toBe('h2');
  });
});
