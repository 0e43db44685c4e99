import type { Collection } from 'mongodb';
import { ValidationError } from '../errors';

export interface PageRequest {
  /** 0 = the default page size. */
  pageSize: number;
  /** Empty for the first page. */
  cursor: string;
}

export interface Page<T> {
  items: T[];
  /** Empty when there is no further page. */
  nextCursor: string;
}

const DEFAULT_PAGE = 50;
const MAX_PAGE = 200;

export function pageSize(page: PageRequest | undefined): number {
  if ((page?.pageSize ?? 0) < 0) throw ValidationError.field('page.page_size', 'zero (default) or more');
  return Math.min(Math.max(page?.pageSize || DEFAULT_PAGE, 1), MAX_PAGE);
}

/** Opaque cursor: base64url of the last item's sort key and id. */
export const encodeCursor = (sortKey: string, id: string): string => Buffer.from(JSON.stringify([sortKey, id])).toString('base64url');

export function decodeCursor(cursor: string): [string, string] | null {
  if (!cursor) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) return value as [string, string];
  } catch {
    // not ours: answered below
  }
  throw ValidationError.field('page.cursor', 'not a cursor this service issued');
}

/** Sorted by `sortKey` (newest first, or earliest first when `ascending`), then id; the page after `cursor`. */
export function paginate<T>(
  items: T[],
  sortKey: (item: T) => string,
  id: (item: T) => string,
  page: PageRequest | undefined,
  ascending = false,
): Page<T> {
  const size = pageSize(page);
  const after = decodeCursor(page?.cursor ?? '');
  const dir = ascending ? 1 : -1;
  const sorted = [...items].sort((a, b) => dir * (sortKey(a).localeCompare(sortKey(b)) || id(a).localeCompare(id(b))));
  const rest = after
    ? sorted.filter((item) => dir * (sortKey(item).localeCompare(after[0]) || id(item).localeCompare(after[1])) > 0)
    : sorted;
  const pageItems = rest.slice(0, size);
  const last = pageItems.at(-1);
  return { items: pageItems, nextCursor: rest.length > size && last ? encodeCursor(sortKey(last), id(last)) : '' };
}

/**
 * A page straight from the server, newest first: equality filter (pushed down by FerretDB), the
 * cursor as a range on (sortField, _id), in batches until the page is full of rows the caller
 * may see. Only the page travels to the service, not the whole list.
 */
export async function pagedFind<T extends { _id: string }>(
  collection: Collection<T>,
  filter: Record<string, unknown>,
  sortField: keyof T & string,
  page: PageRequest | undefined,
  accept: (row: T) => boolean,
): Promise<Page<T>> {
  const size = pageSize(page);
  const after = decodeCursor(page?.cursor ?? '');
  const query = after
    ? { ...filter, $or: [{ [sortField]: { $lt: after[0] } }, { [sortField]: after[0], _id: { $lt: after[1] } }] }
    : filter;
  const batch = 2 * (size + 1);
  const items: T[] = [];
  for (let skip = 0; ; skip += batch) {
    const rows = (await collection
      .find(query as never)
      .sort({ [sortField]: -1, _id: -1 })
      .skip(skip)
      .limit(batch)
      .toArray()) as T[];
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
