import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import { z } from 'zod';
import { requireRole } from '../auth/middleware';
import { callContext } from '../http/command-routes';
import { HttpProblem } from '../http/problems';
import { parse } from '../http/validate';
import type { ProjectionsPort } from './projections-port';

export const PROJECTIONS_BASE = '/api/v1/projections';
/** Rebuilding read models: admins and analysts (the service checks again). */
export const REBUILDERS = ['admin', 'analyst'] as const;

export const projectionServiceParam = z.object({ service: z.string().regex(/^[a-z-]{2,40}$/, 'a service name, e.g. leads') });
export const projectionParams = projectionServiceParam.extend({
  projection: z.string().regex(/^[a-z0-9_]{1,80}$/, 'a read model name, e.g. lead_details'),
});
export const rebuildQuery = z.object({ takeOver: z.enum(['true', 'false']).default('false') });

/**
 * Read models of each service and their live-safe rebuild (ADR 0029):
 * GET  /{service}                          the service's read models (ListProjections)
 * POST /{service}/{projection}/rebuild     application/x-ndjson: one progress line per update,
 *                                          the last with the outcome and the comparison of the
 *                                          rebuilt view with the live one (RebuildProjection)
 */
export function projectionsRouter({ ports }: { ports: Record<string, ProjectionsPort> }): Router {
  const router = Router();
  const portOf = (service: string) => {
    const port = Object.hasOwn(ports, service) ? ports[service] : undefined;
    if (!port) throw new HttpProblem(404, 'not-found', 'Not found', `no service ${service} with rebuildable read models`);
    return port;
  };

  router.get('/:service', requireRole(REBUILDERS), async (req, res) => {
    const { service } = parse(projectionServiceParam, req.params, 'path');
    const list = await portOf(service).call('ListProjections', {}, callContext(res));
    res.setHeader('Cache-Control', 'private, no-store');
    res.json({ service, items: list.projections });
  });

  router.post('/:service/:projection/rebuild', requireRole(REBUILDERS), async (req, res) => {
    const { service, projection } = parse(projectionParams, req.params, 'path');
    const { takeOver } = parse(rebuildQuery, req.query, 'query');
    const port = portOf(service);
    const abort = new AbortController();
    res.on('close', () => abort.abort());
    const updates = port
      .rebuild({ projection, takeOver: takeOver === 'true' }, { ...callContext(res), signal: abort.signal })
      [Symbol.asyncIterator]();
    // The first update decides the status: a refusal (403/404/400) is still a problem response.
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
      // Headers are gone: a line naming the failure, then the end (a client sees no outcome line).
      await write({ phase: 'failed', error: (error as Error).message }).catch(() => undefined);
    }
    res.end();
  });
  return router;
}

/** The OpenAPI paths of /api/v1/projections. */
export function projectionRouteDocs(security: RouteConfig['security'], errors: RouteConfig['responses']): RouteConfig[] {
  return [
    {
      method: 'get',
      path: `${PROJECTIONS_BASE}/{service}`,
      tags: ['projections'],
      summary:
        'The read models of a service (leads, operations) with their document counts and generation; admins and analysts; rpc ListProjections',
      security,
      request: { params: projectionServiceParam },
      responses: {
        200: { description: 'Read models', content: { 'application/json': { schema: z.object({}).passthrough() } } },
        ...errors,
      },
    },
    {
      method: 'post',
      path: `${PROJECTIONS_BASE}/{service}/{projection}/rebuild`,
      tags: ['projections'],
      summary:
        'Rebuild a read model from the service’s event store while the system runs (live-safe: a shadow generation, caught up, compared with the live one, then switched); NDJSON progress lines, the last with the outcome; admins and analysts; rpc RebuildProjection',
      security,
      request: { params: projectionParams, query: rebuildQuery },
      responses: {
        200: { description: 'NDJSON progress', content: { 'application/x-ndjson': { schema: { type: 'string' } } } },
        ...errors,
      },
    },
  ];
}
