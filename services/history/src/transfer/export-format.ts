import { ARCHIVED_CONTEXTS, eventEnvelopeSchema } from '@liaison/contracts';
import { z } from 'zod';

/** Names the format of every export line, so an import refuses a file of another kind or version. */
export const EXPORT_FORMAT = 'liaison-history-export/1';

/** One archived event: its global order at export, where it was archived from, the envelope. */
export const exportEventLineSchema = z.object({
  kind: z.literal('event'),
  seq: z.number().int().min(1),
  context: z.enum(ARCHIVED_CONTEXTS),
  source: z.object({ topic: z.string(), partition: z.number().int().min(0), offset: z.string() }),
  event: eventEnvelopeSchema,
});
export type ExportEventLine = z.infer<typeof exportEventLineSchema>;

/**
 * The last line: what was exported (the filter), counts per context and per type, and each
 * stream's chain head — the stream's exported events chained one by one with the platform's
 * commitHash (ADR 0017), so an import detects a changed, dropped or reordered event.
 */
export const exportManifestSchema = z.object({
  kind: z.literal('manifest'),
  format: z.literal(EXPORT_FORMAT),
  exportedAt: z.iso.datetime(),
  exportedBy: z.string(),
  filter: z.record(z.string(), z.string()),
  events: z.number().int().min(0),
  byContext: z.record(z.string(), z.number().int().min(0)),
  byType: z.record(z.string(), z.number().int().min(0)),
  chains: z.record(
    z.string(),
    z.object({ version: z.number().int().min(1), events: z.number().int().min(1), head: z.string().regex(/^[0-9a-f]{64}$/) }),
  ),
});
export type ExportManifest = z.infer<typeof exportManifestSchema>;
