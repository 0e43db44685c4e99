import { type Directory, ROLES } from '@liaison/contracts';
import { Router } from 'express';
import { requireRole } from '../auth/middleware';
import {
  callContext,
  type CommandResource,
  type CommandResult,
  mountActionRoutes,
  mountCreateRoute,
  mountListRoutes,
  paramsSchema,
  sendDetail,
} from '../http/command-routes';
import { parse } from '../http/validate';
import type { RegistryCommandRpc, RegistryPort } from './registry-port';
import {
  CHANGE_LIST_ROUTES,
  OFFICER_ACTION_ROUTES,
  OFFICER_LIST_ROUTES,
  OFFICERS_BASE,
  UNIT_ACTION_ROUTES,
  UNIT_LIST_ROUTES,
  UNITS_BASE,
} from './routes';
import * as s from './schemas';

/** Who may call the registry's routes (docs/security-model.md): admins change it; everyone reads its public part. */
export const REGISTRY_ROLE_POLICY = { change: ['admin'], read: ROLES, audit: ['admin'] } as const;

export interface RegistryRouterDeps {
  registry: RegistryPort;
  directory: Directory;
}

/**
 * REST under /api/v1/registry, 1:1 with RegistryService: `units`, `officers` (commands with
 * Idempotency-Key and If-Match like every resource) and `changes` (the audit trail). The service
 * shapes each answer by the caller's role; the gateway refuses non-admin commands before any call.
 */
export function registryRouters({ registry, directory }: RegistryRouterDeps): { units: Router; officers: Router; changes: Router } {
  const read = requireRole(REGISTRY_ROLE_POLICY.read);
  const change = requireRole(REGISTRY_ROLE_POLICY.change);
  const call = (rpc: string, request: Record<string, unknown>, ctx: ReturnType<typeof callContext>) =>
    registry.call(rpc as never, request as never, ctx) as Promise<object>;
  const resource = (base: string, idField: string, idParam: typeof s.unitIdParam): CommandResource<RegistryCommandRpc> => ({
    base,
    idField,
    idParam,
    directory,
    role: change,
    call: (rpc, request, ctx) => registry.call(rpc, request as never, ctx) as unknown as Promise<CommandResult>,
    // The registry service answers 404 for an unknown unit or officer itself; there is no party to check.
    checkParticipation: async () => undefined,
  });

  const units = Router();
  mountCreateRoute(units, resource(UNITS_BASE, 'unitId', s.unitIdParam), { rpc: 'RegisterUnit', body: s.registerUnitBody });
  mountListRoutes(units, read, call, UNIT_LIST_ROUTES);
  units.get('/:id', read, async (req, res) => {
    const { id } = parse(paramsSchema(s.unitIdParam), req.params, 'path') as { id: string };
    sendDetail(req, res, await registry.call('GetUnit', { unitId: id }, callContext(res)));
  });
  mountActionRoutes(units, resource(UNITS_BASE, 'unitId', s.unitIdParam), UNIT_ACTION_ROUTES);

  const officers = Router();
  mountCreateRoute(officers, resource(OFFICERS_BASE, 'officerId', s.officerIdParam), {
    rpc: 'RegisterOfficer',
    body: s.registerOfficerBody,
  });
  mountListRoutes(officers, read, call, OFFICER_LIST_ROUTES);
  officers.get('/:id', read, async (req, res) => {
    const { id } = parse(paramsSchema(s.officerIdParam), req.params, 'path') as { id: string };
    sendDetail(req, res, await registry.call('GetOfficer', { officerId: id }, callContext(res)));
  });
  mountActionRoutes(officers, resource(OFFICERS_BASE, 'officerId', s.officerIdParam), OFFICER_ACTION_ROUTES);

  const changes = Router();
  mountListRoutes(changes, requireRole(REGISTRY_ROLE_POLICY.audit), call, CHANGE_LIST_ROUTES);
  return { units, officers, changes };
}
