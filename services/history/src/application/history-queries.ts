import { type Actor, RECORD_ID } from '@liaison/contracts';
import { decodeCursor, encodeCursor, ForbiddenError, type Page, type PageRequest, pageSize, ValidationError } from '@liaison/platform';
import type { Archive } from '../archive/archive';
import type { ArchivedEventRow } from '../archive/archive-rows';
import { type ArchiveFilter, archiveQuery, withinTime } from './archive-filter';
import { causalOrder } from './causal-order';
import { readsHistory, RecordDisclosure } from './record-disclosure';

export interface TimelineEntry {
  event: ArchivedEventRow;
  causedByEventId: string;
  causedEventIds: string[];
}

export interface Timeline {
  recordId: string;
  recordIds: string[];
  entries: TimelineEntry[];
}

/** The archive's reads, each within need-to-know (RecordDisclosure). */
export class HistoryQueries {
  constructor(private readonly archive: Archive) {}

  disclosure(actor: Actor): RecordDisclosure {
    if (!readsHistory(actor))
      throw new ForbiddenError('supervisors read the accountability register and who viewed a record, not the history');
    return new RecordDisclosure(this.archive.records, actor);
  }

  /**
   * The record's events and those of the records linked to it (one hop: an id named in the data
   * of either side) that the caller may see, in causal order with the causation links shown.
   */
  async timeline(actor: Actor, recordId: string): Promise<Timeline> {
    const disclosure = this.disclosure(actor);
    await disclosure.require(recordId);
    const linked = (await this.archive.links.find({ from: recordId }).toArray()).map((link) => link.to);
    const recordIds = [recordId];
    for (const other of [...new Set(linked)].sort()) if (await disclosure.visible(other)) recordIds.push(other);
    const events: ArchivedEventRow[] = [];
    for (const id of recordIds) events.push(...(await this.archive.eventsOf(id)));
    const ordered = causalOrder(events);
    const shown = new Set(ordered.map((e) => e._id));
    const effects = new Map<string, string[]>();
    for (const e of ordered)
      if (e.causationId && shown.has(e.causationId)) effects.set(e.causationId, [...(effects.get(e.causationId) ?? []), e._id]);
    return {
      recordId,
      recordIds,
      entries: ordered.map((event) => ({
        event,
        causedByEventId: event.causationId && shown.has(event.causationId) ? event.causationId : '',
        causedEventIds: effects.get(event._id) ?? [],
      })),
    };
  }

  /** One page of archived events in global order, only of records the caller may see. */
  async query(actor: Actor, filter: ArchiveFilter, page: PageRequest | undefined): Promise<Page<ArchivedEventRow>> {
    const size = pageSize(page);
    const after = decodeCursor(page?.cursor ?? '');
    let from = after ? Number(after[0]) : 0;
    if (!Number.isInteger(from) || from < 0) throw ValidationError.field('page.cursor', 'not a cursor this service issued');
    const items: ArchivedEventRow[] = [];
    for await (const row of this.scan(actor, filter, from)) {
      if (items.length === size) return { items, nextCursor: encodeCursor(String(from), '') };
      items.push(row);
      from = row.seq!;
    }
    return { items, nextCursor: '' };
  }

  /**
   * Every archived event that matches and the caller may see, in global order after `afterSeq`,
   * bucket by bucket (the export streams this; ADR 0029, "buckets").
   */
  async *scan(actor: Actor, filter: ArchiveFilter, afterSeq = 0): AsyncGenerator<ArchivedEventRow> {
    const disclosure = this.disclosure(actor);
    if (filter.recordId) {
      if (!RECORD_ID.test(filter.recordId))
        throw ValidationError.field('record_id', 'expected lead-, operation-, evidence- or meeting-<uuid>');
      await disclosure.require(filter.recordId);
    }
    for await (const row of this.archive.scanAfter(archiveQuery(filter), afterSeq)) {
      if (!withinTime(filter, row.recordedAt)) continue;
      if (await disclosure.visible(row.streamId)) yield row;
    }
  }

  async status(): Promise<{ archived: number; sequenced: number }> {
    const [archived, sequenced] = await Promise.all([this.archive.count(), this.archive.sequencer.current()]);
    return { archived, sequenced };
  }
}
