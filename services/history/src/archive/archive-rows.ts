import type { Actor, ArchivedContext, HistoryAccessState } from '@liaison/contracts';

/** Where an archived event came from: its topic, partition and offset ('' for an imported one). */
export interface ArchiveSource {
  topic: string;
  partition: number;
  offset: string;
}

/** One archived event as the service reads it (decodeRow of a StoredEventRow). */
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

/** The fields a query filters or sorts on (FerretDB pushes top-level equality down); the rest is `body`. */
type Queried = '_id' | 'seq' | 'context' | 'streamId' | 'type' | 'ownerUnitId' | 'jurisdiction';

/**
 * One archived event as stored in `archive_events`, keyed by its event id so redelivery and
 * re-import are no-ops: the queried fields at the top, everything else one JSON string. FerretDB
 * v1 spends its time per field of a document (BSON to its typed JSON in PostgreSQL), and the
 * archive never filters on the envelope's inner fields; a row of ~20 nested fields cost about
 * three times as much to insert (ADR 0029, "ingest in batches").
 */
export type StoredEventRow = Pick<ArchivedEventRow, Queried> & { body: string };

export function encodeRow(row: ArchivedEventRow): StoredEventRow {
  const { _id, seq, context, streamId, type, ownerUnitId, jurisdiction, ...rest } = row;
  return { _id, seq, context, streamId, type, ownerUnitId, jurisdiction, body: JSON.stringify(rest) };
}

/** The row as the service reads it; a row written before the body existed is read as it is. */
export function decodeRow(stored: StoredEventRow): ArchivedEventRow {
  if (typeof stored.body !== 'string') return stored as unknown as ArchivedEventRow;
  const { body, ...queried } = stored;
  return { ...(JSON.parse(body) as Omit<ArchivedEventRow, Queried>), ...queried };
}

/**
 * `archive_sequence`: one reservation per written batch, numbers `_id` (the first) … `last`.
 * `skipped`: numbers whose event turned out archived already (ADR 0029); a number neither on a
 * row nor skipped belongs to a batch whose writer stopped before writing it.
 */
export interface Reservation {
  _id: number;
  last: number;
  reservedAt: string;
  skipped?: number[];
}

/** `archive_checkpoints`: per consumed topic partition, the highest offset whose batch was written. */
export interface PartitionCheckpoint {
  _id: string;
  offset: string;
}

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
