import { isDuplicateKeyError } from '@liaison/platform';
import type { Collection } from 'mongodb';
import type { Reservation, StoredEventRow } from './archive-rows';

/** The head row is a starting point for a new process: written every HEAD_EVERY reservations, not every batch. */
const HEAD_EVERY = 16;

interface HeadRow {
  _id: 'head';
  seq: number;
}

/** A row ready to be written, its number still to be given. */
export type UnnumberedRow = Omit<StoredEventRow, 'seq'>;

/**
 * Gives archived events their global order on a database without transactions (FerretDB,
 * ADR 0022, amended in ADR 0029 "ingest in batches"): every number goes to one event at most,
 * numbers increase in the order of archiving (within a partition, in offset order), and they
 * run 1, 2, 3 … without gaps except where a reserved number found its event archived already
 * (recorded as `skipped` in its reservation) or a process stopped between reserving and writing.
 * - The truth is `archive_sequence`: one reservation per written batch, `{_id: first, last}`.
 *   `_id` is the batch's first number, so inserting claims first..last and a duplicate-key
 *   error means another writer reserved from there.
 * - Reservations are made only at head + 1 after catching up over every reservation already
 *   there (from one to the next: last + 1), so they tile 1..n and never overlap: a writer with
 *   a stale head lands on a reservation's first number, never inside one.
 * - Rows are written with their number (one insertMany per batch, no per-event update): the
 *   event row's unique `_id` (the event id) keeps an event from being archived, hence numbered,
 *   twice; a row that already existed keeps its earlier number and its reserved one is skipped.
 * - The head row is only a starting point: a stale head costs a longer catch-up, never an overlap
 *   (so it is written every few reservations, not every batch).
 * One process reserves and writes one batch at a time (a promise chain, so its numbers become
 * visible in order); replicas race safely on the reservation's unique `_id`.
 */
export class Sequencer {
  private tail: Promise<unknown> = Promise.resolve();
  /** The last boundary this process knows (its own last reservation, or where a catch-up ended). */
  private known: number | null = null;
  private sinceHeadWritten = 0;

  constructor(
    private readonly events: Collection<StoredEventRow>,
    private readonly sequence: Collection<Reservation>,
    private readonly head: Collection<HeadRow>,
  ) {}

  /**
   * Writes these rows (in this order, none archived as far as the caller knows) numbered
   * head + 1 … head + k in one insert; returns the ids of the rows it wrote (the others
   * existed already and keep their number).
   */
  async write(rows: UnnumberedRow[]): Promise<Set<string>> {
    if (rows.length === 0) return new Set();
    const run = this.tail.then(() => this.reserve(rows.length));
    this.tail = run.catch(() => undefined);
    return this.writeReserved(await run, rows);
  }

  /** The highest number reserved so far (after catching up). */
  async current(): Promise<number> {
    const run = this.tail.then(async () => {
      this.known = await this.catchUp(Math.max(this.known ?? 0, await this.readHead()));
      return this.known;
    });
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async writeReserved(first: number, rows: UnnumberedRow[]): Promise<Set<string>> {
    const numbered: StoredEventRow[] = rows.map((row, k) => ({ ...row, seq: first + k }));
    const failed = await insertReportingDuplicates(this.events, numbered);
    // The account of a reservation whose numbers did not all go to events (rare: one write more).
    if (failed.size > 0) {
      const skipped = numbered.filter((_, index) => failed.has(index)).map((row) => row.seq!);
      await this.sequence.updateOne({ _id: first }, { $set: { skipped } });
    }
    return new Set(numbered.filter((_, index) => !failed.has(index)).map((row) => row._id));
  }

  /**
   * Claims count numbers after everything reserved so far; returns the first. One insert in the
   * common case: the number after this process's last known boundary is tried directly (the
   * reservation after a boundary starts right after it, so a taken one collides on `_id`), and
   * only a collision costs a catch-up.
   */
  private async reserve(count: number): Promise<number> {
    let head = this.known ?? (await this.readHead());
    for (;;) {
      try {
        await this.sequence.insertOne({ _id: head + 1, last: head + count, reservedAt: new Date().toISOString() });
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

  /** Follows the reservations after `head` (each names its last number), returning the new head. */
  private async catchUp(head: number): Promise<number> {
    let at = head;
    for (;;) {
      const next = await this.sequence.findOne({ _id: at + 1 }, { projection: { last: 1 } });
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

/**
 * One unordered insert of the rows; returns the indexes that failed on a duplicate key (rows
 * that exist already). Any other failure throws.
 */
export async function insertReportingDuplicates<T extends { _id: string }>(collection: Collection<T>, rows: T[]): Promise<Set<number>> {
  try {
    await collection.insertMany(rows as never, { ordered: false });
    return new Set();
  } catch (error) {
    const writeErrors = (error as { writeErrors?: Array<{ index: number; code?: number }> }).writeErrors;
    if (Array.isArray(writeErrors) && writeErrors.length > 0 && writeErrors.every((e) => e.code === 11000))
      return new Set(writeErrors.map((e) => e.index));
    if (isDuplicateKeyError(error) && !writeErrors && rows.length === 1) return new Set([0]);
    throw error;
  }
}
