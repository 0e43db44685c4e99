import type { Directory } from '@liaison/contracts';
import type { Logger } from '@liaison/platform';
import express, { type Express, type RequestHandler } from 'express';
import type { Authenticator } from './auth/authenticator';
import { authenticate, ROLE_POLICY } from './auth/middleware';
import type { EvidencePort } from './evidence/evidence-port';
import { evidenceCounter } from './evidence/counts';
import { CERTIFICATE_KEYS_PATH, certificateKeysHandler, EVIDENCE_BASE, evidenceRouter } from './evidence/router';
import { evidenceIdParam } from './evidence/schemas';
import { ACCOUNTABILITY_BASE, accountabilityRouter } from './accountability/router';
import { tokenRouter } from './auth/token-router';
import { HttpProblem, problemErrorHandler, sendProblem, problemFor } from './http/problems';
import { DEFAULT_OFFICER_RATE_LIMIT, type OfficerRateLimit, officerRateLimit } from './http/officer-rate-limit';
import { refuseNul } from './http/nul-free';
import { DEFAULT_REQUEST_LIMITS, hasBody, type RequestLimits, requestDeadline } from './http/request-limits';
import { mountPoint, requestContext } from './http/request-context';
import type { LeadsPort } from './leads/leads-port';
import type { CreditPort } from './credit/credit-port';
import { CREDIT_BASE, creditRouter } from './credit/router';
import { creditStatusLookup } from './credit/credit-status';
import { ATTACHMENT_DOWNLOAD, PUBLIC_ATTACHMENT_UPLOAD } from './intake/attachment-routes';
import type { IntakePort } from './intake/intake-port';
import { INTAKE_BASE, intakeRouter } from './intake/router';
import { type PublicEnv, publicEnvSchema } from './public/public-config';
import { PUBLIC_CASES_PATH } from './public/publications';
import { PUBLIC_API_BASE, PUBLIC_PAGE_PATH, publicRouter } from './public/router';
import type { MeetingsPort } from './meetings/meetings-port';
import { MEETINGS_BASE, meetingsRouter } from './meetings/router';
import { REPORTS_BASE, reportsRouter } from './analysis/router';
import { LEADS_BASE, leadsRouter } from './leads/router';
import type { IntegrityPort } from './integrity/integrity-port';
import { mountIntegrityRoute } from './integrity/routes';
import { leadIdParam } from './leads/schemas';
import { buildOpenApiDocument } from './openapi';
import { serveOpenApi } from './openapi-registry';
import { HISTORY_BASE, historyRouter } from './history/router';
import type { HistoryPort } from './history/history-port';
import type { ProjectionsPort } from './projections/projections-port';
import { PROJECTIONS_BASE, projectionsRouter } from './projections/routes';
import { auditReads } from './audit/audit-reads';
import type { ReadAudit } from './audit/read-audit';
import { operationIdParam } from './operations/schemas';
import type { OperationsPort } from './operations/operations-port';
import { OPERATIONS_BASE, operationsRouter } from './operations/router';
import type { RegistryPort } from './registry/registry-port';
import { registryRouters } from './registry/router';
import { CHANGES_PATH, OFFICERS_BASE, UNITS_BASE } from './registry/routes';
import { consoleRouter, type ConsoleOptions } from './console/console-routes';
import type { LiveFeed } from './live/live-feed';
import { LIVE_PATH, liveRouter } from './live/routes';

export interface GatewayAppOptions {
  config: { SERVICE_VERSION: string; AUTH_MODE: 'dev' | 'oidc' };
  logger: Logger;
  leads: LeadsPort;
  operations: OperationsPort;
  /** The registry service (ADR 0016); without it (tests of other resources) /api/v1/registry is not mounted. */
  registry?: RegistryPort;
  /** IntegrityService of leads and operations (ADR 0017); without one its /{id}/integrity is not mounted. */
  integrity?: { leads?: IntegrityPort; operations?: IntegrityPort; evidence?: IntegrityPort };
  /**
   * The evidence service (issue 9); without it (tests of other resources) /api/v1/evidence is not
   * mounted and lead and operation details carry no evidenceCount.
   */
  evidence?: EvidencePort;
  /** The evidence content routes (multipart upload, download; content-routes.ts), mounted inside /api/v1/evidence. */
  evidenceContent?: RequestHandler;
  /** The meetings service (issue 10, ADR 0020); without it (tests of other resources) /api/v1/meetings is not mounted. */
  meetings?: MeetingsPort;
  /** The credit service (issue 14, ADR 0027); without it /api/v1/credit is not mounted. */
  credit?: CreditPort;
  /** The intake service (issue 14, ADR 0028): /api/v1/intake for officers, /api/public and /public/report for citizens. */
  intake?: IntakePort;
  /** The public endpoint's rate limits and proof-of-work (public-config.ts); defaults when absent. */
  publicEnv?: PublicEnv;
  /** The history service (issue 11, ADR 0022); without it /api/v1/history is not mounted. */
  history?: HistoryPort;
  /** ProjectionService of each service with rebuildable read models (ADR 0029), by service name; /api/v1/projections. */
  projections?: Record<string, ProjectionsPort>;
  /** The read audit (ADR 0023): record-detail reads, report drill-downs and history reads are recorded in it. */
  audit?: ReadAudit;
  directory: Directory;
  auth: Authenticator;
  /** Deadline of the readiness probe's health check. */
  readinessTimeoutMs?: number;
  /** The web console at / (ADR 0026); without it (API tests) / answers 404. */
  console?: Omit<ConsoleOptions, 'directory' | 'authenticate'>;
  /** Requests per officer and window on the authenticated API (429 beyond); DEFAULT_OFFICER_RATE_LIMIT when absent. */
  officerRateLimit?: OfficerRateLimit;
  /** Server-sent events of changes the officer may see (GET /api/v1/live, ADR 0026). */
  live?: LiveFeed;
  /** Body size and answer deadline (request-limits.ts); DEFAULT_REQUEST_LIMITS when absent. The head limit is the server's (createGatewayServer). */
  limits?: Pick<RequestLimits, 'maxJsonBody' | 'requestTimeoutMs'>;
}

/**
 * The gateway as an Express app, without listening: main.ts wires real dependencies, tests wire
 * leads and operations ports pointed at in-test gRPC servers.
 */
export function createGatewayApp(options: GatewayAppOptions): Express {
  const { logger, leads, operations, directory, auth } = options;
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false); // ETags are stream versions, set explicitly.
  app.set('query parser', 'simple');

  const limits = { ...DEFAULT_REQUEST_LIMITS, ...options.limits };
  app.use(requestContext(logger));
  // Streams (live notices, uploads and downloads, archive export, import and replay, rebuilds) last as long as their bytes.
  app.use(
    requestDeadline(
      limits.requestTimeoutMs,
      (path, method) =>
        path.startsWith(LIVE_PATH) ||
        [`${HISTORY_BASE}/export`, `${HISTORY_BASE}/import`, `${HISTORY_BASE}/replay`].includes(path) ||
        // A read-model rebuild streams its progress for as long as the store scan takes (ADR 0029).
        (method === 'POST' && path.startsWith(`${PROJECTIONS_BASE}/`) && path.endsWith('/rebuild')) ||
        (method === 'POST' && path.replace(/\/$/, '') === EVIDENCE_BASE) ||
        (path.startsWith(`${EVIDENCE_BASE}/`) && path.endsWith('/content')) ||
        // Files attached to public reports and their download (ADR 0034).
        (method === 'POST' && PUBLIC_ATTACHMENT_UPLOAD.test(path)) ||
        ATTACHMENT_DOWNLOAD.test(path),
    ),
  );
  app.use(express.json({ limit: limits.maxJsonBody, type: ['application/json', 'application/*+json'] }));
  // No store behind the services can hold U+0000 in a text: 400 here, not a 500 where it is stored (http/nul-free.ts).
  app.use(refuseNul);
  // A body in any other format would silently read as "no body": refuse it instead.
  app.use((req, _res, next) => {
    if (
      req.body === undefined &&
      req.is(['application/json', 'application/*+json']) === false &&
      // The evidence upload streams its multipart body itself (content-routes.ts).
      !(options.evidenceContent && req.path.replace(/\/$/, '') === EVIDENCE_BASE && req.is('multipart/form-data')) &&
      // An archive import streams its NDJSON body itself (history/router.ts).
      !(options.history && req.path === `${HISTORY_BASE}/import` && req.is('application/x-ndjson')) &&
      // A public report's attachment streams its multipart body itself (intake/attachment-routes.ts).
      !(options.intake && PUBLIC_ATTACHMENT_UPLOAD.test(req.path) && req.is('multipart/form-data')) &&
      hasBody(req.headers)
    ) {
      throw new HttpProblem(415, 'unsupported-media-type', 'Unsupported media type', 'request bodies must be application/json');
    }
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // Ready when every backend answers its gRPC health check (checked in parallel).
  const backends = {
    leads,
    operations,
    ...(options.registry ? { registry: options.registry } : {}),
    ...(options.evidence ? { evidence: options.evidence } : {}),
    ...(options.meetings ? { meetings: options.meetings } : {}),
    ...(options.credit ? { credit: options.credit } : {}),
    ...(options.intake ? { intake: options.intake } : {}),
    ...(options.history ? { history: options.history } : {}),
  };
  app.get('/readyz', async (_req, res) => {
    const timeoutMs = options.readinessTimeoutMs ?? 1_000;
    const answers = await Promise.all(Object.entries(backends).map(async ([name, port]) => [name, await port.ready(timeoutMs)] as const));
    const services = Object.fromEntries(answers.map(([name, ok]) => [name, ok ? 'ready' : 'unavailable']));
    const down = answers.filter(([, ok]) => !ok).map(([name]) => name);
    if (down.length === 0) return void res.json({ status: 'ready', services });
    throw new HttpProblem(503, 'unavailable', 'Service unavailable', `not answering their health check: ${down.join(', ')}`, { services });
  });

  const openapi = buildOpenApiDocument({ version: options.config.SERVICE_VERSION, devAuth: options.config.AUTH_MODE === 'dev' });
  // With a bearer token: the registry's current unit and jurisdiction ids as enums (openapi-registry.ts).
  app.get('/api/v1/openapi.json', serveOpenApi(openapi, directory, auth));

  app.use('/api/v1/auth', mountPoint, tokenRouter(auth));
  // Every authenticated API route: the verified officer, then their rate limit (one counter per
  // officer across all routes, so it is one limiter for all of them).
  const signedIn = [authenticate(auth), officerRateLimit(options.officerRateLimit ?? DEFAULT_OFFICER_RATE_LIMIT)];
  // Who viewed what (ADR 0023): record details and report drill-downs that answered 200.
  if (options.audit) app.use(auditReads(options.audit));
  const evidenceCount = options.evidence ? evidenceCounter(options.evidence) : undefined;
  app.use(
    LEADS_BASE,
    mountPoint,
    signedIn,
    leadsRouter({ leads, directory, evidenceCount, creditStatus: options.credit ? creditStatusLookup(options.credit) : undefined }),
  );
  app.use(
    OPERATIONS_BASE,
    mountPoint,
    signedIn,
    operationsRouter({
      operations,
      directory,
      evidenceCount,
      creditStatus: options.credit ? creditStatusLookup(options.credit) : undefined,
    }),
  );
  app.use(ACCOUNTABILITY_BASE, mountPoint, signedIn, accountabilityRouter({ leads, operations, meetings: options.meetings }));
  if (options.meetings)
    app.use(MEETINGS_BASE, mountPoint, signedIn, meetingsRouter({ meetings: options.meetings, leads, operations, directory }));
  // The situation analysis and the assessment of units (ADR 0021), answered by the meetings service.
  if (options.meetings) app.use(REPORTS_BASE, mountPoint, signedIn, reportsRouter({ meetings: options.meetings }));
  // Credit files and blacklisting (ADR 0027).
  if (options.credit) app.use(CREDIT_BASE, mountPoint, signedIn, creditRouter({ credit: options.credit, directory }));
  if (options.history) app.use(HISTORY_BASE, mountPoint, signedIn, historyRouter({ history: options.history, audit: options.audit }));
  // Rebuilding a service's read model while it runs (ADR 0029).
  if (options.projections) app.use(PROJECTIONS_BASE, mountPoint, signedIn, projectionsRouter({ ports: options.projections }));
  // Public reports (ADR 0028): the officers' queue, and the unauthenticated public channel.
  if (options.intake) {
    const publicEnv = options.publicEnv ?? publicEnvSchema.parse({});
    if (publicEnv.TRUST_PROXY)
      app.set('trust proxy', /^\d+$/.test(publicEnv.TRUST_PROXY) ? Number(publicEnv.TRUST_PROXY) : publicEnv.TRUST_PROXY);
    app.use(INTAKE_BASE, mountPoint, signedIn, intakeRouter({ intake: options.intake, directory }));
    const channel = publicRouter({ intake: options.intake, credit: options.credit, env: publicEnv });
    app.use(PUBLIC_API_BASE, mountPoint, channel.api);
    app.use(PUBLIC_PAGE_PATH, channel.page);
    // Published case outcomes (ADR 0031): public, redacted.
    if (channel.cases) app.use(PUBLIC_CASES_PATH, channel.cases);
  }
  // A record's tamper-evident history, verified by the service that owns it (ADR 0017).
  const integrity = options.integrity ?? {};
  const leadReaders = [...ROLE_POLICY.read, ...ROLE_POLICY.supervise];
  if (integrity.leads)
    mountIntegrityRoute(app, { base: LEADS_BASE, idParam: leadIdParam, auth, port: integrity.leads, roles: leadReaders });
  if (integrity.operations)
    mountIntegrityRoute(app, { base: OPERATIONS_BASE, idParam: operationIdParam, auth, port: integrity.operations });
  if (options.evidence) {
    // The certificate keys are public (offline verification): before authentication.
    app.get(CERTIFICATE_KEYS_PATH, certificateKeysHandler(options.evidence));
    if (integrity.evidence) mountIntegrityRoute(app, { base: EVIDENCE_BASE, idParam: evidenceIdParam, auth, port: integrity.evidence });
    const evidence = evidenceRouter({ evidence: options.evidence, directory, content: options.evidenceContent });
    app.use(EVIDENCE_BASE, mountPoint, signedIn, evidence);
  }
  if (options.registry) {
    const registry = registryRouters({ registry: options.registry, directory });
    app.use(UNITS_BASE, mountPoint, signedIn, registry.units);
    app.use(OFFICERS_BASE, mountPoint, signedIn, registry.officers);
    app.use(CHANGES_PATH, mountPoint, signedIn, registry.changes);
  }
  if (options.live) app.use(LIVE_PATH, mountPoint, signedIn, liveRouter(options.live));
  // After every API route: the console answers only what they did not.
  if (options.console) app.use(consoleRouter({ ...options.console, directory, authenticate: authenticate(auth) }));

  app.use((req, res) => {
    const error = new HttpProblem(404, 'not-found', 'Not found', `no route ${req.method} ${req.path}`);
    sendProblem(res, problemFor(error, req.originalUrl), error);
  });
  app.use(problemErrorHandler);
  return app;
}
