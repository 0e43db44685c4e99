import { commitHash, GENESIS_HASH, matchesStoredHash } from './commit-hash';
import type { CommitReader, StoredCommit } from './event-store';

export type BrokenLinkReason = 'hash-mismatch' | 'prev-hash-mismatch' | 'version-gap';

/** The first commit at which the stored chain disagrees with its recomputation. */
export interface BrokenLink {
  /** Version of the commit's first event (its position in the stream). */
  version: number;
  commitId: string;
  /**
   * hash-mismatch: the hash recomputed from the stored events; prev-hash-mismatch and
   * version-gap: the hash its prevHash should hold (the recomputed chain so far).
   */
  expectedHash: string;
  /** The hash (resp. prevHash) stored on the commit; '' when it has none. */
  storedHash: string;
  reason: BrokenLinkReason;
  /** One line for a human. */
  detail: string;
}

export interface StreamVerification {
  streamId: string;
  /** Commits in the stream (all of them, also after a broken link). */
  commits: number;
  /** Version of the stream's last event. */
  headVersion: number;
  /**
   * The hash of the last commit as stored (for a stream of legacy commits only, the hash their
   * content chains to); '' for a stream without commits. Only vouched for when `intact`.
   */
  head: string;
  intact: boolean;
  firstBrokenLink?: BrokenLink;
  /**
   * Commits written before commits were chained (no stored hash). Their content is covered only
   * from the moment a chained commit followed them (its prevHash fixes everything before it);
   * until then they are unprotected.
   */
  legacyCommits: number;
}

const short = (hash: string) => (hash ? `${hash.slice(0, 12)}…` : '(none)');

/**
 * Recomputes a stream's chain from its stored commits (in version order) and names the first
 * broken link. Checks per commit, in this order: its versions follow the previous commit's
 * without gap and its events carry this stream and consecutive versions (version-gap); its
 * prevHash is the previous commit's hash (prev-hash-mismatch); its hash is SHA-256 over that and
 * the canonical JSON of its stored events (hash-mismatch). Pure: the benchmark and the tests run
 * it over commits they already hold.
 */
export function verifyCommits(streamId: string, commits: readonly StoredCommit[]): StreamVerification {
  let prev = GENESIS_HASH;
  let nextVersion = 1;
  let legacyCommits = 0;
  let chained = false;
  let firstBrokenLink: BrokenLink | undefined;
  const broken = (commit: StoredCommit, reason: BrokenLinkReason, expectedHash: string, storedHash: string, detail: string) =>
    ({ version: commit.version, commitId: commit.commitId, expectedHash, storedHash, reason, detail }) satisfies BrokenLink;

  for (const commit of commits) {
    const gap = versionProblem(streamId, commit, nextVersion);
    if (gap) {
      firstBrokenLink = broken(commit, 'version-gap', prev, commit.prevHash ?? '', gap);
      break;
    }
    if (commit.hash === null) {
      const recomputed = commitHash(prev, commit.events);
      if (chained) {
        // A chained stream never goes back to unchained commits: the hashes were removed.
        firstBrokenLink = broken(commit, 'hash-mismatch', recomputed, '', 'a commit after chained commits carries no hash');
        break;
      }
      legacyCommits += 1;
      prev = recomputed;
    } else {
      if (commit.prevHash !== prev) {
        const detail = `prevHash ${short(commit.prevHash ?? '')} is not the previous commit's hash ${short(prev)}`;
        firstBrokenLink = broken(commit, 'prev-hash-mismatch', prev, commit.prevHash ?? '', detail);
        break;
      }
      const content = matchesStoredHash(prev, commit.events, commit.hash);
      if (!content.ok) {
        const detail = `stored hash ${short(commit.hash)} is not the hash of the stored events ${short(content.hash)}`;
        firstBrokenLink = broken(commit, 'hash-mismatch', content.hash, commit.hash, detail);
        break;
      }
      chained = true;
      prev = commit.hash;
    }
    nextVersion = commit.lastVersion + 1;
  }

  const last = commits.at(-1);
  return {
    streamId,
    commits: commits.length,
    headVersion: last?.lastVersion ?? 0,
    head: last ? (firstBrokenLink ? (last.hash ?? '') : (last.hash ?? prev)) : '',
    intact: firstBrokenLink === undefined,
    ...(firstBrokenLink ? { firstBrokenLink } : {}),
    legacyCommits,
  };
}

/** What is wrong with a commit's place in the stream, or null. */
function versionProblem(streamId: string, commit: StoredCommit, expected: number): string | null {
  if (commit.version !== expected) return `commit starts at version ${commit.version}, expected ${expected}`;
  if (commit.events.length === 0) return 'commit has no events';
  if (commit.lastVersion !== commit.version + commit.events.length - 1)
    return `commit spans versions ${commit.version}–${commit.lastVersion} but holds ${commit.events.length} events`;
  for (const [index, event] of commit.events.entries()) {
    if (event.streamId !== streamId) return `event ${index} belongs to stream ${String(event.streamId)}`;
    if (event.version !== commit.version + index) return `event ${index} has version ${event.version}, expected ${commit.version + index}`;
  }
  return null;
}

/** Reads a stream's commits as stored and verifies their chain (see verifyCommits). */
export async function verifyStream(store: CommitReader, streamId: string): Promise<StreamVerification> {
  return verifyCommits(streamId, await store.readCommits(streamId));
}

/**
 * The hash a stream's chain ends in, trusting stored hashes: for an append whose predecessor is a
 * legacy commit, the chain continues from what its content (and its predecessors') hashes to.
 */
export function chainHeadOf(commits: readonly { events: StoredCommit['events']; hash?: string | null }[]): string {
  let prev = GENESIS_HASH;
  for (const commit of commits) prev = commit.hash ?? commitHash(prev, commit.events);
  return prev;
}
