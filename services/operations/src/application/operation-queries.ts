import type { Actor } from '@liaison/contracts';
import { type EventStore, ForbiddenError, NotFoundError, ValidationError } from '@liaison/platform';
import type { Collection } from 'mongodb';
import { visibility } from '../domain/policy';
import type { ConflictRow, MembershipRow, OperationReadModel, RowAccess } from '../projections/operation-read-model';
import { evolveOperationView, type OperationView, viewAccess } from '../projections/operation-view';
import { OPERATION_ID } from './ids';

export interface PageRequest {
  pageSize: number;
  cursor: string;
}
export interface Page<T> {
  items: T[];
  nextCursor: string;
}

const DEFAULT_PAGE = 50;
const MAX_PAGE = 200;

// Cursor paging: the same scheme as services/leads (a candidate for packages/platform).
export const encodeCursor = (sortKey: string, id: string): string => Buffer.from(JSON.stringify([sortKey, id])).toString('base64url');
export function decodeCursor(cursor: string): [string, string] | null {
  if (!cursor) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) return value as [string, string];
  } catch {
    // fall through
  }
  throw ValidationError.field('page.cursor', 'not a cursor this service issued');
}

const pageSize = (page: PageRequest | undefined) => {
  if ((page?.pageSize ?? 0) < 0) throw ValidationError.field('page.page_size', 'zero (default) or more');
  return Math.min(Math.max(page?.pageSize || DEFAULT_PAGE, 1), MAX_PAGE);
};

/** Sorted by `sortKey` (newest first, or earliest first when `ascending`), then id; the page after `cursor`. */
export function paginate<T>(items: T[], sortKey: (item: T) => string, id: (item: T) => string, page: PageRequest | undefined, ascending = false): Page<T> {
  const size = pageSize(page);
  const after = decodeCursor(page?.cursor ?? '');
  const dir = ascending ? 1 : -1;
  const cmp = (a: T, b: T) => dir * (sortKey(a).localeCompare(sortKey(b)) || id(a).localeCompare(id(b)));
  const sorted = [...items].sort(cmp);
  const rest = after ? sorted.filter((item) => dir * (sortKey(item).localeCompare(after[0]) || id(item).localeCompare(after[1])) > 0) : sorted;
  const pageItems = rest.slice(0, size);
  const last = pageItems.at(-1);
  return { items: pageItems, nextCursor: rest.length > size && last ? encodeCursor(sortKey(last), id(last)) : '' };
}

/**
 * A page straight from the server, newest first: equality filter (pushed down by FerretDB), the
 * cursor as a range on (sortField, _id), in batches until the page is full of rows the caller may see.
 */
export async function pagedFind<T extends { _id: string }>(
  collection: Collection<T>, filter: Record<string, unknown>, sortField: keyof T & string, page: PageRequest | undefined, accept: (row: T) => boolean,
): Promise<Page<T>> {
  const size = pageSize(page);
  const after = decodeCursor(page?.cursor ?? '');
  const query = after ? { ...filter, $or: [{ [sortField]: { $lt: after[0] } }, { [sortField]: after[0], _id: { $lt: after[1] } }] } : filter;
  const batch = 2 * (size + 1);
  const items: T[] = [];
  for (let skip = 0; ; skip += batch) {
    const rows = (await collection.find(query as never).sort({ [sortField]: -1, _id: -1 }).skip(skip).limit(batch).toArray()) as T[];
    for (const row of rows) {
      if (accept(row)) items.push(row);
      if (items.length > size) break;
    }
    if (items.length > size || rows.length < batch) break;
  }
  const pageItems = items.slice(0, size);
  const last = pageItems.at(-1);
  return { items: pageItems, nextCursor: items.length > size && last ? encodeCursor(String(last[sortField]), last._id) : '' };
}

const visible = (actor: Actor) => (row: RowAccess) => visibility(viewAccess(row), actor) === 'visible';

const isoOrEmpty = (value: string, path: string): string => {
  if (!value) return '';
  const ms = Date.parse(value);
  if (Number.isNaN(ms) || !/^\d{4}-\d{2}-\d{2}/.test(value)) throw ValidationError.field(path, 'an RFC 3339 time');
  return new Date(ms).toISOString();
};

/**
 * Reads. GetOperation folds the operation from the store (read-your-writes, with history); lists
 * come from the projections by top-level equality (unit id, role, owner unit), then filtered by
 * visibility for the caller.
 */
export class OperationQueries {
  constructor(
    private readonly store: EventStore,
    private readonly readModel: OperationReadModel,
  ) {}

  async getOperation(operationId: string, actor: Actor): Promise<OperationView & { version: number }> {
    if (!OPERATION_ID.test(operationId)) throw ValidationError.field('operation_id', 'expected operation-<uuid>');
    const events = await this.store.readStream(operationId);
    if (events.length === 0) throw new NotFoundError('operation', operationId);
    const view = events.reduce<OperationView | null>(evolveOperationView, null)!;
    const seen = visibility(viewAccess(view), actor);
    if (seen === 'hidden') throw new NotFoundError('operation', operationId);
    if (seen === 'forbidden') throw new ForbiddenError(`unit ${actor.unitId} may not see operation ${operationId}`);
    return { ...view, version: events.at(-1)!.version };
  }

  /** Operations my unit leads or was invited to (any answer). */
  async mine(actor: Actor, status: string, page: PageRequest | undefined): Promise<Page<MembershipRow>> {
    const filter: Record<string, unknown> = { unitId: actor.unitId };
    if (status) filter.status = status;
    return pagedFind(this.readModel.memberships, filter, 'updatedAt', page, visible(actor));
  }

  /** Invitations to my unit still awaiting an answer, on operations still open. */
  async invitations(actor: Actor, page: PageRequest | undefined): Promise<Page<MembershipRow>> {
    return pagedFind(this.readModel.memberships, { unitId: actor.unitId, role: 'invited' }, 'updatedAt', page, (r) => visible(actor)(r) && (r.status === 'proposed' || r.status === 'launched'));
  }

  /** Deconfliction alerts on operations my unit leads. */
  async conflicts(actor: Actor, page: PageRequest | undefined): Promise<Page<ConflictRow>> {
    return pagedFind(this.readModel.conflicts, { ownerUnitId: actor.unitId }, 'detectedAt', page, visible(actor));
  }

  /** My unit's operations (led, invited or joined; not declined) whose window overlaps [from, to], earliest first. */
  async calendar(actor: Actor, from: string, to: string, page: PageRequest | undefined): Promise<Page<MembershipRow>> {
    const f = isoOrEmpty(from, 'from');
    const t = isoOrEmpty(to, 'to');
    if (f && t && t < f) throw ValidationError.field('to', 'must not be before from');
    const rows = (await this.readModel.memberships.find({ unitId: actor.unitId }).toArray()).filter(
      (r) => r.role !== 'declined' && r.status !== 'cancelled' && (!t || r.startsAt < t) && (!f || r.endsAt > f) && visible(actor)(r),
    );
    return paginate(rows, (r) => r.startsAt, (r) => r._id, page, true);
  }
}
