import type { Actor, ArchivedContext, HistoryAccessState } from '@liaison/contracts';

/** Where an archived event came from: its topic, partition and offset ('' for an imported one). */
export interface ArchiveSource {
  topic: string;
  partition: number;
  offset: string;
}

/** One archived event (`archive_events`), keyed by its event id so redelivery and re-import are no-ops. */
export interface ArchivedEventRow extends ArchiveSource {
  _id: string;
  /** The global order (1, 2, 3 … without gaps); null until the sequencer numbered it. */
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

/** `archive_sequence`: seq → event id. Its _id is the seq, so one number can go to one event only. */
export interface SequenceEntry {
  _id: number;
  eventId: string;
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
