import type { Actor, ArchivedContext, HistoryAccessState } from '@liaison/contracts';

/** Where an archived event came from: its topic, partition and offset ('' for an imported one). */
export interface ArchiveSource {
  topic: string;
  partition: number;
  offset: string;
}

/** One archived event, as a bucket holds it (rowsOf) and the service reads it. */
export interface ArchivedEventRow extends ArchiveSource {
  _id: string;
  /** The global order (Sequencer), given when the row is written. */
  seq: number | null;
  context: ArchivedContext;
  streamId: string;
  type: string;
  schemaVersion: number;
  version: number;
  occurredAt: string;
  recordedAt: string;
  actor: Actor;
  correlationId: string;
  causationId: string | null;
  traceparent: string | null;
  data: Record<string, unknown>;
  /** The record's owner unit and jurisdiction when the event was archived, for the archive's filters. */
  ownerUnitId: string;
  jurisdiction: string;
  /** Other records the event names (linkedRecordIds). */
  links: string[];
  archivedAt: string;
}

/** The fields the archive looks events up by; each value is a lookup key of the bucket holding the event. */
export const LOOKUP_FIELDS = ['_id', 'streamId', 'type', 'context', 'ownerUnitId', 'jurisdiction'] as const;
export type LookupField = (typeof LOOKUP_FIELDS)[number];

/** `field=value`: one entry of a bucket's `lookupKeys`. */
export const lookupKey = (field: LookupField, value: string): string => `${field}=${value}`;

/**
 * `archive_buckets`: the events of one written batch (a fetched partition batch, an import batch)
 * in one document, numbered `_id` (the first) … `last` (claimed in `archive_bounds` first:
 * ADR 0029, "buckets").
 * - `lookupKeys`: every `field=value` of LOOKUP_FIELDS among its events, once each. FerretDB
 *   pushes an equality filter on it down to PostgreSQL, where a GIN index serves it (the
 *   `…Keys` rule of infra/local/postgres/ferretdb-gin-indexes.sql); MongoDB indexes it multikey.
 * - `body`: the numbered events as one JSON array. FerretDB v1 spends its time per document and
 *   per field (BSON to its typed JSON in PostgreSQL): one document of one string per batch costs
 *   a fraction of one document per event.
 */
export interface ArchiveBucket {
  _id: number;
  last: number;
  lookupKeys: string[];
  body: string;
}

/**
 * `archive_bounds`: the claim of every bucket's numbers, `{_id: first, last}`, inserted before the
 * bucket: the small documents that writers catch up over and scans walk in global order without
 * reading bodies. A claim with no bucket is a writer that stopped in between: its numbers stay unused.
 */
export interface BucketBounds {
  _id: number;
  last: number;
}

/** The bucket of these numbered rows (in number order, numbers first … first + n - 1). */
export function bucketOf(rows: ArchivedEventRow[]): ArchiveBucket {
  // Distinct values per field first: most fields repeat across a batch (a key string per event
  // and field was a tenth of an ingest's CPU).
  const lookupKeys: string[] = [];
  for (const field of LOOKUP_FIELDS) {
    const values = new Set<string>();
    for (const row of rows) values.add(String(row[field] ?? ''));
    for (const value of values) lookupKeys.push(lookupKey(field, value));
  }
  return { _id: rows[0]!.seq!, last: rows.at(-1)!.seq!, lookupKeys, body: JSON.stringify(rows) };
}

/** The events of a bucket, in number order. */
export const rowsOf = (bucket: Pick<ArchiveBucket, 'body'>): ArchivedEventRow[] => JSON.parse(bucket.body) as ArchivedEventRow[];

/** `archive_records`: one row per record, its access folded from its archived events. */
export interface ArchivedRecordRow {
  _id: string;
  _v: number;
  context: ArchivedContext;
  access: HistoryAccessState | null;
  ownerUnitId: string;
  jurisdiction: string;
}

/** `archive_links`: record `from` names record `to`, or is named by it (both directions are stored). */
export interface RecordLinkRow {
  _id: string;
  from: string;
  to: string;
}
