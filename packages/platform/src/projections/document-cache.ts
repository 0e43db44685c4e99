/**
 * The documents a projection writer last read or wrote, per generation and stream, so the next
 * event of a stream folds onto it without reading it back (ADR 0006: one round trip fewer per
 * event). Safe because every write is guarded by the `_v` it was folded from: a stored `_v` only
 * ever rises, so a cached document is at most behind the stored one, never ahead; if another
 * writer moved the document, the guarded write matches nothing and the writer re-reads. Bounded:
 * the least recently used entries go first.
 */
export class DocumentCache<Doc extends { _id: string; _v: number }> {
  private readonly entries = new Map<string, Doc>();

  constructor(private readonly limit: number) {}

  get(generation: number, streamId: string): Doc | undefined {
    const key = `${generation}|${streamId}`;
    const doc = this.entries.get(key);
    if (doc) {
      // Re-insert: Map keeps insertion order, so the first key is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, doc);
    }
    return doc;
  }

  set(generation: number, doc: Doc): void {
    if (this.limit <= 0) return;
    const key = `${generation}|${doc._id}`;
    this.entries.delete(key);
    this.entries.set(key, doc);
    while (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
  }

  forget(generation: number, streamId: string): void {
    this.entries.delete(`${generation}|${streamId}`);
  }
}
