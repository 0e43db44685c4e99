import { createHash } from 'node:crypto';
import type { EventEnvelope } from '@liaison/contracts';
import canonicalize from 'canonicalize';

/**
 * The hash chain of a stream's commits (ADR 0017), one definition for both stores and the
 * verifier:
 *
 *   hash = hex(SHA-256( utf8(prevHash) ‖ utf8(JCS(events)) ))
 *
 * where `prevHash` is the previous commit's hash (64 hex digits; GENESIS_HASH for a stream's
 * first commit, so the input is never ambiguous) and JCS is the RFC 8785 canonical JSON of the
 * commit's event envelopes exactly as stored (array order kept, object keys sorted by UTF-16
 * code units, ECMAScript number form), made by the `canonicalize` package.
 */
export const GENESIS_HASH = '0'.repeat(64);

/** RFC 8785 canonical JSON of a commit's events. */
export function canonicalEvents(events: readonly EventEnvelope[]): string {
  const text = canonicalize(events);
  if (text === undefined) throw new TypeError('events have no JSON form');
  return text;
}

/** The hash of a commit whose events have the canonical form `canonical`. */
export function chainHashOfCanonical(prevHash: string, canonical: string): string {
  return createHash('sha256').update(prevHash, 'utf8').update(canonical, 'utf8').digest('hex');
}

/** The hash of a commit: its predecessor's hash chained with the canonical JSON of its events. */
export function commitHash(prevHash: string, events: readonly EventEnvelope[]): string {
  return chainHashOfCanonical(prevHash, canonicalEvents(events));
}

/**
 * The envelopes as they will read back from the database: through JSON once, so what is hashed
 * is what is stored (no `undefined` fields that BSON drops, no Dates that come back as strings
 * or the other way round, no class instances). Both stores insert the normalised envelopes.
 */
export function normaliseEnvelopes(events: readonly EventEnvelope[]): EventEnvelope[] {
  return chainCommit(GENESIS_HASH, events).events;
}

/**
 * What a store writes for a commit: the envelopes parsed back from their canonical JSON — so
 * they are normalised (see normaliseEnvelopes) and their keys are in canonical order, which BSON
 * keeps — and the hash over that canonical JSON after `prevHash`.
 */
export function chainCommit(prevHash: string, events: readonly EventEnvelope[]): { events: EventEnvelope[]; hash: string } {
  const canonical = canonicalEvents(events);
  return { events: JSON.parse(canonical) as EventEnvelope[], hash: chainHashOfCanonical(prevHash, canonical) };
}

/**
 * Whether stored events still hash to `storedHash` after `prevHash`. Fast path first: events
 * written by chainCommit come back with their keys in canonical order, so plain JSON.stringify
 * usually reproduces the canonical text; if SHA-256 over it equals the stored hash (which was
 * computed over the canonical text at write time), the stored events serialise to exactly the
 * bytes that were hashed, so they are intact. Otherwise (tampered, or keys reordered by a server
 * or integer-like keys JSON.stringify puts first) the RFC 8785 form decides. Answers the hash the
 * events have (the canonical one when they do not match).
 */
export function matchesStoredHash(prevHash: string, events: readonly EventEnvelope[], storedHash: string): { ok: boolean; hash: string } {
  if (chainHashOfCanonical(prevHash, JSON.stringify(events)) === storedHash) return { ok: true, hash: storedHash };
  const hash = commitHash(prevHash, events);
  return { ok: hash === storedHash, hash };
}

/** The last commit of a stream as far as the chain is concerned. */
export interface StreamHead {
  lastVersion: number;
  hash: string;
}

/**
 * A small bounded map streamId → head (least recently used goes first), so an append finds its
 * predecessor's hash without a round trip when this process read or wrote the stream last.
 * A head is a fact about one commit (lastVersion n has hash h) and commits are immutable, so an
 * entry is never wrong, only possibly not the newest: the store uses it only when its lastVersion
 * equals the append's expected version.
 */
export class StreamHeadCache {
  private readonly heads = new Map<string, StreamHead>();

  constructor(private readonly capacity = 10_000) {}

  get(streamId: string, lastVersion: number): string | null {
    const head = this.heads.get(streamId);
    if (!head || head.lastVersion !== lastVersion) return null;
    // Refresh its place: Map iteration order is insertion order.
    this.heads.delete(streamId);
    this.heads.set(streamId, head);
    return head.hash;
  }

  set(streamId: string, head: StreamHead): void {
    const known = this.heads.get(streamId);
    // A reader that lags behind an append must not move the head back.
    if (known && known.lastVersion > head.lastVersion) return;
    this.heads.delete(streamId);
    this.heads.set(streamId, head);
    if (this.heads.size > this.capacity) this.heads.delete(this.heads.keys().next().value!);
  }

  get size(): number {
    return this.heads.size;
  }
}
