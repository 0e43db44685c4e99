import type { Directory } from '@liaison/contracts';
import { ValidationError } from '@liaison/platform';
import { Router, type Request, type Response } from 'express';
import { ROLE_POLICY, requireRole } from '../auth/middleware';
import { commandIdFor, IDEMPOTENCY_HEADER } from '../http/idempotency';
import { etagOf, ifMatchVersion, noneMatch } from '../http/preconditions';
import { actorOf, contextOf } from '../http/request-context';
import { parse } from '../http/validate';
import type { LeadCommandResult, LeadsPort, PageInfo } from './leads-port';
import { checkParticipation } from './participation';
import { ACTION_ROUTES, LIST_ROUTES, postLeadReferences, unknownReferences, type Reference } from './routes';
import * as s from './schemas';

export const LEADS_BASE = '/api/v1/leads';

export interface LeadsRouterDeps {
  leads: LeadsPort;
  directory: Directory;
}

const callContext = (res: Response) => ({ actor: actorOf(res), correlationId: contextOf(res).correlationId });

function checkReferences(directory: Directory, references: Reference[]): void {
  const issues = unknownReferences(directory, references);
  if (issues.length > 0) throw ValidationError.of(issues, 'request body');
}

/** The command answer as HTTP: `{leadId, version, status}` with the version as ETag. */
function sendResult(res: Response, result: LeadCommandResult, status: number): void {
  res.setHeader('ETag', etagOf(result.version));
  if (result.duplicate) res.setHeader('Idempotent-Replayed', 'true');
  res.status(status).json({ leadId: result.leadId, version: result.version, status: result.status });
}

/** `{items, nextCursor}` plus `Link: <…?cursor=…>; rel="next"` when there is a further page. */
function sendPage(req: Request, res: Response, items: unknown[], page: PageInfo | null | undefined): void {
  const nextCursor = page?.nextCursor ? page.nextCursor : null;
  if (nextCursor) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(req.query)) if (key !== 'cursor' && typeof value === 'string') query.set(key, value);
    query.set('cursor', nextCursor);
    res.setHeader('Link', `<${req.baseUrl}${req.path}?${query.toString()}>; rel="next"`);
  }
  res.json({ items, nextCursor });
}

const pageOf = (query: { cursor?: string; limit: number }) => ({ pageSize: query.limit, cursor: query.cursor ?? '' });

/**
 * REST under /api/v1/leads, 1:1 with LeadsService. Handlers validate, build the gRPC request and
 * call the port; errors (local or remote) go to the problem+json error handler.
 */
export function leadsRouter({ leads, directory }: LeadsRouterDeps): Router {
  const router = Router();
  const act = requireRole(ROLE_POLICY.act);
  const read = requireRole(ROLE_POLICY.read);

  router.post('/', act, async (req, res) => {
    const body = parse(s.postLeadBody, req.body ?? {});
    checkReferences(directory, postLeadReferences(body));
    const commandId = commandIdFor(actorOf(res).officerId, req.get(IDEMPOTENCY_HEADER));
    const result = await leads.call('PostLead', { commandId, ...body }, callContext(res));
    res.setHeader('Location', `${LEADS_BASE}/${encodeURIComponent(result.leadId)}`);
    sendResult(res, result, 201);
  });

  // Fixed paths before /:id.
  for (const route of LIST_ROUTES) {
    router.get(`/${route.path}`, read, async (req, res) => {
      const query = parse(s.listQuery, req.query, 'query');
      const request = { page: pageOf(query), status: query.status ?? '' };
      if (route.rpc === 'ListOverdue') {
        const answer = await leads.call('ListOverdue', request, callContext(res));
        return sendPage(req, res, answer.items ?? [], answer.page);
      }
      const answer = await leads.call(route.rpc, request, callContext(res));
      sendPage(req, res, answer.leads ?? [], answer.page);
    });
  }

  router.get('/stats/counts', read, async (req, res) => {
    const query = parse(s.countsQuery, req.query, 'query');
    const answer = await leads.call('CountLeads', { postedFrom: query.postedFrom ?? '', postedTo: query.postedTo ?? '' }, callContext(res));
    res.json(answer);
  });

  router.get('/', read, async (req, res) => {
    const { cursor, limit, ...filters } = parse(s.searchQuery, req.query, 'query');
    const request = {
      page: pageOf({ cursor, limit }),
      category: filters.category ?? '',
      jurisdiction: filters.jurisdiction ?? '',
      status: filters.status ?? '',
      ownerUnitId: filters.ownerUnitId ?? '',
      creditCode: filters.creditCode ?? '',
      text: filters.text ?? '',
      postedFrom: filters.postedFrom ?? '',
      postedTo: filters.postedTo ?? '',
    };
    const answer = await leads.call('SearchLeads', request, callContext(res));
    sendPage(req, res, answer.leads ?? [], answer.page);
  });

  router.get('/:id', read, async (req, res) => {
    const { id } = parse(s.leadParams, req.params, 'path');
    const lead = await leads.call('GetLead', { leadId: id }, callContext(res));
    res.setHeader('ETag', etagOf(lead.version));
    res.setHeader('Cache-Control', 'private, no-cache');
    if (noneMatch(req.get('if-none-match'), lead.version)) return void res.status(304).end();
    res.json(lead);
  });

  for (const route of ACTION_ROUTES) {
    router.post(`/:id/${route.path}`, act, async (req, res) => {
      const params = parse(route.withRequestId ? s.onwardParams : s.leadParams, req.params, 'path') as { id: string; requestId?: string };
      const body = parse(route.body, req.body ?? {}) as Record<string, unknown>;
      if (route.references) checkReferences(directory, route.references(body));
      const ifMatch = ifMatchVersion(req.get('if-match'));
      const actor = actorOf(res);
      const commandId = commandIdFor(actor.officerId, req.get(IDEMPOTENCY_HEADER));
      await checkParticipation(leads, actor, params.id, contextOf(res).correlationId);
      const request = {
        commandId,
        leadId: params.id,
        ifMatchVersion: ifMatch,
        ...(params.requestId ? { requestId: params.requestId } : {}),
        ...body,
      };
      const result = await leads.call(route.rpc, request, callContext(res));
      sendResult(res, result, 200);
    });
  }

  return router;
}
