import type { Directory } from '@liaison/contracts';
import { type RequestHandler, Router } from 'express';
import { ROLE_POLICY, requireRole } from '../auth/middleware';
import {
  callContext,
  mountActionRoutes,
  mountCreateRoute,
  mountListRoutes,
  sendDetail,
  type CommandResource,
} from '../http/command-routes';
import { HttpProblem } from '../http/problems';
import { contextOf } from '../http/request-context';
import { parse } from '../http/validate';
import type { EvidenceCommandRpc, EvidencePort } from './evidence-port';
import { checkParticipation } from './participation';
import { EVIDENCE_ACTION_ROUTES, EVIDENCE_LIST_ROUTES, registrationReferences } from './routes';
import * as s from './schemas';

export const EVIDENCE_BASE = '/api/v1/evidence';
/** Public: the keys a unit verifies certificates with offline (no token needed to fetch them). */
export const CERTIFICATE_KEYS_PATH = `${EVIDENCE_BASE}/certificate-keys`;
export const PDF = 'application/pdf';

export interface EvidenceRouterDeps {
  evidence: EvidencePort;
  directory: Directory;
  /**
   * The content routes (content-routes.ts): the multipart upload `POST /` and the download
   * `GET /{id}/content`. Mounted first; a POST / that is not multipart falls through to the JSON
   * registration here.
   */
  content?: RequestHandler;
}

/**
 * REST under /api/v1/evidence, 1:1 with EvidenceService, with the conventions of the leads and
 * operations routes (the generic handlers of ../http/command-routes.ts): auth, roles, problem+json,
 * ETag / If-Match, Idempotency-Key, cursor pagination. Need-to-know is the service's: an item the
 * caller may not see is NOT_FOUND on every read and command.
 */
export function evidenceRouter({ evidence, directory, content }: EvidenceRouterDeps): Router {
  const router = Router();
  const read = requireRole(ROLE_POLICY.read);
  const resource: CommandResource<EvidenceCommandRpc> = {
    base: EVIDENCE_BASE,
    idField: 'evidenceId',
    idParam: s.evidenceIdParam,
    directory,
    role: requireRole(ROLE_POLICY.act),
    call: (rpc, request, ctx) => evidence.call(rpc, request, ctx),
    checkParticipation: (ctx, evidenceId) => checkParticipation(evidence, ctx.actor, evidenceId, ctx.correlationId),
  };

  if (content) router.use(content);
  // JSON registration (items without stored content); multipart uploads are the content routes'.
  mountCreateRoute(router, resource, { rpc: 'RegisterEvidence', body: s.registerEvidenceBody, references: registrationReferences });

  // Fixed paths before /:id.
  mountListRoutes(router, read, (rpc, request, ctx) => evidence.call(rpc, request, ctx), EVIDENCE_LIST_ROUTES);

  router.get('/dossiers/:operationId', read, async (req, res) => {
    const { operationId } = parse(s.dossierParams, req.params, 'path');
    res.setHeader('Cache-Control', 'private, no-cache');
    res.json(await evidence.call('GetDossier', { operationId }, callContext(res)));
  });

  router.get('/:id', read, async (req, res) => {
    const { id } = parse(s.evidenceParams, req.params, 'path');
    sendDetail(req, res, await evidence.call('GetEvidence', { evidenceId: id }, callContext(res)));
  });

  router.get('/:id/timeline', read, async (req, res) => {
    const { id } = parse(s.evidenceParams, req.params, 'path');
    res.setHeader('Cache-Control', 'private, no-cache');
    res.json(await evidence.call('GetEvidenceTimeline', { evidenceId: id }, callContext(res)));
  });

  // JSON by default; the printable PDF with `Accept: application/pdf`.
  router.get('/:id/certificate', read, async (req, res) => {
    const { id } = parse(s.evidenceParams, req.params, 'path');
    const wanted = req.accepts(['application/json', PDF]);
    if (!wanted)
      throw new HttpProblem(406, 'not-acceptable', 'Not acceptable', `the certificate is available as application/json or ${PDF}`);
    const certificate = await evidence.call('GetRecognitionCertificate', { evidenceId: id }, callContext(res));
    res.setHeader('Vary', 'Accept');
    res.setHeader('Cache-Control', 'private, no-cache');
    if (wanted === PDF) {
      res.setHeader('Content-Disposition', `inline; filename="recognition-certificate-${id}.pdf"`);
      return void res.type(PDF).send(Buffer.from(certificate.pdf));
    }
    res.json({ certificate: JSON.parse(certificate.json) as unknown, jws: certificate.jws, keyId: certificate.keyId });
  });

  mountActionRoutes(router, resource, EVIDENCE_ACTION_ROUTES);
  return router;
}

/**
 * GET /api/v1/evidence/certificate-keys: the JWKS certificates are signed with, for anyone (mounted
 * before authentication, so a unit can fetch them to verify a certificate offline). A public rpc:
 * no caller identity is sent.
 */
export function certificateKeysHandler(evidence: EvidencePort): RequestHandler {
  return async (_req, res) => {
    const keys = await evidence.callPublic('GetCertificateKeys', {}, contextOf(res).correlationId);
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.type('application/jwk-set+json').send(keys.jwksJson);
  };
}
