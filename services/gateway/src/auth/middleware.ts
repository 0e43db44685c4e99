import type { Role } from '@liaison/contracts';
import { ForbiddenError } from '@liaison/platform';
import type { RequestHandler } from 'express';
import { contextOf } from '../http/request-context';
import { AuthenticationFailure, type Authenticator } from './authenticator';

/** `Authorization: Bearer <jwt>` → the officer (from the directory) on the request context. */
export function authenticate(authenticator: Authenticator): RequestHandler {
  return async (req, res, next) => {
    const header = req.get('authorization');
    if (!header) throw new AuthenticationFailure('missing bearer token');
    const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)\s*$/i.exec(header);
    if (!match) throw new AuthenticationFailure('expected "Authorization: Bearer <token>"', 'invalid_request');
    const actor = await authenticator.authenticate(match[1]!);
    const ctx = contextOf(res);
    ctx.actor = actor;
    ctx.logger = ctx.logger.child({ officerId: actor.officerId, unitId: actor.unitId });
    next();
  };
}

/** Role policy (docs/security-model.md, "Who is asking"): who may call a route at all, before any record is looked at. */
export const ROLE_POLICY = {
  /** Post and act on leads and operations. */
  act: ['liaison_officer', 'coordinator'],
  /** Read leads and operations (analysts read across units within their clearance; admins manage the registry only). */
  read: ['liaison_officer', 'coordinator', 'analyst'],
  /** The Procuratorate: reads and answers only the transfer cases it is asked to supervise (ADR 0014). */
  supervise: ['procurator'],
} as const satisfies Record<string, readonly Role[]>;

export function requireRole(allowed: readonly Role[]): RequestHandler {
  return (_req, res, next) => {
    const actor = contextOf(res).actor;
    if (!actor) throw new AuthenticationFailure('missing bearer token');
    if (!actor.roles.some((role) => allowed.includes(role))) {
      throw new ForbiddenError(`this action needs one of the roles ${allowed.join(', ')}; you have ${actor.roles.join(', ') || 'none'}`, {
        requiredRoles: [...allowed],
      });
    }
    next();
  };
}
