import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { LEADS_BASE } from './leads/router';
import { ACTION_ROUTES, LIST_ROUTES } from './leads/routes';
import * as s from './leads/schemas';

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: s.problemSchema } } });
const json = (description: string, schema: z.ZodType) => ({ description, content: { 'application/json': { schema } } });

const COMMON_ERRORS = {
  400: problem('Invalid request: `issues` names each offending field'),
  401: problem('Missing, invalid or expired bearer token (`WWW-Authenticate: Bearer`)'),
  403: problem('The caller’s role or unit may not do this'),
  503: problem('The leads service is unavailable'),
};

const correlationHeader = z.string().optional().describe('Echoed back; generated when absent');
const commandHeaders = z.object({
  'Idempotency-Key': z.string().max(255).optional().describe('A retried POST with the same key returns the first result'),
  'X-Correlation-Id': correlationHeader,
});
const updateHeaders = commandHeaders.extend({ 'If-Match': z.string().optional().describe('"<version>" from ETag: 412 if the lead changed since') });
const etagHeader = { ETag: { schema: { type: 'string' as const }, description: '"<stream version>"' } };
const linkHeader = { Link: { schema: { type: 'string' as const }, description: '<…&cursor=…>; rel="next" when there is a further page' } };

const toOpenApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

/** The OpenAPI 3.1 document, generated from the very zod schemas that validate requests. */
export function buildOpenApiDocument(options: { version: string; devAuth: boolean }): ReturnType<OpenApiGeneratorV31['generateDocument']> {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  const security = [{ bearer: [] }];
  const add = (route: RouteConfig) => registry.registerPath(route);

  add({
    method: 'post', path: '/api/v1/auth/token', tags: ['auth'],
    summary: options.devAuth ? 'Issue a dev token for a seeded officer (AUTH_MODE=dev only)' : 'Disabled in production (AUTH_MODE=oidc): 404',
    request: { body: { content: { 'application/json': { schema: s.tokenRequestSchema } } } },
    responses: { 200: json('A short-lived HS256 token', s.tokenResponseSchema), 400: COMMON_ERRORS[400], 404: problem('Not available (AUTH_MODE=oidc)') },
  });
  add({ method: 'get', path: '/healthz', tags: ['ops'], summary: 'The process is alive', responses: { 200: json('alive', z.object({ status: z.literal('ok') })) } });
  add({
    method: 'get', path: '/readyz', tags: ['ops'], summary: 'The leads service answers its health check',
    responses: { 200: json('ready', z.object({ status: z.literal('ready') })), 503: problem('not ready') },
  });
  add({ method: 'get', path: '/api/v1/openapi.json', tags: ['ops'], summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } });

  add({
    method: 'post', path: LEADS_BASE, tags: ['leads'], summary: 'Post a lead', security,
    request: { headers: commandHeaders, body: { required: true, content: { 'application/json': { schema: s.postLeadBody } } } },
    responses: {
      201: { ...json('Posted (or the first result of a retried Idempotency-Key)', s.commandResultSchema), headers: { ...etagHeader, Location: { schema: { type: 'string' }, description: 'The new lead' } } },
      ...COMMON_ERRORS,
    },
  });
  add({
    method: 'get', path: LEADS_BASE, tags: ['leads'], summary: 'Search leads by filters (cursor-paginated)', security,
    request: { query: s.searchQuery },
    responses: { 200: { ...json('One page', s.leadPageSchema), headers: linkHeader }, ...COMMON_ERRORS },
  });
  for (const route of LIST_ROUTES) {
    add({
      method: 'get', path: `${LEADS_BASE}/${route.path}`, tags: ['leads'], summary: `${route.summary} (cursor-paginated)`, security,
      request: { query: s.listQuery },
      responses: { 200: { ...json('One page', route.rpc === 'ListOverdue' ? s.overduePageSchema : s.leadPageSchema), headers: linkHeader }, ...COMMON_ERRORS },
    });
  }
  add({
    method: 'get', path: `${LEADS_BASE}/stats/counts`, tags: ['leads'], summary: 'Counts by category, jurisdiction and status', security,
    request: { query: s.countsQuery },
    responses: { 200: json('Counts', s.countsSchema), ...COMMON_ERRORS },
  });
  add({
    method: 'get', path: `${LEADS_BASE}/{id}`, tags: ['leads'], summary: 'A lead with its history', security,
    request: { params: s.leadParams, headers: z.object({ 'If-None-Match': z.string().optional() }) },
    responses: {
      200: { ...json('The lead', s.leadDetailSchema), headers: etagHeader },
      304: { description: 'Not modified (If-None-Match)' },
      ...COMMON_ERRORS,
      404: problem('No such lead, or one whose existence must not be disclosed (RED, AMBER+STRICT)'),
    },
  });
  for (const route of ACTION_ROUTES) {
    add({
      method: 'post', path: `${LEADS_BASE}/{id}/${toOpenApiPath(route.path)}`, tags: ['leads'], summary: route.summary, security,
      description: `Calls LeadsService.${route.rpc}.`,
      request: {
        params: route.withRequestId ? s.onwardParams : s.leadParams,
        headers: updateHeaders,
        body: { required: route.body !== s.emptyBody, content: { 'application/json': { schema: route.body } } },
      },
      responses: {
        200: { ...json('Done: the lead’s new version and status', s.commandResultSchema), headers: etagHeader },
        ...COMMON_ERRORS,
        404: problem('No such lead, or one whose existence must not be disclosed'),
        409: problem('Concurrent change, or not allowed in the current status (`currentStatus`)'),
        412: problem('If-Match does not name the current version'),
      },
    });
  }

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Liaison gateway API',
      version: options.version,
      description: 'Cross-region IP-enforcement coordination. Errors are RFC 9457 application/problem+json.',
    },
    servers: [{ url: '/' }],
    security,
  });
}
