import type { Directory } from '@liaison/contracts';
import { Router } from 'express';
import { creditStatusesOf, type CreditStatusLookup } from '../credit/credit-status';
import { type EvidenceCounter, withEvidenceCount } from '../evidence/counts';
import { ROLE_POLICY, requireRole } from '../auth/middleware';
import {
  callContext,
  commandContext,
  mountActionRoutes,
  mountCreateRoute,
  mountListRoutes,
  sendDetail,
  type CommandResource,
} from '../http/command-routes';
import { commandIdFor, IDEMPOTENCY_HEADER } from '../http/idempotency';
import { parse } from '../http/validate';
import type { OperationCommandRpc, OperationsPort } from './operations-port';
import { checkParticipation } from './participation';
import { OPERATION_ACTION_ROUTES, OPERATION_LIST_ROUTES, proposeReferences } from './routes';
import * as s from './schemas';

export const OPERATIONS_BASE = '/api/v1/operations';
export const LEAD_CONFLICT_RESOLVE_PATH = '/lead-conflicts/:conflictId/resolve';

export interface OperationsRouterDeps {
  operations: OperationsPort;
  directory: Directory;
  /** Adds `evidenceCount` to an operation's detail (issue 9); absent: no count. */
  evidenceCount?: EvidenceCounter;
  /** Adds `creditStatus` to each target whose subject has a credit code (issue 14, ADR 0027/0031): repeat offenders stand out. */
  creditStatus?: CreditStatusLookup;
}

/**
 * REST under /api/v1/operations, 1:1 with OperationsService, with the conventions of the leads
 * routes (the same generic handlers of ../http/command-routes.ts).
 */
export function operationsRouter({ operations, directory, evidenceCount, creditStatus }: OperationsRouterDeps): Router {
  const router = Router();
  const read = requireRole(ROLE_POLICY.read);
  const resource: CommandResource<OperationCommandRpc> = {
    base: OPERATIONS_BASE,
    idField: 'operationId',
    idParam: s.operationIdParam,
    directory,
    role: requireRole(ROLE_POLICY.act),
    call: (rpc, request, ctx) => operations.call(rpc, request, ctx),
    checkParticipation: (ctx, operationId, route) =>
      checkParticipation(operations, ctx.actor, operationId, ctx.correlationId, { visibilityOnly: route.visibilityOnly }),
  };

  const targetCodes = (targets: readonly { subject?: { creditCode?: string } | null }[]) => targets.map((t) => t.subject?.creditCode ?? '');

  mountCreateRoute(router, resource, {
    rpc: 'ProposeOperation',
    body: s.proposeOperationBody,
    references: proposeReferences,
    // The targets' credit status as the operation is proposed (issue 14): repeat offenders stand out at once.
    annotate: async (body, res) => {
      const statuses = await creditStatusesOf(creditStatus, targetCodes(body.targets as { subject?: { creditCode?: string } }[]), res);
      return statuses.size > 0 ? { creditStatuses: [...statuses].map(([creditCode, status]) => ({ creditCode, ...status })) } : {};
    },
  });

  // Fixed paths before /:id.
  mountListRoutes(router, read, (rpc, request, ctx) => operations.call(rpc, request, ctx), OPERATION_LIST_ROUTES);

  // The owner of a lead warned of a conflict answers by conflict id (it may not see the operation).
  router.post(LEAD_CONFLICT_RESOLVE_PATH, resource.role, async (req, res) => {
    const { conflictId } = parse(s.conflictParams, req.params, 'path');
    const body = parse(s.resolveLeadConflictBody, req.body ?? {});
    const ctx = commandContext(req, res);
    const commandId = commandIdFor(ctx.actor.officerId, req.get(IDEMPOTENCY_HEADER));
    const result = await operations.call('ResolveLeadConflict', { commandId, conflictId, ...body }, ctx);
    if (result.duplicate) res.setHeader('Idempotent-Replayed', 'true');
    res.json({ conflictId, status: 'resolved', outcome: body.outcome });
  });

  router.get('/:id', read, async (req, res) => {
    const { id } = parse(s.operationParams, req.params, 'path');
    // The count is asked beside the read and shown only with it (a failed read answers alone).
    const [operation, count] = await Promise.all([
      operations.call('GetOperation', { operationId: id }, callContext(res)),
      evidenceCount?.(id, res),
    ]);
    // Each target's credit status, asked with the caller's identity (only entries they may see are counted), once per code.
    const statuses = await creditStatusesOf(creditStatus, targetCodes(operation.targets), res);
    const targets = operation.targets.map((t) => {
      const credit = statuses.get(t.subject?.creditCode ?? '');
      return credit ? { ...t, creditStatus: credit } : t;
    });
    // The count and the credit status change without the operation's version: a detail with them is never a 304.
    sendDetail(req, res, withEvidenceCount({ ...operation, targets }, count), {
      fresh: count !== undefined || statuses.size > 0,
    });
  });

  mountActionRoutes(router, resource, OPERATION_ACTION_ROUTES);
  return router;
}
