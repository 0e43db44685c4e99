import { createInterface } from 'node:readline';
import { type Actor, ARCHIVED_CONTEXTS, RECORD_ID, recordKindOf } from '@liaison/contracts';
import { Router } from 'express';
import { z } from 'zod';
import { purposeOf } from '../audit/audit-reads';
import type { ReadAudit } from '../audit/read-audit';
import { requireRole } from '../auth/middleware';
import { callContext } from '../http/command-routes';
import { HttpProblem } from '../http/problems';
import { parse } from '../http/validate';
import type { HistoryPort } from './history-port';

export const HISTORY_BASE = '/api/v1/history';
/** Analysts (within their clearance) and the parties of a record (officers, coordinators, procurators) read history; the service decides per record. */
export const HISTORY_READERS = ['analyst', 'liaison_officer', 'coordinator', 'procurator'] as const;
/** Who viewed a record: its owner unit's officers and the Supervision Bureau (ADR 0023). */
export const VIEWS_READERS = ['liaison_officer', 'coordinator', 'analyst', 'supervisor'] as const;

export const recordIdParam = z.object({ recordId: z.string().regex(RECORD_ID, 'expected lead-, operation-, evidence- or meeting-<uuid>') });
/**
 * A filter left out (or empty) filters nothing; one given has the shape the history service's
 * archive filter checks (services/history/src/application/archive-filter.ts), so the document
 * says what the service refuses. That `to` is after `from` is the service's to check (400).
 */
const emptyOr = (schema: z.ZodType<string>) => z.union([z.literal(''), schema]).default('');
const rfc3339 = z.iso.datetime({ offset: true, message: 'an RFC 3339 time, e.g. 2026-03-01T00:00:00Z' });
export const archiveQuerySchema = z.object({
  from: emptyOr(rfc3339),
  to: emptyOr(rfc3339).describe('After from'),
  type: emptyOr(
    z
      .string()
      .max(100)
      .regex(/^[A-Z][A-Za-z0-9]+$/, 'an event type, e.g. LeadPosted'),
  ),
  unitId: z.string().max(200).default(''),
  jurisdiction: z.string().max(200).default(''),
  context: emptyOr(z.enum(ARCHIVED_CONTEXTS)),
  recordId: emptyOr(z.string().regex(RECORD_ID, 'expected lead-, operation-, evidence- or meeting-<uuid>')),
  pageSize: z.coerce.number().int().min(0).max(200).default(0),
  cursor: z.string().max(1000).default(''),
  purpose: z.string().optional(),
});
export const replayQuerySchema = archiveQuerySchema.omit({ pageSize: true, cursor: true }).extend({
  speed: z.coerce.number().min(0).max(1_000_000).default(60),
  sandbox: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, 'a-z, 0-9 and -, up to 40 characters')
    .default('default'),
});
export const sandboxRecordParams = recordIdParam.extend({
  sandbox: z.string().regex(/^[a-z0-9-]{1,40}$/, 'a-z, 0-9 and -, up to 40 characters'),
});
export const asOfQuery = z.object({
  at: rfc3339,
  axis: z.enum(['recorded', 'occurred']).default('recorded'),
  purpose: z.string().optional(),
});

const eventJson = (e: { dataJson: string; causationId: string }) => {
  const { dataJson, ...rest } = e as { dataJson: string; causationId: string } & Record<string, unknown>;
  return { ...rest, causationId: e.causationId || null, data: JSON.parse(dataJson) as unknown };
};

const filterOf = (q: Omit<z.output<typeof archiveQuerySchema>, 'pageSize' | 'cursor'>) => ({
  from: q.from,
  to: q.to,
  type: q.type,
  unitId: q.unitId,
  jurisdiction: q.jurisdiction,
  context: q.context,
  recordId: q.recordId,
});

/**
 * REST of the history service (issue 11, ADR 0022):
 * GET  /records/{id}/timeline · GET /records/{id}/as-of?at&axis · GET /records/{id}/views
 * GET  /events?from&to&type&unitId&jurisdiction&context&recordId&pageSize&cursor
 * GET  /export?… (application/x-ndjson, streamed) · POST /import (application/x-ndjson body; admins)
 * Timeline, as-of and export reads are recorded in the read audit (ADR 0023).
 */
export function historyRouter({ history, audit }: { history: HistoryPort; audit?: ReadAudit }): Router {
  const router = Router();
  const recordView = (actor: Actor, ids: string[], what: 'timeline' | 'as_of' | 'export', purpose: string, correlationId: string) =>
    audit?.record(actor, ids, what, purpose, correlationId);

  router.get('/records/:recordId/timeline', requireRole(HISTORY_READERS), async (req, res) => {
    const { recordId } = parse(recordIdParam, req.params, 'path');
    const ctx = callContext(res);
    const timeline = await history.call('GetTimeline', { recordId }, ctx);
    recordView(ctx.actor, timeline.recordIds, 'timeline', purposeOf(req), ctx.correlationId);
    res.setHeader('Cache-Control', 'private, no-store');
    res.json({ ...timeline, entries: timeline.entries.map((entry) => ({ ...entry, event: entry.event && eventJson(entry.event) })) });
  });

  router.get('/records/:recordId/as-of', requireRole(HISTORY_READERS), async (req, res) => {
    const { recordId } = parse(recordIdParam, req.params, 'path');
    const q = parse(asOfQuery, req.query, 'query');
    const ctx = callContext(res);
    const state = await history.call('GetRecordAsOf', { recordId, asOf: q.at, timeAxis: q.axis }, ctx);
    recordView(ctx.actor, [recordId], 'as_of', purposeOf(req), ctx.correlationId);
    const { stateJson, ...rest } = state;
    res.setHeader('Cache-Control', 'private, no-store');
    res.json({ ...rest, state: JSON.parse(stateJson) as unknown });
  });

  router.get('/records/:recordId/views', requireRole(VIEWS_READERS), async (req, res) => {
    const { recordId } = parse(recordIdParam, req.params, 'path');
    const q = parse(archiveQuerySchema.pick({ pageSize: true, cursor: true }), req.query, 'query');
    const page = await history.call('ListRecordViews', { recordId, page: { pageSize: q.pageSize, cursor: q.cursor } }, callContext(res));
    res.setHeader('Cache-Control', 'private, no-store');
    res.json({ items: page.views, nextCursor: page.page?.nextCursor ?? '' });
  });

  router.get('/events', requireRole(HISTORY_READERS), async (req, res) => {
    const q = parse(archiveQuerySchema, req.query, 'query');
    const page = await history.call('QueryArchive', { ...filterOf(q), page: { pageSize: q.pageSize, cursor: q.cursor } }, callContext(res));
    res.setHeader('Cache-Control', 'private, no-store');
    res.json({ items: page.events.map(eventJson), nextCursor: page.page?.nextCursor ?? '' });
  });

  router.get('/export', requireRole(HISTORY_READERS), async (req, res) => {
    const q = parse(archiveQuerySchema, req.query, 'query');
    const ctx = callContext(res);
    const abort = new AbortController();
    res.on('close', () => abort.abort());
    const lines = history.exportLines(filterOf(q), { ...ctx, signal: abort.signal })[Symbol.asyncIterator]();
    // The first line decides the status: a refusal (403/404/400) is still a problem response.
    const first = await lines.next();
    res.status(200).setHeader('Content-Type', 'application/x-ndjson');
    res.setHeader('Cache-Control', 'private, no-store');
    const exported = new Set<string>();
    const write = async (line: string) => {
      const parsed = JSON.parse(line) as { kind: string; event?: { streamId: string } };
      if (parsed.kind === 'event' && parsed.event && recordKindOf(parsed.event.streamId)) exported.add(parsed.event.streamId);
      if (!res.write(`${line}\n`)) await new Promise((resolve) => res.once('drain', resolve));
    };
    try {
      if (!first.done) await write(first.value.line);
      for (let next = await lines.next(); !next.done; next = await lines.next()) await write(next.value.line);
    } catch (error) {
      // Headers are gone: end the body without a manifest, which tells an importer the export is incomplete.
      res.destroy(error as Error);
      return;
    }
    recordView(ctx.actor, [...exported], 'export', purposeOf(req), ctx.correlationId);
    res.end();
  });

  // Replay a period into the caller's sandbox at `speed` × real time (ADR 0029): NDJSON progress, the last line `done`.
  router.post('/replay', requireRole(HISTORY_READERS), async (req, res) => {
    const q = parse(replayQuerySchema, req.query, 'query');
    const abort = new AbortController();
    res.on('close', () => abort.abort());
    const updates = history
      .replay({ filter: filterOf(q), speed: q.speed, sandbox: q.sandbox }, { ...callContext(res), signal: abort.signal })
      [Symbol.asyncIterator]();
    // The first update decides the status: a refusal (400/403/404) is still a problem response.
    const first = await updates.next();
    res.status(200).setHeader('Content-Type', 'application/x-ndjson');
    res.setHeader('Cache-Control', 'private, no-store');
    const write = async (update: unknown) => {
      if (!res.write(`${JSON.stringify(update)}\n`)) await new Promise((resolve) => res.once('drain', resolve));
    };
    try {
      if (!first.done) await write(first.value);
      for (let next = await updates.next(); !next.done; next = await updates.next()) await write(next.value);
    } catch (error) {
      // Headers are gone: a line naming the failure (a client sees no `done` line).
      await write({ done: false, failed: (error as Error).message }).catch(() => undefined);
    }
    res.end();
  });

  router.get('/sandboxes/:sandbox/records/:recordId', requireRole(HISTORY_READERS), async (req, res) => {
    const { sandbox, recordId } = parse(sandboxRecordParams, req.params, 'path');
    const row = await history.call('GetSandboxRecord', { sandbox, recordId }, callContext(res));
    const { stateJson, ...rest } = row;
    res.setHeader('Cache-Control', 'private, no-store');
    res.json({ ...rest, state: JSON.parse(stateJson) as unknown });
  });

  router.post('/import', requireRole(['admin']), async (req, res) => {
    if (!req.is('application/x-ndjson'))
      throw new HttpProblem(
        415,
        'unsupported-media-type',
        'Unsupported media type',
        'an import is an application/x-ndjson body (one export line per line)',
      );
    const batchSize = parse(z.object({ batchSize: z.coerce.number().int().min(1).max(5_000).default(500) }), req.query, 'query').batchSize;
    const abort = new AbortController();
    req.on('aborted', () => abort.abort());
    const result = await history.importLines({ ...callContext(res), signal: abort.signal }, async (sink) => {
      let first = true;
      for await (const line of createInterface({ input: req, crlfDelay: Infinity })) {
        const ok = sink.write({ line, batchSize: first ? batchSize : 0 });
        first = false;
        if (!ok) await new Promise((resolve) => sink.once('drain', resolve));
      }
      sink.end();
    });
    res.json(result);
  });
  return router;
}
