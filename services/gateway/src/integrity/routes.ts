import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import type { Role } from '@liaison/contracts';
import { type GrpcSecurity } from '@liaison/platform';
import { type IRouter, Router } from 'express';
import type { z } from 'zod';
import type { Authenticator } from '../auth/authenticator';
import { authenticate, requireRole, ROLE_POLICY } from '../auth/middleware';
import { callContext, paramsSchema } from '../http/command-routes';
import { problemSchema } from '../http/common-schemas';
import { mountPoint } from '../http/request-context';
import { parse } from '../http/validate';
import { createGrpcIntegrityPort, type IntegrityPort } from './integrity-port';
import { streamVerificationSchema } from './schemas';

/**
 * GET <base>/{id}/integrity for one context (leads, operations, evidence, …): recomputes the
 * record's hash chain in the service that owns it (IntegrityService.VerifyStream, ADR 0017) and
 * answers its StreamVerification. The service decides who may verify (whoever may read the
 * record) and answers as its GetX does, so a denial is the same problem+json (403, or 404 where
 * existence must not leak) as reading the record. The record id is the stream id.
 *
 * Use from app.ts, before the context's own router:
 *
 *   mountIntegrityRoute(app, { base: EVIDENCE_BASE, idParam: ev.evidenceIdParam, auth, port })
 *   // or, given only the service's gRPC address (the port is returned, to close on shutdown):
 *   const port = mountIntegrityRoute(app, { base, idParam, auth, address, security, deadlineMs })
 */
export const INTEGRITY_PATH = 'integrity';

export interface IntegrityRouteOptions {
  base: string;
  /** The context's record id parameter (validated before the call). */
  idParam: z.ZodType;
  auth: Authenticator;
  /** Roles that may ask at all (default: those that read records); the service decides per record. */
  roles?: readonly Role[];
  port?: IntegrityPort;
  /** The service's gRPC address, when no port is given. */
  address?: string;
  security?: GrpcSecurity;
  deadlineMs?: number;
}

export function mountIntegrityRoute(app: IRouter, options: IntegrityRouteOptions): IntegrityPort {
  const port =
    options.port ?? createGrpcIntegrityPort(required(options.address), { security: options.security, deadlineMs: options.deadlineMs });
  const params = paramsSchema(options.idParam);
  const router = Router();
  router.get(`/:id/${INTEGRITY_PATH}`, authenticate(options.auth), requireRole(options.roles ?? ROLE_POLICY.read), async (req, res) => {
    const { id } = parse(params, req.params, 'path');
    const verification = await port.call('VerifyStream', { streamId: String(id) }, callContext(res));
    res.setHeader('Cache-Control', 'private, no-store');
    res.json({ ...verification, firstBrokenLink: verification.firstBrokenLink ?? null });
  });
  app.use(options.base, mountPoint, router);
  return port;
}

const required = (address: string | undefined): string => {
  if (!address) throw new Error('mountIntegrityRoute needs a port or the service’s gRPC address');
  return address;
};

/** The OpenAPI entry of GET <base>/{id}/integrity (openapi.ts adds one per context). */
export function integrityRouteDoc(doc: {
  base: string;
  tag: string;
  noun: string;
  service: string;
  idParam: z.ZodType;
  security: Record<string, string[]>[];
}): RouteConfig {
  const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: problemSchema } } });
  return {
    method: 'get',
    path: `${doc.base}/{id}/${INTEGRITY_PATH}`,
    tags: [doc.tag],
    summary: `Verify the ${doc.noun}’s tamper-evident history: recompute its hash chain and name the first broken link (whoever may read the ${doc.noun})`,
    description:
      'Calls IntegrityService.VerifyStream on the ' +
      `${doc.service} service. Every commit stores prevHash and hash = SHA-256 over the previous hash and the RFC 8785 canonical JSON ` +
      'of its events (docs/adr/0017-hash-chained-commits.md). 200 with intact=false when the history was altered.',
    security: doc.security,
    request: { params: paramsSchema(doc.idParam) },
    responses: {
      200: { description: 'The verification', content: { 'application/json': { schema: streamVerificationSchema } } },
      400: problem('Invalid record id'),
      401: problem('Missing, invalid or expired bearer token'),
      403: problem(`The caller’s role may not verify, or the caller may not read this ${doc.noun}`),
      404: problem(`No such ${doc.noun}, or one whose existence must not be disclosed`),
      503: problem(`The ${doc.service} service is unavailable`),
    },
  };
}
