import { isDuplicateKeyError, onlyDuplicateKeyErrors } from '@liaison/platform';
import type { Collection } from 'mongodb';
import type { ArchivedEventRow, SequenceEntry } from './archive-rows';

/**
 * Statements per update command: each holds a PostgreSQL connection of FerretDB's shared pool
 * until its command ends, and one process numbers one batch at a time (the mutex below).
 */
export const UPDATES_PER_COMMAND = 25;

interface HeadRow {
  _id: 'head';
  seq: number;
}

/**
 * Gives archived events their global order, 1, 2, 3 … without gaps and at most one number per
 * event, on a database without transactions (FerretDB, ADR 0022):
 * - the truth is `archive_sequence`, whose `_id` is the number: inserting `{_id: n, eventId}`
 *   claims n, and a duplicate-key error means someone else holds it;
 * - a number is claimed only at head + 1, after catching up over every entry already there, so
 *   the numbers in use are always 1..n;
 * - the number is then copied onto the event's row (for queries) and the head row advanced;
 *   both are repairable: a crash after the claim leaves the entry, and the next catch-up copies
 *   it onto the row and moves the head past it, so the event is never numbered twice;
 * - an event is numbered only while its row has none, and catching up runs before every claim.
 * One process numbers at a time (a mutex here; replicas race safely on the unique `_id`); a
 * batch's numbers are claimed in one ordered insert.
 */
export class Sequencer {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly events: Collection<ArchivedEventRow>,
    private readonly sequence: Collection<SequenceEntry>,
    private readonly head: Collection<HeadRow>,
  ) {}

  /** Numbers these events (already in `archive_events`), in this order, unless they have a number. */
  number(eventIds: string[], knownUnnumbered: ReadonlySet<string> = new Set()): Promise<void> {
    const run = this.tail.then(() => this.numberNow(eventIds, knownUnnumbered));
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** The highest number given so far (after catching up). */
  async current(): Promise<number> {
    const run = this.tail.then(async () => this.catchUp(await this.readHead()));
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async numberNow(eventIds: string[], knownUnnumbered: ReadonlySet<string>): Promise<void> {
    if (eventIds.length === 0) return;
    const caughtUp = new Set<string>();
    let head = await this.catchUp(await this.readHead(), caughtUp);
    let todo: string[] = [];
    for (const eventId of eventIds) {
      if (caughtUp.has(eventId)) continue;
      if (!knownUnnumbered.has(eventId)) {
        const row = await this.events.findOne({ _id: eventId }, { projection: { seq: 1 } });
        if (!row || row.seq !== null) continue;
      }
      todo.push(eventId);
    }
    // The batch's numbers are claimed at once: head + 1 … head + k in one ordered insert. If
    // another writer holds one of them, whatever this insert did claim is found by the catch-up
    // like any other entry (copied onto its row, so not claimed again) and the rest are retried
    // after the new head: still gap-free, still one number per event.
    while (todo.length > 0) {
      const entries = todo.map((eventId, k) => ({ _id: head + 1 + k, eventId }));
      let claimed = false;
      try {
        await this.sequence.insertMany(entries, { ordered: true });
        claimed = true;
      } catch (error) {
        if (!isDuplicateKeyError(error) && !onlyDuplicateKeyErrors(error)) throw error;
      }
      if (claimed) {
        await this.copyNumbers(entries);
        head += entries.length;
        break;
      }
      head = await this.catchUp(head, caughtUp);
      todo = todo.filter((eventId) => !caughtUp.has(eventId));
    }
    await this.writeHead(head);
  }

  /**
   * Copies claimed numbers onto their events, at most UPDATES_PER_COMMAND statements per
   * `update` command. FerretDB v1 holds one PostgreSQL connection for every statement of an
   * update command until the whole command ends (each updateOne's query stays open behind its
   * limit of 1), so one bulkWrite over a batch of 500+ events took all of FerretDB's
   * pool_max_conns=500 and waited for a 501st: FerretDB stalled for every service (ADR 0029).
   */
  private async copyNumbers(entries: SequenceEntry[]): Promise<void> {
    for (let start = 0; start < entries.length; start += UPDATES_PER_COMMAND)
      await this.events.bulkWrite(
        entries
          .slice(start, start + UPDATES_PER_COMMAND)
          .map((entry) => ({ updateOne: { filter: { _id: entry.eventId }, update: { $set: { seq: entry._id } } } })),
        { ordered: false },
      );
  }

  /** Copies every claimed number after `head` onto its event, returning the new head. */
  private async catchUp(head: number, seen?: Set<string>): Promise<number> {
    let at = head;
    for (;;) {
      const entry = await this.sequence.findOne({ _id: at + 1 });
      if (!entry) break;
      await this.events.updateOne({ _id: entry.eventId }, { $set: { seq: entry._id } });
      seen?.add(entry.eventId);
      at = entry._id;
    }
    if (at !== head) await this.writeHead(at);
    return at;
  }

  private async readHead(): Promise<number> {
    return (await this.head.findOne({ _id: 'head' }))?.seq ?? 0;
  }

  // A head behind the truth costs a longer catch-up, never a gap: no compare-and-set needed.
  private async writeHead(seq: number): Promise<void> {
    await this.head.replaceOne({ _id: 'head' }, { seq }, { upsert: true });
  }
}
