import { isDuplicateKeyError } from '@liaison/platform';
import type { Collection } from 'mongodb';
import { type ArchiveBucket, type ArchivedEventRow, bucketOf, type BucketBounds } from './archive-rows';

/** The head row is a starting point for a new process: written every HEAD_EVERY buckets, not every batch. */
const HEAD_EVERY = 16;

interface HeadRow {
  _id: 'head';
  seq: number;
}

/**
 * Writes batches of archived events as buckets numbered in one global order on a database without
 * transactions (FerretDB; ADR 0022, amended in ADR 0029 "buckets"): every number goes to one
 * event at most, numbers increase in the order of claiming (within a partition, in offset order),
 * and they run 1, 2, 3 … without gaps except where a writer stopped (or its bucket insert failed)
 * between claiming numbers and writing their bucket.
 * - The truth is `archive_bounds`: one claim per bucket, `{_id: first, last}`. `_id` is the
 *   bucket's first number, so inserting it claims first..last, and a duplicate-key error means
 *   another writer claimed from there.
 * - Claims are made only at head + 1 after catching up over every claim already there (from one
 *   to the next: last + 1), so they tile 1..n: a writer with a stale head lands on a claim's
 *   first number, never inside one.
 * - Claims are small and made one at a time per process (a promise chain, so numbers are given in
 *   call order); the buckets, the large writes, go in concurrently once their numbers are claimed.
 * - The head row is only a starting point: a stale head costs a longer catch-up, never an overlap.
 * Replicas race safely on the claim's unique `_id`.
 */
export class Sequencer {
  private tail: Promise<unknown> = Promise.resolve();
  /** The last boundary this process knows (its own last claim, or where a catch-up ended). */
  private known: number | null = null;
  private sinceHeadWritten = 0;

  constructor(
    private readonly buckets: Collection<ArchiveBucket>,
    private readonly bounds: Collection<BucketBounds>,
    private readonly head: Collection<HeadRow>,
  ) {}

  /**
   * Writes these rows (in this order) as one bucket numbered head + 1 … head + k, giving each row
   * its `seq` in place (no copy of a large batch); returns the first number.
   */
  async write(rows: ArchivedEventRow[]): Promise<number | null> {
    if (rows.length === 0) return null;
    const claim = this.tail.then(() => this.claim(rows.length));
    this.tail = claim.catch(() => undefined);
    const first = await claim;
    rows.forEach((row, k) => (row.seq = first + k));
    await this.buckets.insertOne(bucketOf(rows));
    return first;
  }

  /** The highest number claimed so far (after catching up). */
  async current(): Promise<number> {
    const run = this.tail.then(async () => {
      this.known = await this.catchUp(Math.max(this.known ?? 0, await this.readHead()));
      return this.known;
    });
    this.tail = run.catch(() => undefined);
    return run;
  }

  /**
   * Claims count numbers after everything claimed so far; returns the first. One insert in the
   * common case: the number after this process's last known boundary is tried directly, and only
   * a collision costs a catch-up.
   */
  private async claim(count: number): Promise<number> {
    let head = this.known ?? (await this.readHead());
    for (;;) {
      try {
        await this.bounds.insertOne({ _id: head + 1, last: head + count });
        this.known = head + count;
        this.sinceHeadWritten += 1;
        if (this.sinceHeadWritten >= HEAD_EVERY) await this.writeHead(this.known);
        return head + 1;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        head = await this.catchUp(head);
      }
    }
  }

  /** Follows the claims after `head` (each names its last number), returning the new head. */
  private async catchUp(head: number): Promise<number> {
    let at = head;
    for (;;) {
      const next = await this.bounds.findOne({ _id: at + 1 });
      if (!next) break;
      at = next.last;
    }
    if (at !== head) await this.writeHead(at);
    return at;
  }

  private async readHead(): Promise<number> {
    return (await this.head.findOne({ _id: 'head' }))?.seq ?? 0;
  }

  // A head behind the truth costs a longer catch-up, never an overlap: no compare-and-set needed.
  private async writeHead(seq: number): Promise<void> {
    await this.head.replaceOne({ _id: 'head' }, { seq }, { upsert: true });
    this.sinceHeadWritten = 0;
  }
}
