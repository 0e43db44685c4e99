import type { EventEnvelope } from '../envelope';
import { streamPrefix } from '../envelope';
import type { Context } from '../topics';

/**
 * The kinds of record the history service keeps a timeline of, by the prefix of their stream id
 * (`lead-<uuid>` …), and the context whose topic carries each. Registry streams (units, officers)
 * are archived too but are no record of the need-to-know rules (see access.ts).
 */
export const RECORD_KINDS = ['lead', 'operation', 'evidence', 'meeting'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The contexts whose events topic the history service archives (every one that publishes). */
export const ARCHIVED_CONTEXTS = ['leads', 'operations', 'evidence', 'meetings', 'registry'] as const satisfies readonly Context[];
export type ArchivedContext = (typeof ARCHIVED_CONTEXTS)[number];

export const CONTEXT_OF_KIND: Record<RecordKind, ArchivedContext> = {
  lead: 'leads',
  operation: 'operations',
  evidence: 'evidence',
  meeting: 'meetings',
};

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** A record id as the services write it into each other's events: `lead-<uuid>`, `operation-<uuid>`, … */
export const RECORD_ID = new RegExp(`^(${RECORD_KINDS.join('|')})-${UUID}$`);

export const recordKindOf = (streamId: string): RecordKind | null => {
  const prefix = streamPrefix(streamId);
  return (RECORD_KINDS as readonly string[]).includes(prefix) && RECORD_ID.test(streamId) ? (prefix as RecordKind) : null;
};

/**
 * The other records an event names anywhere in its data (a lead's operation, an evidence item's
 * lead, a meeting's agenda references …): the edges of the cross-service timeline. Found by the
 * shape of the id rather than per field, so a new reference field joins the timeline without a
 * change here.
 */
export function linkedRecordIds(event: Pick<EventEnvelope, 'streamId' | 'data'>): string[] {
  const found = new Set<string>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8) return;
    if (typeof value === 'string') {
      if (value !== event.streamId && RECORD_ID.test(value)) found.add(value);
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
    } else if (value && typeof value === 'object') {
      for (const item of Object.values(value)) visit(item, depth + 1);
    }
  };
  visit(event.data, 0);
  return [...found];
}

/** The first `jurisdiction` an event's data carries (a lead's location, an operation's target), '' if none. */
export function jurisdictionIn(data: unknown, depth = 0): string {
  if (!data || typeof data !== 'object' || depth > 6) return '';
  const record = data as Record<string, unknown>;
  if (typeof record.jurisdiction === 'string' && record.jurisdiction !== '') return record.jurisdiction;
  for (const value of Object.values(record)) {
    const found = jurisdictionIn(value, depth + 1);
    if (found) return found;
  }
  return '';
}
