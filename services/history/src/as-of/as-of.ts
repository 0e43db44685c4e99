import { type Actor, type EventEnvelope, recordKindOf } from '@liaison/contracts';
import { NotFoundError, ValidationError } from '@liaison/platform';
import { z } from 'zod';
import type { Archive } from '../archive/archive';
import type { ArchivedEventRow } from '../archive/archive-rows';
import type { HistoryQueries } from '../application/history-queries';
import { foldWithOwner } from './owning-evolves';

export const TIME_AXES = ['recorded', 'occurred'] as const;
export type TimeAxis = (typeof TIME_AXES)[number];

export interface RecordAsOf {
  recordId: string;
  asOf: string;
  timeAxis: TimeAxis;
  version: number;
  eventsFolded: number;
  state: unknown;
}

const asOfSchema = z.iso.datetime({ offset: true, message: 'an RFC 3339 time, e.g. 2026-03-01T00:00:00Z' });

export const envelopeOf = (row: ArchivedEventRow): EventEnvelope => ({
  eventId: row._id,
  type: row.type,
  schemaVersion: row.schemaVersion,
  streamId: row.streamId,
  version: row.version,
  occurredAt: row.occurredAt,
  recordedAt: row.recordedAt,
  actor: row.actor,
  correlationId: row.correlationId,
  causationId: row.causationId,
  traceparent: row.traceparent,
  data: row.data,
});

/**
 * A record's state as of a time (bitemporal, issue 11): `recorded` — as the system knew it at T
 * (the events recorded by T); `occurred` — as the facts stood at T (the events whose fact
 * occurred by T, e.g. a police decision back-dated after T is included although recorded
 * later). Folded in stream order with the owning service's evolve.
 */
export async function recordAsOf(
  archive: Archive,
  queries: HistoryQueries,
  actor: Actor,
  request: { recordId: string; asOf: string; timeAxis: string },
): Promise<RecordAsOf> {
  const kind = recordKindOf(request.recordId);
  if (!kind) throw ValidationError.field('record_id', 'expected lead-, operation-, evidence- or meeting-<uuid>');
  if (!asOfSchema.safeParse(request.asOf).success) throw ValidationError.field('as_of', 'an RFC 3339 time, e.g. 2026-03-01T00:00:00Z');
  const timeAxis = (request.timeAxis || 'recorded') as TimeAxis;
  if (!TIME_AXES.includes(timeAxis)) throw ValidationError.field('time_axis', 'recorded or occurred');
  await queries.disclosure(actor).require(request.recordId);
  const at = Date.parse(request.asOf);
  const rows = (await archive.eventsOf(request.recordId)).sort((a, b) => a.version - b.version);
  const folded = rows.filter((row) => Date.parse(timeAxis === 'recorded' ? row.recordedAt : row.occurredAt) <= at);
  if (folded.length === 0) throw new NotFoundError(`record as of ${request.asOf}`, request.recordId);
  return {
    recordId: request.recordId,
    asOf: request.asOf,
    timeAxis,
    version: folded.at(-1)!.version,
    eventsFolded: folded.length,
    state: foldWithOwner(kind, folded.map(envelopeOf)),
  };
}
