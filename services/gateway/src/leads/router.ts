import type { Directory } from '@liaison/contracts';
import { Router } from 'express';
import { creditStatusesOf, type CreditStatusLookup } from '../credit/credit-status';
import { type EvidenceCounter, withEvidenceCount } from '../evidence/counts';
import { ROLE_POLICY, requireRole } from '../auth/middleware';
import {
  callContext,
  mountActionRoutes,
  mountCreateRoute,
  mountListRoutes,
  sendDetail,
  type CommandResource,
} from '../http/command-routes';
import { parse } from '../http/validate';
import type { CommandRpc, LeadsPort } from './leads-port';
import { ACTION_ROUTES, LIST_ROUTES, postLeadReferences } from './routes';
import * as s from './schemas';

export const LEADS_BASE = '/api/v1/leads';

export interface LeadsRouterDeps {
  leads: LeadsPort;
  directory: Directory;
  /** Adds `evidenceCount` to a lead's detail (issue 9); absent: no count. */
  evidenceCount?: EvidenceCounter;
  /** Adds `creditStatus` of the subject's credit code (issue 14, ADR 0027): repeat offenders stand out; absent: none. */
  creditStatus?: CreditStatusLookup;
}

/**
 * REST under /api/v1/leads, 1:1 with LeadsService. The generic handlers of
 * ../http/command-routes.ts validate, build the gRPC request and call the port; errors (local
 * or remote) go to the problem+json error handler.
 */
export function leadsRouter({ leads, directory, evidenceCount, creditStatus }: LeadsRouterDeps): Router {
  const router = Router();
  const read = requireRole(ROLE_POLICY.read);
  const resource: CommandResource<CommandRpc> = {
    base: LEADS_BASE,
    idField: 'leadId',
    idParam: s.leadIdParam,
    directory,
    role: requireRole(ROLE_POLICY.act),
    call: (rpc, request, ctx) => leads.call(rpc, request, ctx),
    // No pre-check: the leads decider answers a unit that is no party itself (403, or 404 for a
    // strict lead), so a GetLead before every command would only cost a read and a fold.
  };

  mountCreateRoute(router, resource, {
    rpc: 'PostLead',
    body: s.postLeadBody,
    references: postLeadReferences,
    // The subject's credit status as the lead is posted (issue 14): a repeat offender stands out at once.
    annotate: async (body, res) => {
      const code = (body.subject as { creditCode?: string } | undefined)?.creditCode ?? '';
      const status = (await creditStatusesOf(creditStatus, [code], res)).get(code);
      return status ? { creditStatus: status } : {};
    },
  });

  // Fixed paths before /:id.
  mountListRoutes(router, read, (rpc, request, ctx) => leads.call(rpc, request, ctx), LIST_ROUTES);

  router.get('/stats/counts', read, async (req, res) => {
    const query = parse(s.countsQuery, req.query, 'query');
    const answer = await leads.call('CountLeads', { postedFrom: query.postedFrom ?? '', postedTo: query.postedTo ?? '' }, callContext(res));
    res.json(answer);
  });

  // Procurators read a lead too: the leads service shows them only the cases they are asked to supervise (ADR 0014).
  router.get('/:id', requireRole([...ROLE_POLICY.read, ...ROLE_POLICY.supervise]), async (req, res) => {
    const { id } = parse(s.leadParams, req.params, 'path');
    // The count is asked beside the read and shown only with it (a failed read answers alone).
    const [lead, count] = await Promise.all([leads.call('GetLead', { leadId: id }, callContext(res)), evidenceCount?.(id, res)]);
    const code = lead.subject?.creditCode ?? '';
    const credit = (await creditStatusesOf(creditStatus, [code], res)).get(code);
    // The count and the credit status change without the lead's version: a detail with them is never a 304.
    sendDetail(
      req,
      res,
      { ...withEvidenceCount(lead, count), ...(credit ? { creditStatus: credit } : {}) },
      {
        fresh: count !== undefined || credit !== undefined,
      },
    );
  });

  mountActionRoutes(router, resource, ACTION_ROUTES);
  return router;
}
