import type { AccountabilityEntry, AccountabilityQuery, Actor, RecordAccess } from '@liaison/contracts';
import {
  decodeCursor,
  encodeCursor,
  type EventStore,
  ForbiddenError,
  NotFoundError,
  type Page,
  type PageRequest,
  pagedFind,
  pageSize,
  type ProjectedDocument,
  readAccountabilityRegister,
  ValidationError,
} from '@liaison/platform';
import type { Collection } from 'mongodb';
import { asRecord, visibility } from '../domain/policy';
import type { DeadlineRow, InboxRow, LeadReadModel, RowAccess } from '../projections/lead-read-model';
import { type RedactedLeadView, redactLeadView } from '../projections/lead-redaction';
import { evolveLeadView, viewAccess, type LeadView } from '../projections/lead-view';
import { LEAD_ID } from './ids';

/** Newest first by `sortKey`, then by id; the page after `cursor`. */
export function paginate<T>(items: T[], sortKey: (item: T) => string, id: (item: T) => string, page: PageRequest | undefined): Page<T> {
  const size = pageSize(page);
  const after = decodeCursor(page?.cursor ?? '');
  const sorted = [...items].sort((a, b) => sortKey(b).localeCompare(sortKey(a)) || id(b).localeCompare(id(a)));
  const rest = after ? sorted.filter((item) => sortKey(item) < after[0] || (sortKey(item) === after[0] && id(item) < after[1])) : sorted;
  const pageItems = rest.slice(0, size);
  const last = pageItems.at(-1);
  return { items: pageItems, nextCursor: rest.length > size && last ? encodeCursor(sortKey(last), id(last)) : '' };
}

const rowAccess = (row: RowAccess) => viewAccess({ ...row });
/** List items pass through the same redaction as GetLead (ADR 0012), with the access recorded on each link. */
const redacted = <V extends LeadView>(page: Page<V>, actor: Actor): Page<RedactedLeadView<V>> => ({
  ...page,
  items: page.items.map((item) => redactLeadView(item, actor)),
});
const visible = (actor: Actor) => (row: RowAccess) => visibility(rowAccess(row), actor) === 'visible';

const isoOrEmpty = (value: string, path: string): string => {
  if (!value) return '';
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw ValidationError.field(path, 'an RFC 3339 time');
  return new Date(ms).toISOString();
};

export interface SearchFilters {
  category: string;
  jurisdiction: string;
  status: string;
  ownerUnitId: string;
  creditCode: string;
  text: string;
  postedFrom: string;
  postedTo: string;
}

/**
 * Reads. GetLead folds the lead from the store (read-your-writes, with history); lists come from
 * the projections, filtered by top-level equality fields first (what FerretDB pushes down),
 * then by visibility for the caller.
 */
export class LeadQueries {
  constructor(
    private readonly store: EventStore,
    private readonly readModel: LeadReadModel,
  ) {}

  private details(): Collection<ProjectedDocument<LeadView>> {
    return this.readModel.details.collection as unknown as Collection<ProjectedDocument<LeadView>>;
  }

  async getLead(leadId: string, actor: Actor): Promise<RedactedLeadView<LeadView> & { version: number }> {
    if (!LEAD_ID.test(leadId)) throw ValidationError.field('lead_id', 'expected lead-<uuid>');
    const events = await this.store.readStream(leadId);
    if (events.length === 0) throw new NotFoundError('lead', leadId);
    const view = events.reduce<LeadView | null>(evolveLeadView, null)!;
    const seen = visibility(viewAccess(view), actor);
    if (seen === 'hidden') throw new NotFoundError('lead', leadId);
    if (seen === 'forbidden') throw new ForbiddenError(`unit ${actor.unitId} may not see lead ${leadId}`);
    return { ...redactLeadView(view, actor, await this.currentAccess(view)), version: events.at(-1)!.version };
  }

  /** The linked leads' access as the read model has it now (one lookup by id each; a lead has few links). */
  private async currentAccess(view: LeadView): Promise<Map<string, RecordAccess>> {
    const current = new Map<string, RecordAccess>();
    for (const leadId of new Set(view.links.map((l) => l.leadId))) {
      const doc = await this.details().findOne({ _id: leadId });
      if (doc) current.set(leadId, asRecord(viewAccess(doc)));
    }
    return current;
  }

  async inbox(actor: Actor, status: string, page: PageRequest | undefined): Promise<Page<InboxRow>> {
    const filter: Record<string, unknown> = { unitId: actor.unitId };
    if (status) filter.myStatus = status;
    return pagedFind(this.readModel.inbox, filter, 'sharedAt', page, visible(actor));
  }

  async outbox(actor: Actor, status: string, page: PageRequest | undefined): Promise<Page<RedactedLeadView<ProjectedDocument<LeadView>>>> {
    const filter: Record<string, unknown> = { ownerUnitId: actor.unitId };
    if (status) filter.status = status;
    return redacted(
      await pagedFind(this.details(), filter, 'postedAt', page, (d) => visibility(viewAccess(d), actor) === 'visible'),
      actor,
    );
  }

  /** Breaches where the caller's unit is late or owns the lead; analysts see every breach they are cleared for. */
  async overdue(actor: Actor, page: PageRequest | undefined): Promise<Page<DeadlineRow>> {
    const rows = new Map<string, DeadlineRow>();
    const filters = actor.roles.includes('analyst')
      ? [{ breached: true }]
      : [
          { breached: true, unitId: actor.unitId },
          { breached: true, ownerUnitId: actor.unitId },
        ];
    for (const filter of filters) for (const row of await this.readModel.deadlines.find(filter).toArray()) rows.set(row._id, row);
    return paginate(
      [...rows.values()].filter(visible(actor)),
      (r) => r.detectedAt,
      (r) => r._id,
      page,
    );
  }

  async search(
    actor: Actor,
    f: SearchFilters,
    page: PageRequest | undefined,
  ): Promise<Page<RedactedLeadView<ProjectedDocument<LeadView>>>> {
    const filter: Record<string, string> = {};
    if (f.category) filter.category = f.category;
    if (f.jurisdiction) filter.jurisdiction = f.jurisdiction;
    if (f.status) filter.status = f.status;
    if (f.ownerUnitId) filter.ownerUnitId = f.ownerUnitId;
    if (f.creditCode) filter.creditCode = f.creditCode.trim().toUpperCase();
    const from = isoOrEmpty(f.postedFrom, 'posted_from');
    const to = isoOrEmpty(f.postedTo, 'posted_to');
    const text = f.text.trim().toLowerCase();
    const found = await pagedFind(this.details(), filter, 'postedAt', page, (d) => {
      if (from && d.postedAt < from) return false;
      if (to && d.postedAt > to) return false;
      if (text) {
        const haystack = [d.title, d.subject.enterpriseName, d.subject.personName, d.subject.onlineShop].join(' ').toLowerCase();
        if (!haystack.includes(text)) return false;
      }
      return visibility(viewAccess(d), actor) === 'visible';
    });
    return redacted(found, actor);
  }

  /**
   * The transfer cases the caller's Procuratorate unit is asked to supervise (ADR 0014): procurators
   * only, and only leads naming their unit (a top-level equality filter), each still checked for
   * visibility (a RED lead only through a named procurator).
   */
  async supervised(actor: Actor, page: PageRequest | undefined): Promise<Page<RedactedLeadView<ProjectedDocument<LeadView>>>> {
    if (!actor.roles.includes('procurator')) throw new ForbiddenError('the list of supervised transfer cases is for procurators');
    const found = await pagedFind(
      this.details(),
      { procuratorateUnitId: actor.unitId },
      'postedAt',
      page,
      (d) => visibility(viewAccess(d), actor) === 'visible',
    );
    return redacted(found, actor);
  }

  /** Counts over the leads the caller may see. */
  async counts(actor: Actor, postedFrom: string, postedTo: string) {
    const from = isoOrEmpty(postedFrom, 'posted_from');
    const to = isoOrEmpty(postedTo, 'posted_to');
    const docs = ((await this.readModel.details.collection.find({}).toArray()) as ProjectedDocument<LeadView>[]).filter(
      (d) => (!from || d.postedAt >= from) && (!to || d.postedAt <= to) && visibility(viewAccess(d), actor) === 'visible',
    );
    const bucket = (key: (d: LeadView) => string) => {
      const counts = new Map<string, number>();
      for (const d of docs) counts.set(key(d), (counts.get(key(d)) ?? 0) + 1);
      return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, count]) => ({ key: k, count }));
    };
    return {
      byCategory: bucket((d) => d.category),
      byJurisdiction: bucket((d) => d.jurisdiction),
      byStatus: bucket((d) => d.status),
      total: docs.length,
    };
  }

  /** The leads accountability register (ADR 0013), as the caller may read it. */
  accountability(actor: Actor, query: Partial<AccountabilityQuery>, page: PageRequest | undefined): Promise<Page<AccountabilityEntry>> {
    return readAccountabilityRegister(this.readModel.accountability, actor, query, page);
  }
}
