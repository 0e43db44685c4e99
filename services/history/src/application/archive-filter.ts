import { ARCHIVED_CONTEXTS, RECORD_ID, zodIssues } from '@liaison/contracts';
import { ValidationError } from '@liaison/platform';
import { z } from 'zod';
import type { LookupField } from '../archive/archive-rows';

const time = z.iso.datetime({ offset: true, message: 'an RFC 3339 time, e.g. 2026-03-01T00:00:00Z' });
const optional = (schema: z.ZodType<string, string>) => z.string().trim().pipe(z.literal('').or(schema));

/** The archive's filters as a request carries them (empty = no filter); checked once for query and export. */
export const archiveFilterSchema = z
  .object({
    from: optional(time),
    to: optional(time),
    type: optional(z.string().regex(/^[A-Z][A-Za-z0-9]+$/, 'an event type, e.g. LeadPosted')),
    unitId: optional(z.string().max(200)),
    jurisdiction: optional(z.string().max(200)),
    context: optional(z.enum(ARCHIVED_CONTEXTS)),
    recordId: optional(z.string().regex(RECORD_ID, 'expected lead-, operation-, evidence- or meeting-<uuid>')),
  })
  .refine((f) => !f.from || !f.to || Date.parse(f.from) < Date.parse(f.to), { path: ['to'], message: 'must be after from' });
export type ArchiveFilter = z.output<typeof archiveFilterSchema>;

const SNAKE: Record<string, string> = { unitId: 'unit_id', recordId: 'record_id' };

export function parseArchiveFilter(input: Record<keyof ArchiveFilter, string>): ArchiveFilter {
  const parsed = archiveFilterSchema.safeParse(input);
  if (!parsed.success)
    throw ValidationError.of(
      zodIssues(parsed.error).map((issue) => ({ ...issue, path: SNAKE[issue.path] ?? issue.path })),
      'archive filter',
    );
  return parsed.data;
}

/** The filter as the archive's lookups (equality on its lookup fields); the time range is checked per event. */
export function archiveQuery(filter: ArchiveFilter): Partial<Record<LookupField, string>> {
  const query: Partial<Record<LookupField, string>> = {};
  if (filter.type) query.type = filter.type;
  if (filter.unitId) query.ownerUnitId = filter.unitId;
  if (filter.jurisdiction) query.jurisdiction = filter.jurisdiction;
  if (filter.context) query.context = filter.context;
  if (filter.recordId) query.streamId = filter.recordId;
  return query;
}

/** recorded_at within [from, to): compared as instants, whatever offset each is written with. */
export function withinTime(filter: ArchiveFilter, recordedAt: string): boolean {
  const at = Date.parse(recordedAt);
  return (!filter.from || at >= Date.parse(filter.from)) && (!filter.to || at < Date.parse(filter.to));
}
