import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { ACCOUNTABILITY_BASE } from './accountability/router';
import { assessmentQuery, REPORTS_BASE, situationQuery } from './analysis/router';
import * as acc from './accountability/schemas';
import { paramsSchema, type ActionRoute, type ListRoute } from './http/command-routes';
import { CERTIFICATE_KEYS_PATH, EVIDENCE_BASE } from './evidence/router';
import { EVIDENCE_ACTION_ROUTES, EVIDENCE_LIST_ROUTES } from './evidence/routes';
import * as ev from './evidence/schemas';
import { VERIFIED_HEADER } from './evidence/content-routes';
import { uploadEvidenceBody } from './evidence/content-schemas';
import { emptyBody, problemSchema } from './http/common-schemas';
import { withNulFreeStrings } from './http/nul-free';
import { withSafeIntegerBounds } from './http/safe-integers';
import { withTransportResponses } from './http/transport-responses';
import { integrityRouteDoc } from './integrity/routes';
import { LEADS_BASE } from './leads/router';
import { ACTION_ROUTES, LIST_ROUTES } from './leads/routes';
import * as s from './leads/schemas';
import { MEETINGS_BASE } from './meetings/router';
import { MEETING_ACTION_ROUTES, MEETING_LIST_ROUTES } from './meetings/routes';
import * as mtg from './meetings/schemas';
import { OPERATIONS_BASE } from './operations/router';
import { OPERATION_ACTION_ROUTES, OPERATION_LIST_ROUTES } from './operations/routes';
import * as ops from './operations/schemas';
import {
  CHANGE_LIST_ROUTES,
  OFFICER_ACTION_ROUTES,
  OFFICER_LIST_ROUTES,
  OFFICERS_BASE,
  UNIT_ACTION_ROUTES,
  UNIT_LIST_ROUTES,
  UNITS_BASE,
} from './registry/routes';
import * as reg from './registry/schemas';
import { historyRouteDocs } from './history/openapi';
import { creditRouteDocs } from './credit/openapi';
import { intakeRouteDocs } from './intake/openapi';
import { publicRouteDocs } from './public/openapi';
import { projectionRouteDocs } from './projections/routes';

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: problemSchema } } });
const json = (description: string, schema: z.ZodType) => ({ description, content: { 'application/json': { schema } } });

const commonErrors = (service: string) => ({
  400: problem('Invalid request: `issues` names each offending field'),
  401: problem('Missing, invalid or expired bearer token (`WWW-Authenticate: Bearer`)'),
  403: problem('The caller’s role or unit may not do this'),
  503: problem(`The ${service} service is unavailable`),
});

const correlationHeader = z.string().optional().describe('Echoed back; generated when absent');
const commandHeaders = z.object({
  'Idempotency-Key': z
    .string()
    .regex(/^[\x21-\x7e]{1,255}$/) // idempotency.ts
    .optional()
    .describe(
      'A retried POST with the same key (same method, path and body) returns the first result; the key with any other request → 422',
    ),
  'X-Correlation-Id': correlationHeader,
});
const updateHeaders = commandHeaders.extend({
  'If-Match': z
    .string()
    .regex(/^(?:\*|(?:W\/)?"[1-9][0-9]{0,8}"|[1-9][0-9]{0,8})$/) // preconditions.ts
    .optional()
    .describe('"<version>" from ETag: 412 if the record changed since'),
});
const etagHeader = { ETag: { schema: { type: 'string' as const }, description: '"<stream version>"' } };
const linkHeader = { Link: { schema: { type: 'string' as const }, description: '<…&cursor=…>; rel="next" when there is a further page' } };

const toOpenApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

/** One REST resource mapped onto a gRPC service, described from its route tables and schemas. */
interface ResourceDoc {
  base: string;
  tag: string;
  /** `lead`, `operation`. */
  noun: string;
  service: string;
  grpcService: string;
  idParam: z.ZodType;
  create: {
    summary: string;
    body: z.ZodType;
    rpc: string;
    /** Further request media types of the create route besides application/json (e.g. a multipart upload). */
    otherContent?: Record<string, { schema: z.ZodType }>;
    /** Further or more specific answers of the create route (e.g. the upload's 413/415/422). */
    responses?: Record<number, ReturnType<typeof problem>>;
    /** The 201 answer when it says more than the command result (e.g. the subject's credit status). */
    result?: z.ZodType;
  };
  detail: { summary: string; schema: z.ZodType; rpc: string };
  result: z.ZodType;
  lists: readonly ListRoute[];
  actions: readonly ActionRoute[];
  /** What a 404 means for this resource (default: unknown or undisclosed record). */
  notFound?: string;
}

function addResource(add: (route: RouteConfig) => void, doc: ResourceDoc, security: Record<string, string[]>[]): void {
  const errors = commonErrors(doc.service);
  const notFound = problem(doc.notFound ?? `No such ${doc.noun}, or one whose existence must not be disclosed (RED, AMBER+STRICT)`);
  add({
    method: 'post',
    path: doc.base,
    tags: [doc.tag],
    summary: doc.create.summary,
    security,
    description: `Calls ${doc.grpcService}.${doc.create.rpc}.`,
    request: {
      headers: commandHeaders,
      body: { required: true, content: { 'application/json': { schema: doc.create.body }, ...doc.create.otherContent } },
    },
    responses: {
      201: {
        ...json('Created (or the first result of a retried Idempotency-Key)', doc.create.result ?? doc.result),
        headers: { ...etagHeader, Location: { schema: { type: 'string' }, description: `The new ${doc.noun}` } },
      },
      ...errors,
      422: problem('Idempotency-Key already used for a different request'),
      ...doc.create.responses,
    },
  });
  for (const route of doc.lists) {
    add({
      method: 'get',
      path: route.path ? `${doc.base}/${route.path}` : doc.base,
      tags: [doc.tag],
      summary: `${route.summary} (cursor-paginated)`,
      security,
      description: `Calls ${doc.grpcService}.${route.rpc}.`,
      request: { query: route.query as z.ZodObject },
      responses: { 200: { ...json('One page', route.pageSchema), headers: linkHeader }, ...errors },
    });
  }
  add({
    method: 'get',
    path: `${doc.base}/{id}`,
    tags: [doc.tag],
    summary: doc.detail.summary,
    security,
    description: `Calls ${doc.grpcService}.${doc.detail.rpc}.`,
    request: { params: paramsSchema(doc.idParam), headers: z.object({ 'If-None-Match': z.string().optional() }) },
    responses: {
      200: { ...json(`The ${doc.noun}`, doc.detail.schema), headers: etagHeader },
      304: { description: 'Not modified (If-None-Match)' },
      ...errors,
      404: notFound,
    },
  });
  for (const route of doc.actions) {
    add({
      method: 'post',
      path: `${doc.base}/{id}/${toOpenApiPath(route.path)}`,
      tags: [doc.tag],
      summary: route.summary,
      security,
      description: `Calls ${doc.grpcService}.${route.rpc}.`,
      request: {
        params: paramsSchema(doc.idParam, route.path),
        headers: updateHeaders,
        body: { required: route.body !== emptyBody, content: { 'application/json': { schema: route.body } } },
      },
      responses: {
        200: { ...json(`Done: the ${doc.noun}’s new version and status`, doc.result), headers: etagHeader },
        ...errors,
        404: notFound,
        409: problem('Concurrent change, or not allowed in the current status (`currentStatus`)'),
        412: problem('If-Match does not name the current version'),
        422: problem('Idempotency-Key already used for a different request'),
      },
    });
  }
}

/** The OpenAPI 3.1 document, generated from the very zod schemas and route tables that validate requests. */
export function buildOpenApiDocument(options: { version: string; devAuth: boolean }): ReturnType<OpenApiGeneratorV31['generateDocument']> {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  const security = [{ bearer: [] }];
  const add = (route: RouteConfig) => registry.registerPath(route);

  add({
    method: 'post',
    path: '/api/v1/auth/token',
    tags: ['auth'],
    summary: options.devAuth
      ? 'Issue a dev token for a seeded officer (AUTH_MODE=dev only)'
      : 'Disabled in production (AUTH_MODE=oidc): 404',
    request: { body: { required: true, content: { 'application/json': { schema: s.tokenRequestSchema } } } },
    responses: {
      200: json('A short-lived HS256 token', s.tokenResponseSchema),
      400: commonErrors('')[400],
      404: problem('Not available (AUTH_MODE=oidc)'),
    },
  });
  add({
    method: 'get',
    path: '/healthz',
    tags: ['ops'],
    summary: 'The process is alive',
    responses: { 200: json('alive', z.object({ status: z.literal('ok') })) },
  });
  const backendStates = z.record(z.string(), z.enum(['ready', 'unavailable'])).describe('Each backend service');
  add({
    method: 'get',
    path: '/readyz',
    tags: ['ops'],
    summary: 'Every backend service (leads, operations, registry) answers its health check',
    responses: {
      200: json('ready', z.object({ status: z.literal('ready'), services: backendStates })),
      503: problem('not ready: `services` says which'),
    },
  });
  add({
    method: 'get',
    path: '/api/v1/openapi.json',
    tags: ['ops'],
    summary:
      'This document; with a bearer token, unit and jurisdiction fields (x-liaison-registry) list the registry’s current ids as enum',
    responses: {
      200: { description: 'OpenAPI 3.1' },
      401: problem('A bearer token was sent but is invalid or expired (`WWW-Authenticate: Bearer`)'),
    },
  });

  addResource(
    add,
    {
      base: LEADS_BASE,
      tag: 'leads',
      noun: 'lead',
      service: 'leads',
      grpcService: 'LeadsService',
      idParam: s.leadIdParam,
      create: { summary: 'Post a lead', body: s.postLeadBody, rpc: 'PostLead', result: s.postLeadResultSchema },
      detail: { summary: 'A lead with its history', schema: s.leadDetailSchema, rpc: 'GetLead' },
      result: s.commandResultSchema,
      lists: LIST_ROUTES,
      actions: ACTION_ROUTES,
    },
    security,
  );
  add({
    method: 'get',
    path: `${LEADS_BASE}/stats/counts`,
    tags: ['leads'],
    summary: 'Counts by category, jurisdiction and status',
    security,
    request: { query: s.countsQuery },
    responses: { 200: json('Counts', s.countsSchema), ...commonErrors('leads') },
  });

  addResource(
    add,
    {
      base: OPERATIONS_BASE,
      tag: 'operations',
      noun: 'operation',
      service: 'operations',
      grpcService: 'OperationsService',
      idParam: ops.operationIdParam,
      create: {
        summary: 'Propose a joint operation (the caller’s unit leads it; runs deconfliction)',
        body: ops.proposeOperationBody,
        rpc: 'ProposeOperation',
        result: ops.proposeOperationResultSchema,
      },
      detail: {
        summary: 'An operation with participants, task board, progress, conflicts and history',
        schema: ops.operationDetailSchema,
        rpc: 'GetOperation',
      },
      result: ops.operationCommandResultSchema,
      lists: OPERATION_LIST_ROUTES,
      actions: OPERATION_ACTION_ROUTES,
    },
    security,
  );
  add({
    method: 'post',
    path: `${OPERATIONS_BASE}/lead-conflicts/{conflictId}/resolve`,
    tags: ['operations'],
    summary: 'Answer a deconfliction alert on a lead my unit owns (from GET /api/v1/leads/operation-conflicts); rpc ResolveLeadConflict',
    security,
    request: {
      params: ops.conflictParams,
      headers: commandHeaders,
      body: { required: true, content: { 'application/json': { schema: ops.resolveLeadConflictBody } } },
    },
    responses: {
      200: json('Resolved', z.object({ conflictId: z.string(), status: z.string(), outcome: z.string() })),
      ...commonErrors('operations'),
      404: problem('No such conflict on a lead of the caller’s unit'),
      409: problem('The conflict is resolved already, or its operation has ended (`currentStatus`)'),
    },
  });

  // Tamper-evident history (ADR 0017): every service verifies its own records' hash chains.
  add(integrityRouteDoc({ base: LEADS_BASE, tag: 'leads', noun: 'lead', service: 'leads', idParam: s.leadIdParam, security }));
  add(
    integrityRouteDoc({
      base: OPERATIONS_BASE,
      tag: 'operations',
      noun: 'operation',
      service: 'operations',
      idParam: ops.operationIdParam,
      security,
    }),
  );

  // Evidence mutual recognition (issue 9).
  addResource(
    add,
    {
      base: EVIDENCE_BASE,
      tag: 'evidence',
      noun: 'evidence item',
      service: 'evidence',
      grpcService: 'EvidenceService',
      idParam: ev.evidenceIdParam,
      create: {
        summary:
          'Register an evidence item for a lead or operation my unit takes part in: JSON for an item without stored content (a physical sample), multipart/form-data to upload its file',
        body: ev.registerEvidenceBody,
        rpc: 'RegisterEvidence',
        otherContent: { 'multipart/form-data': { schema: uploadEvidenceBody } },
        // The upload's refusals (content-routes.ts, ADR 0019): nothing is stored in any of them.
        responses: {
          413: problem('The content is larger than the evidence service accepts (limitBytes); nothing stored'),
          415: problem('The content’s bytes are not of an allowed media type (detected, allowed); nothing stored'),
          422: problem(
            'metadata.sha256 does not match the uploaded bytes (issues name the field; nothing stored), or the Idempotency-Key was used for a different request',
          ),
        },
      },
      detail: {
        summary: 'An evidence item with custody, recognition requests and decisions, integrity and history',
        schema: ev.evidenceDetailSchema,
        rpc: 'GetEvidence',
      },
      result: ev.evidenceCommandResultSchema,
      lists: EVIDENCE_LIST_ROUTES,
      actions: EVIDENCE_ACTION_ROUTES,
      notFound: 'No such item, or one whose existence must not be disclosed (RED, AMBER+STRICT)',
    },
    security,
  );
  const evidenceErrors = {
    ...commonErrors('evidence'),
    404: problem('No such item, or one whose existence must not be disclosed (RED, AMBER+STRICT)'),
  };
  add(
    integrityRouteDoc({
      base: EVIDENCE_BASE,
      tag: 'evidence',
      noun: 'evidence item',
      service: 'evidence',
      idParam: ev.evidenceIdParam,
      security,
    }),
  );
  add({
    method: 'get',
    path: `${EVIDENCE_BASE}/{id}/timeline`,
    tags: ['evidence'],
    summary: 'An item’s custody and recognition timeline, oldest first; rpc GetEvidenceTimeline',
    security,
    request: { params: ev.evidenceParams },
    responses: { 200: json('The timeline', ev.timelineSchema), ...evidenceErrors },
  });
  add({
    method: 'get',
    path: `${EVIDENCE_BASE}/dossiers/{operationId}`,
    tags: ['evidence'],
    summary: 'The evidence dossier of a concluded operation: its items and each unit’s recognition status; rpc GetDossier',
    security,
    request: { params: ev.dossierParams },
    responses: {
      200: json('The dossier (items the caller may not see in full are pointers)', ev.dossierSchema),
      ...commonErrors('evidence'),
      404: problem('The operation has not concluded, does not exist, or the caller may not see it'),
    },
  });
  add({
    method: 'get',
    path: `${EVIDENCE_BASE}/{id}/certificate`,
    tags: ['evidence'],
    summary:
      'The signed recognition certificate (item, content hash, chain head, custody, each unit’s decision): JSON with its JWS, or the printable PDF with Accept: application/pdf; rpc GetRecognitionCertificate',
    security,
    request: { params: ev.evidenceParams },
    responses: {
      200: {
        description: 'The certificate',
        content: {
          'application/json': { schema: ev.certificateSchema },
          'application/pdf': { schema: { type: 'string', format: 'binary' } },
        },
      },
      ...evidenceErrors,
      406: problem('Neither application/json nor application/pdf is acceptable'),
    },
  });
  add({
    method: 'get',
    path: CERTIFICATE_KEYS_PATH,
    tags: ['evidence'],
    summary: 'The public keys (JWKS) recognition certificates are signed with: no token needed; rpc GetCertificateKeys',
    security: [],
    responses: {
      200: { description: 'JWKS', content: { 'application/jwk-set+json': { schema: ev.jwksSchema } } },
      503: problem('The evidence service is unavailable'),
    },
  });
  add({
    method: 'get',
    path: `${EVIDENCE_BASE}/{id}/content`,
    tags: ['evidence'],
    summary:
      'The item’s stored content, streamed; re-hashed against the registered SHA-256 before it is sent (Liaison-Content-Verified); rpc DownloadEvidenceContent',
    security,
    request: { params: ev.evidenceParams },
    responses: {
      200: {
        description: 'The bytes, of the media type sniffed at upload',
        headers: {
          'Content-Disposition': { schema: { type: 'string' }, description: 'attachment with the uploaded file name' },
          'Repr-Digest': { schema: { type: 'string' }, description: 'RFC 9530 `sha-256=:<base64>:` of the bytes sent' },
          [VERIFIED_HEADER]: {
            schema: { type: 'string', enum: ['true', 'false'] },
            description: 'Whether the stored bytes still hash to the registered SHA-256 (a mismatch is recorded on the item)',
          },
        },
        content: { '*/*': { schema: { type: 'string', format: 'binary' } } },
      },
      ...evidenceErrors,
      404: problem('No such item, an item whose existence must not be disclosed, or an item without stored content'),
    },
  });

  // Liaison meetings (issue 10, ADR 0020).
  addResource(
    add,
    {
      base: MEETINGS_BASE,
      tag: 'meetings',
      noun: 'meeting',
      service: 'meetings',
      grpcService: 'MeetingsService',
      idParam: mtg.meetingIdParam,
      create: {
        summary: 'Schedule a regular (with an RRULE), ad-hoc or emergency meeting convened by the caller’s unit',
        body: mtg.scheduleMeetingBody,
        rpc: 'ScheduleMeeting',
      },
      detail: {
        summary: 'A meeting with agenda, attendance, minutes, decisions and action items',
        schema: mtg.meetingDetailSchema,
        rpc: 'GetMeeting',
      },
      result: mtg.meetingCommandResultSchema,
      lists: MEETING_LIST_ROUTES,
      actions: MEETING_ACTION_ROUTES,
      notFound: 'No such meeting, or one the caller’s unit is not invited to (need-to-know: outsiders get 404 whatever the code)',
    },
    security,
  );
  add({
    method: 'get',
    path: `${MEETINGS_BASE}/{id}/calendar.ics`,
    tags: ['meetings'],
    summary:
      'The meeting as an iCalendar (RFC 5545) file: RRULE for regular series, VTIMEZONE Asia/Shanghai, the invited units as attendees; rpc GetMeetingCalendar',
    security,
    request: { params: mtg.meetingParams },
    responses: {
      200: { description: 'text/calendar', content: { 'text/calendar': { schema: z.string() } } },
      ...commonErrors('meetings'),
      404: problem('No such meeting, or one the caller may not see'),
    },
  });

  // The accountability register (ADR 0013): both contexts' registers merged.
  add({
    method: 'get',
    path: ACCOUNTABILITY_BASE,
    tags: ['accountability'],
    summary:
      'The accountability register: every breached time limit, newest first (officers: their own unit; supervisors: all units, entries only, a pointer for AMBER+STRICT / RED; analysts: within clearance; admins and procurators: 403); rpc ListAccountability of LeadsService and OperationsService',
    security,
    request: { query: acc.accountabilityQuery },
    responses: {
      200: { ...json('A page of entries', acc.accountabilityPageSchema), headers: linkHeader },
      ...commonErrors('leads or operations'),
    },
  });
  add({
    method: 'post',
    path: `${ACCOUNTABILITY_BASE}/explanations`,
    tags: ['accountability'],
    summary: 'The responsible unit explains a breach (an officer of that unit); rpc ExplainBreach, recorded on the record’s stream',
    security,
    request: { headers: commandHeaders, body: { required: true, content: { 'application/json': { schema: acc.explanationBody } } } },
    responses: {
      200: json('Recorded: the record’s new version', z.object({ version: z.number().int(), status: z.string() }).passthrough()),
      ...commonErrors('leads or operations'),
      404: problem('No such breach of the caller’s unit on that record (or the record does not exist)'),
    },
  });

  // The situation analysis and the assessment of units (ADR 0021), answered by the meetings service.
  add({
    method: 'get',
    path: `${REPORTS_BASE}/situation`,
    tags: ['reports'],
    summary:
      'Situation analysis (研判): counts of leads, operations and evidence created in [from, to) by groupBy, with the previous period of the same length, and the operations results (seizures, value, arrests, inspections) reported in it; every count is over the records the caller may see only (analysts within their clearance, coordinators); region limits it to a jurisdiction; drillContext + drillKey list the records behind one figure; Accept: application/pdf answers the printable report; rpc GetSituationReport',
    security,
    request: { query: situationQuery },
    responses: {
      200: {
        description: 'The report (JSON), or the printable report with its charts (PDF)',
        content: {
          'application/json': {
            schema: z.object({ contexts: z.array(z.object({ context: z.string(), total: z.number().int() }).passthrough()) }).passthrough(),
          },
          'application/pdf': { schema: { type: 'string', format: 'binary' } },
        },
      },
      ...commonErrors('meetings'),
    },
  });
  add({
    method: 'get',
    path: `${REPORTS_BASE}/situation.pdf`,
    tags: ['reports'],
    summary:
      'The printable situation report (PDF with Vega-Lite charts rendered to SVG on the server), made from the caller’s own report: the same query, readers and need-to-know as GET /situation; rpc GetSituationReport',
    security,
    request: { query: situationQuery },
    responses: {
      200: { description: 'application/pdf', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } },
      ...commonErrors('meetings'),
    },
  });
  add({
    method: 'get',
    path: `${REPORTS_BASE}/situation.html`,
    tags: ['reports'],
    summary:
      'The printable situation report as one HTML page (tables and the same server-rendered charts inline as SVG), made from the caller’s own report: same query, readers and need-to-know as GET /situation; rpc GetSituationReport',
    security,
    request: { query: situationQuery },
    responses: {
      200: { description: 'text/html', content: { 'text/html': { schema: z.string() } } },
      ...commonErrors('meetings'),
    },
  });
  add({
    method: 'get',
    path: `${REPORTS_BASE}/assessment`,
    tags: ['reports'],
    summary:
      'Assessment of units (监督考核) for a month: breaches by context and kind (explained or not), on-time rate of meeting action items, problem areas below the thresholds; supervisors: every unit, coordinators: their own (another unitId: 403); rpc GetAssessment',
    security,
    request: { query: assessmentQuery },
    responses: {
      200: json(
        'Per unit',
        z.object({ units: z.array(z.object({ unitId: z.string(), problemArea: z.boolean() }).passthrough()) }).passthrough(),
      ),
      ...commonErrors('meetings'),
    },
  });

  // The analysts' history (issue 11, ADR 0022).
  for (const route of historyRouteDocs(security, commonErrors('history'))) add(route);
  // Credit files, blacklistings and case publications (ADR 0027, 0031); public reports and rewards (ADR 0028, 0031); the public channel.
  for (const route of creditRouteDocs(security, commonErrors('credit'))) add(route);
  for (const route of intakeRouteDocs(security, commonErrors('intake'))) add(route);
  for (const route of publicRouteDocs()) add(route);
  // Read-model rebuilds (ADR 0029).
  for (const route of projectionRouteDocs(security, commonErrors('owning'))) add(route);

  // The registry (ADR 0016): commands for admins only (403 for every other role); reads for everyone, shaped by role.
  const registryDoc = {
    tag: 'registry',
    service: 'registry',
    grpcService: 'RegistryService',
    result: reg.registryCommandResultSchema,
  };
  addResource(
    add,
    {
      ...registryDoc,
      base: UNITS_BASE,
      noun: 'unit',
      idParam: reg.unitIdParam,
      create: { summary: 'Register a unit (admin)', body: reg.registerUnitBody, rpc: 'RegisterUnit' },
      detail: { summary: 'A unit; admins also see its names over time and history', schema: reg.unitSchema, rpc: 'GetUnit' },
      lists: UNIT_LIST_ROUTES,
      actions: UNIT_ACTION_ROUTES,
      notFound: 'No such unit',
    },
    security,
  );
  addResource(
    add,
    {
      ...registryDoc,
      base: OFFICERS_BASE,
      noun: 'officer',
      idParam: reg.officerIdParam,
      create: { summary: 'Register an officer (admin)', body: reg.registerOfficerBody, rpc: 'RegisterOfficer' },
      detail: {
        summary: 'An active officer; admins see every officer with roles, clearance and history',
        schema: reg.officerSchema,
        rpc: 'GetOfficer',
      },
      lists: OFFICER_LIST_ROUTES,
      actions: OFFICER_ACTION_ROUTES,
      notFound: 'No such officer (deactivated officers are known to admins only)',
    },
    security,
  );
  for (const route of CHANGE_LIST_ROUTES) {
    add({
      method: 'get',
      path: '/api/v1/registry/changes',
      tags: ['registry'],
      summary: `${route.summary} (cursor-paginated)`,
      security,
      description: `Calls RegistryService.${route.rpc}.`,
      request: { query: route.query as z.ZodObject },
      responses: { 200: { ...json('One page', route.pageSchema), headers: linkHeader }, ...commonErrors('registry') },
    });
  }

  const document = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Liaison gateway API',
      version: options.version,
      description: 'Cross-region IP-enforcement coordination. Errors are RFC 9457 application/problem+json.',
    },
    servers: [{ url: '/' }],
    security,
  });
  // 408/413/415/429/431/503 of the limits and the rate limit, on every operation (transport-responses.ts);
  // no NUL in any text (nul-free.ts).
  return withSafeIntegerBounds(withNulFreeStrings(withTransportResponses(document)));
}
