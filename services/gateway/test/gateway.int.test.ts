import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { type AddressInfo, connect, createServer as createNetServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { loadDirectory } from '@liaison/contracts';
import {
  ConcurrencyError,
  createLogger,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  startTelemetry,
  type Telemetry,
  ValidationError,
} from '@liaison/platform';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { createGatewayApp } from '../src/app';
import { createDevAuthenticator } from '../src/auth/authenticator';
import { inMemoryOfficers } from '../src/directory/officer-lookup';
import { commandIdFor } from '../src/http/idempotency';
import { createGatewayServer, DEFAULT_REQUEST_LIMITS } from '../src/http/request-limits';
import { createGrpcLeadsPort } from '../src/leads/grpc-leads';
import type { LeadsPort } from '../src/leads/leads-port';
import { ACTION_ROUTES } from '../src/leads/routes';
import { FakeLeadsServer, lead } from './fake-leads-server';
import { FakeOperationsServer } from './fake-operations-server';
import { createGrpcOperationsPort } from '../src/operations/grpc-operations';
import type { OperationsPort } from '../src/operations/operations-port';
import { validLead } from './fixtures';

const directory = loadDirectory();
const exporter = new InMemorySpanExporter();
const logLines: Record<string, unknown>[] = [];
let telemetry: Telemetry;
let fake: FakeLeadsServer;
let leads: LeadsPort;
let fakeOperations: FakeOperationsServer;
let operations: OperationsPort;
let server: Server;
let base: string;
const tokens: Record<string, string> = {};

const LI = 'officer-jinshui-msb-li'; // liaison officer, msb-jinshui (owner of the canned leads)
const WANG = 'officer-erqi-msb-wang'; // liaison officer, msb-erqi (recipient of lead-a0000000-0000-4000-8000-000000000001)
const CHEN = 'officer-city-psb-chen'; // police, not a party
const ANALYST = 'officer-city-lgo-analyst';
const ADMIN = 'officer-city-lgo-admin';
const PROCURATOR = 'officer-city-procuratorate-zheng';

beforeAll(async () => {
  telemetry = startTelemetry({ serviceName: 'gateway-test', exporter, processing: 'simple' });
  fake = new FakeLeadsServer();
  const port = await fake.start();
  leads = createGrpcLeadsPort(`127.0.0.1:${port}`, { deadlineMs: 5_000 });
  fakeOperations = new FakeOperationsServer();
  operations = createGrpcOperationsPort(`127.0.0.1:${await fakeOperations.start()}`, { deadlineMs: 5_000 });
  const logger = createLogger('gateway-test', {
    level: 'info',
    destination: { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) },
  });
  const auth = createDevAuthenticator({ officers: inMemoryOfficers(directory), audience: 'liaison', ttlSeconds: 300 });
  const app = createGatewayApp({ config: { SERVICE_VERSION: 'test', AUTH_MODE: 'dev' }, logger, leads, operations, directory, auth });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const officerId of [LI, WANG, CHEN, ANALYST, ADMIN, PROCURATOR]) {
    const res = await fetch(`${base}/api/v1/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ officerId }),
    });
    expect(res.status).toBe(200);
    tokens[officerId] = ((await res.json()) as { accessToken: string }).accessToken;
  }
});

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  leads?.close();
  operations?.close();
  await fake?.stop();
  await fakeOperations?.stop();
  await telemetry?.shutdown();
});

beforeEach(() => {
  fake.calls.length = 0;
  fake.leads.clear();
  fake.leads.set(
    'lead-a0000000-0000-4000-8000-000000000001',
    lead('lead-a0000000-0000-4000-8000-000000000001', 'AMBER', 'msb-jinshui', ['msb-erqi']),
  );
  fake.leads.set(
    'lead-a0000000-0000-4000-8000-000000000002',
    lead('lead-a0000000-0000-4000-8000-000000000002', 'RED', 'msb-jinshui', ['msb-erqi']),
  );
  fake.leads.set(
    'lead-a0000000-0000-4000-8000-000000000003',
    lead('lead-a0000000-0000-4000-8000-000000000003', 'GREEN', 'msb-jinshui', []),
  );
});

interface Sent {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

async function send(
  method: string,
  path: string,
  options: { as?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Sent> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.as) headers.authorization = `Bearer ${tokens[options.as]}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

const expectProblem = (res: Sent, status: number) => {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, type: expect.stringMatching(/^https:/), title: expect.any(String), detail: expect.any(String) });
};

describe('health', () => {
  it('/healthz answers while the process lives; /readyz checks the leads and operations gRPC health', async () => {
    expect(await send('GET', '/healthz')).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(await send('GET', '/readyz')).toMatchObject({
      status: 200,
      body: { status: 'ready', services: { leads: 'ready', operations: 'ready' } },
    });
  });

  it('/readyz is 503 when the leads service is unreachable', async () => {
    const down = createGrpcLeadsPort('127.0.0.1:1', { deadlineMs: 500 });
    const app = createGatewayApp({
      config: { SERVICE_VERSION: 'test', AUTH_MODE: 'dev' },
      logger: createLogger('t', { level: 'silent' }),
      leads: down,
      operations,
      directory,
      auth: createDevAuthenticator({ officers: inMemoryOfficers(directory), audience: 'liaison', ttlSeconds: 60 }),
      readinessTimeoutMs: 300,
    });
    const other = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => other.once('listening', resolve));
    try {
      const res = await fetch(`http://127.0.0.1:${(other.address() as AddressInfo).port}/readyz`);
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    } finally {
      other.close();
      down.close();
    }
  });
});

describe('per-officer rate limit', () => {
  it('beyond the limit one officer gets 429 problem+json with Retry-After before any service is called; other officers go on', async () => {
    const auth = createDevAuthenticator({ officers: inMemoryOfficers(directory), audience: 'liaison', ttlSeconds: 60 });
    const app = createGatewayApp({
      config: { SERVICE_VERSION: 'test', AUTH_MODE: 'dev' },
      logger: createLogger('t', { level: 'silent' }),
      leads,
      operations,
      directory,
      auth,
      officerRateLimit: { limit: 3, windowMs: 60_000 },
    });
    const limited = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => limited.once('listening', resolve));
    const url = `http://127.0.0.1:${(limited.address() as AddressInfo).port}`;
    try {
      const tokenOf = async (officerId: string) => {
        const res = await fetch(`${url}/api/v1/auth/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ officerId }),
        });
        return ((await res.json()) as { accessToken: string }).accessToken;
      };
      const get = (token: string, path: string) => fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
      const [li, wang] = [await tokenOf(LI), await tokenOf(WANG)];
      // The limit counts the officer across routes, not per route.
      expect((await get(li, '/api/v1/leads/lead-a0000000-0000-4000-8000-000000000001')).status).toBe(200);
      expect((await get(li, '/api/v1/leads/inbox')).status).toBe(200);
      expect((await get(li, '/api/v1/leads/lead-a0000000-0000-4000-8000-000000000001')).status).toBe(200);
      fake.calls.length = 0;
      const refused = await get(li, '/api/v1/leads/lead-a0000000-0000-4000-8000-000000000001');
      expect(refused.status).toBe(429);
      expect(refused.headers.get('content-type')).toMatch(/problem\+json/);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.headers.get('ratelimit-policy')).toContain('3');
      expect(((await refused.json()) as { status: number; detail: string }).detail).toMatch(/3 requests per 60 s for one officer/);
      expect(fake.calls).toHaveLength(0);
      expect((await get(wang, '/api/v1/leads/lead-a0000000-0000-4000-8000-000000000001')).status).toBe(200);
    } finally {
      limited.close();
    }
  });
});

describe('authentication', () => {
  it('401 with WWW-Authenticate: Bearer without a token, with a malformed one, and with a bad one', async () => {
    const none = await send('GET', '/api/v1/leads/inbox');
    expectProblem(none, 401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="liaison"');

    const garbage = await send('GET', '/api/v1/leads/inbox', { headers: { authorization: 'Bearer nope.nope.nope' } });
    expectProblem(garbage, 401);
    expect(garbage.headers.get('www-authenticate')).toMatch(/^Bearer realm="liaison", error="invalid_token"/);

    const basic = await send('GET', '/api/v1/leads/inbox', { headers: { authorization: 'Basic dXNlcjpwdw==' } });
    expectProblem(basic, 401);
    expect(fake.calls).toHaveLength(0);
  });

  it('issues dev tokens only for seeded officers, validating the body', async () => {
    const unknown = await send('POST', '/api/v1/auth/token', { body: { officerId: 'officer-ghost' } });
    expectProblem(unknown, 400);
    expect(unknown.body.issues).toEqual([{ path: 'officerId', message: 'not a seeded officer' }]);
    const extra = await send('POST', '/api/v1/auth/token', { body: { officerId: LI, roles: ['admin'] } });
    expectProblem(extra, 400);
  });

  it('the token router answers 404 when tokens are not issued here (oidc)', async () => {
    const app = createGatewayApp({
      config: { SERVICE_VERSION: 'test', AUTH_MODE: 'oidc' },
      logger: createLogger('t', { level: 'silent' }),
      leads,
      operations,
      directory,
      auth: {
        mode: 'oidc',
        authenticate: async () => {
          throw new Error('unused');
        },
      },
    });
    const other = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => other.once('listening', resolve));
    try {
      const res = await fetch(`http://127.0.0.1:${(other.address() as AddressInfo).port}/api/v1/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ officerId: LI }),
      });
      expect(res.status).toBe(404);
    } finally {
      other.close();
    }
  });
});

describe('POST /api/v1/leads', () => {
  it('maps the body onto PostLead with the caller in metadata: 201, Location, ETag, {leadId, version, status}', async () => {
    const res = await send('POST', '/api/v1/leads', { as: LI, body: validLead, headers: { 'x-correlation-id': 'corr-post-1' } });
    expect(res.status).toBe(201);
    const [call] = fake.callsOf('PostLead');
    expect(call!.actor).toEqual({ officerId: LI, unitId: 'msb-jinshui', roles: ['liaison_officer'] });
    expect(call!.correlationId).toBe('corr-post-1');
    expect(call!.request).toMatchObject({
      title: validLead.title,
      category: 'counterfeit_food',
      priority: 'high',
      subject: { enterpriseName: validLead.subject.enterpriseName, creditCode: validLead.subject.creditCode },
      location: { jurisdiction: 'jinshui', address: 'Market Rd 1' },
      grading: { sourceReliability: 'B', information: 2 },
      handling: { code: 'AMBER', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
    });
    const leadId = `lead-${String(call!.request.commandId)}`;
    expect(res.body).toEqual({ leadId, version: 1, status: 'posted' });
    expect(res.headers.get('location')).toBe(`/api/v1/leads/${leadId}`);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.headers.get('x-correlation-id')).toBe('corr-post-1');
  });

  it('passes the same command_id for the same Idempotency-Key (and a fresh one without it)', async () => {
    const key = `retry-${randomUUID()}`;
    const first = await send('POST', '/api/v1/leads', { as: LI, body: validLead, headers: { 'idempotency-key': key } });
    const second = await send('POST', '/api/v1/leads', { as: LI, body: validLead, headers: { 'idempotency-key': key } });
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const ids = fake.callsOf('PostLead').map((call) => call.request.commandId);
    expect(ids).toEqual([commandIdFor(LI, key), commandIdFor(LI, key)]);

    await send('POST', '/api/v1/leads', { as: WANG, body: validLead, headers: { 'idempotency-key': key } });
    await send('POST', '/api/v1/leads', { as: LI, body: validLead });
    await send('POST', '/api/v1/leads', { as: LI, body: validLead });
    const all = fake.callsOf('PostLead').map((call) => call.request.commandId);
    expect(new Set(all).size).toBe(4);
  });

  it('400 problem+json naming each offending field; unknown fields and unknown references rejected; nothing sent', async () => {
    const bad = await send('POST', '/api/v1/leads', {
      as: LI,
      body: { ...validLead, title: '', grading: { sourceReliability: 'Q', information: 7 }, colour: 'red' },
    });
    expectProblem(bad, 400);
    const paths = (bad.body.issues as { path: string }[]).map((issue) => issue.path).sort();
    expect(paths).toEqual(['(root)', 'grading.information', 'grading.sourceReliability', 'title']);
    expect((bad.body.issues as { path: string; message: string }[]).find((i) => i.path === '(root)')!.message).toMatch(/colour/);

    const refs = await send('POST', '/api/v1/leads', {
      as: LI,
      body: { ...validLead, location: { jurisdiction: 'atlantis' }, handling: { code: 'RED', namedOfficerIds: ['ghost'] } },
    });
    expectProblem(refs, 400);
    expect(refs.body.issues).toEqual([
      { path: 'location.jurisdiction', message: 'unknown jurisdiction "atlantis"' },
      { path: 'handling.namedOfficerIds.0', message: 'unknown officer "ghost"' },
    ]);

    const malformed = await fetch(`${base}/api/v1/leads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[LI]}`, 'content-type': 'application/json' },
      body: '{"title":',
    });
    expect(malformed.status).toBe(400);
    const form = await fetch(`${base}/api/v1/leads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[LI]}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'title=x',
    });
    expect(form.status).toBe(415);
    expect(fake.callsOf('PostLead')).toHaveLength(0);
  });

  it('403 for analysts and admins (read-only / no leads role), before any gRPC call', async () => {
    expectProblem(await send('POST', '/api/v1/leads', { as: ANALYST, body: validLead }), 403);
    expectProblem(await send('POST', '/api/v1/leads', { as: ADMIN, body: validLead }), 403);
    expectProblem(await send('POST', '/api/v1/leads/lead-a0000000-0000-4000-8000-000000000001/accept', { as: ANALYST, body: {} }), 403);
    expect(fake.calls).toHaveLength(0);
  });

  it('maps a service-side validation error (INVALID_ARGUMENT with issues) to 400 with the same issues', async () => {
    fake.next('PostLead', () => {
      throw ValidationError.of([{ path: 'subject.creditCode', message: 'checksum mismatch' }]);
    });
    const res = await send('POST', '/api/v1/leads', { as: LI, body: validLead });
    expectProblem(res, 400);
    expect(res.body.issues).toEqual([{ path: 'subject.creditCode', message: 'checksum mismatch' }]);
  });
});

describe('actions on a lead', () => {
  it('maps each action route to its rpc with lead id, command id and if_match_version', async () => {
    const bodies: Record<string, unknown> = {
      share: { unitIds: ['msb-erqi', 'psb-city'], message: 'please check' },
      'onward-sharing-requests': { unitIds: ['psb-city'], reason: 'police need it' },
      'onward-sharing-requests/:requestId/approve': { reason: 'ok' },
      'onward-sharing-requests/:requestId/refuse': {},
      decline: { reason: 'not our jurisdiction' },
      'co-handling': { tasks: [{ unitId: 'msb-erqi', description: 'inspect the warehouse', dueAt: '2026-12-01T09:00:00+08:00' }] },
      feedback: { result: 'verified', summary: 'confirmed on site' },
      regrade: { grading: { sourceReliability: 'A', information: 1 }, reason: 'corroborated' },
      'suspected-crime': { reason: 'value above threshold' },
      'transfer-decision': { transfer: true, reasons: 'criminal scale' },
      'hand-over': { policeUnitId: 'psb-city', facts: 'facts', amountInvolved: 120000, evidenceRefs: ['ev-1'] },
      'police-decision': { decision: 'opened', caseNumber: 'ZZ-2026-1' },
      reconsideration: { reason: 'new evidence' },
      'reconsideration/answer': { answer: 'reversed' },
      close: { outcome: 'resolved' },
      links: { otherLeadId: 'lead-00000000-0000-8000-8000-000000000002', relation: 'related' },
      escalations: { reason: 'Needs a joint operation with Erqi.' },
      supervision: { procuratorateUnitId: 'procuratorate-city', reason: 'the refusal ignores the evidence' },
      'police-reasons': { reasons: 'below the threshold' },
      'police-opening': { caseNumber: 'ZZ-2026-2' },
      'transfer-decision/revisit': { newFacts: 'a second warehouse' },
      'court-use-consents': { unitId: 'psb-city', reason: 'hand-over' },
      'court-use-consents/:requestId/approve': {},
      'court-use-consents/:requestId/refuse': { reason: 'source protection' },
    };
    // Routes with a role of their own (the procurator's answer) are checked below.
    for (const route of ACTION_ROUTES.filter((r) => !r.role)) {
      fake.calls.length = 0;
      const path = route.path.replace(':requestId', 'req-7');
      const body = bodies[route.path] ?? {};
      const res = await send('POST', `/api/v1/leads/lead-a0000000-0000-4000-8000-000000000001/${path}`, {
        as: LI,
        body,
        headers: { 'if-match': '"3"', 'idempotency-key': `k-${route.rpc}` },
      });
      expect({ route: route.path, status: res.status }).toEqual({ route: route.path, status: 200 });
      expect(res.body).toEqual({ leadId: 'lead-a0000000-0000-4000-8000-000000000001', version: 4, status: 'in_progress' });
      expect(res.headers.get('etag')).toBe('"4"');
      // No GetLead first: the leads decider answers a unit that is no party itself.
      expect(fake.calls.map((call) => call.method)).toEqual([route.rpc]);
      const request = fake.calls[0]!.request;
      expect(request).toMatchObject({
        leadId: 'lead-a0000000-0000-4000-8000-000000000001',
        ifMatchVersion: 3,
        commandId: commandIdFor(LI, `k-${route.rpc}`),
      });
      if (route.withRequestId) expect(request.requestId).toBe('req-7');
      // Subset match: proto3 fills fields the body leaves out (e.g. a task's taskId) with defaults.
      for (const [field, value] of Object.entries(body as Record<string, unknown>))
        expect({ field, value: request[field] }).toMatchObject({ field, value });
    }
  });

  it('the Procuratorate’s routes: the answer and the supervised list are for procurators only, the lead itself readable by them', async () => {
    expectProblem(
      await send('POST', '/api/v1/leads/lead-a0000000-0000-4000-8000-000000000001/supervision/answer', {
        as: LI,
        body: { outcome: 'refusal_upheld', reason: 'x' },
      }),
      403,
    );
    expectProblem(await send('GET', '/api/v1/leads/supervision', { as: LI }), 403);
    fake.calls.length = 0;
    fake.leads.set('lead-a0000000-0000-4000-8000-000000000004', {
      ...lead('lead-a0000000-0000-4000-8000-000000000004', 'AMBER', 'msb-jinshui', []),
      transfer: { stage: 'supervision_requested', policeUnitId: 'psb-city', procuratorateUnitId: 'procuratorate-city' },
    } as never);
    const answer = await send('POST', '/api/v1/leads/lead-a0000000-0000-4000-8000-000000000004/supervision/answer', {
      as: PROCURATOR,
      body: { outcome: 'opening_required' },
    });
    expect(answer.status).toBe(200);
    expect(fake.calls.map((call) => call.method)).toEqual(['AnswerSupervision']);
    expect(fake.calls[0]!.request).toMatchObject({ leadId: 'lead-a0000000-0000-4000-8000-000000000004', outcome: 'opening_required' });
    expect((await send('GET', '/api/v1/leads/supervision', { as: PROCURATOR })).status).toBe(200);
    expect((await send('GET', '/api/v1/leads/lead-a0000000-0000-4000-8000-000000000004', { as: PROCURATOR })).status).toBe(200);
    // Procurators act on nothing else.
    expectProblem(
      await send('POST', '/api/v1/leads/lead-a0000000-0000-4000-8000-000000000004/close', {
        as: PROCURATOR,
        body: { outcome: 'resolved' },
      }),
      403,
    );
  });

  it('acknowledge / accept take no body at all', async () => {
    const res = await fetch(`${base}/api/v1/leads/lead-a0000000-0000-4000-8000-000000000001/accept`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[WANG]}` },
    });
    expect(res.status).toBe(200);
    expect(fake.callsOf('AcceptLead')[0]!.request).toMatchObject({
      leadId: 'lead-a0000000-0000-4000-8000-000000000001',
      ifMatchVersion: 0,
    });
  });

  it('decline without a reason and sharing with unknown units are 400s naming the field', async () => {
    const decline = await send('POST', '/api/v1/leads/lead-a0000000-0000-4000-8000-000000000001/decline', { as: WANG, body: {} });
    expectProblem(decline, 400);
    expect(decline.body.issues).toEqual([{ path: 'reason', message: expect.any(String) }]);
    const share = await send('POST', '/api/v1/leads/lead-a0000000-0000-4000-8000-000000000001/share', {
      as: LI,
      body: { unitIds: ['msb-erqi', 'msb-nowhere'] },
    });
    expectProblem(share, 400);
    expect(share.body.issues).toEqual([{ path: 'unitIds.1', message: 'unknown unit "msb-nowhere"' }]);
    expect(fake.calls).toHaveLength(0);
  });

  it('412 when If-Match names a stale version; 400 when it is malformed', async () => {
    const stale = await send('POST', '/api/v1/leads/lead-a0000000-0000-4000-8000-000000000001/accept', {
      as: WANG,
      body: {},
      headers: { 'if-match': '"2"' },
    });
    expectProblem(stale, 412);
    expect(stale.body).toMatchObject({ expectedVersion: 2, actualVersion: 3 });
    const malformed = await send('POST', '/api/v1/leads/lead-a0000000-0000-4000-8000-000000000001/accept', {
      as: WANG,
      body: {},
      headers: { 'if-match': 'yesterday' },
    });
    expectProblem(malformed, 400);
    expect(malformed.body.issues).toEqual([{ path: 'If-Match', message: expect.any(String) }]);
  });

  it('409 with currentStatus for an illegal transition, 409 for a concurrent change', async () => {
    fake.next('AcceptLead', () => {
      throw new InvalidTransitionError('cannot accept a lead that was not shared with your unit yet', 'posted');
    });
    const illegal = await send('POST', '/api/v1/leads/lead-a0000000-0000-4000-8000-000000000001/accept', { as: WANG, body: {} });
    expectProblem(illegal, 409);
    expect(illegal.body.currentStatus).toBe('posted');

    fake.next('DeclineLead', () => {
      throw new ConcurrencyError('lead-lead-amber', 3, 4);
    });
    expectProblem(
      await send('POST', '/api/v1/leads/lead-a0000000-0000-4000-8000-000000000001/decline', { as: WANG, body: { reason: 'x' } }),
      409,
    );
  });

  it('the leads service’s refusal of a unit that is no party comes back as 403, or 404 for a strict lead', async () => {
    fake.next('AcceptLead', () => {
      throw new ForbiddenError('unit psb-city is not a party to lead lead-a0000000-0000-4000-8000-000000000001');
    });
    expectProblem(await send('POST', '/api/v1/leads/lead-a0000000-0000-4000-8000-000000000001/accept', { as: CHEN, body: {} }), 403);
    fake.next('AcceptLead', () => {
      throw new NotFoundError('lead', 'lead-a0000000-0000-4000-8000-000000000002');
    });
    const red = await send('POST', '/api/v1/leads/lead-a0000000-0000-4000-8000-000000000002/accept', { as: CHEN, body: {} });
    expectProblem(red, 404);
    expect(JSON.stringify(red.body)).not.toContain('RED');
  });

  it('503 problem when the leads service is unavailable', async () => {
    const down = createGrpcLeadsPort('127.0.0.1:1', { deadlineMs: 500 });
    const app = createGatewayApp({
      config: { SERVICE_VERSION: 'test', AUTH_MODE: 'dev' },
      logger: createLogger('t', { level: 'silent' }),
      leads: down,
      operations,
      directory,
      auth: createDevAuthenticator({ officers: inMemoryOfficers(directory), audience: 'liaison', ttlSeconds: 60, secret: 'z'.repeat(32) }),
    });
    const auth = createDevAuthenticator({
      officers: inMemoryOfficers(directory),
      audience: 'liaison',
      ttlSeconds: 60,
      secret: 'z'.repeat(32),
    });
    const token = (await auth.issue!(LI))!.accessToken;
    const other = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => other.once('listening', resolve));
    try {
      const res = await fetch(
        `http://127.0.0.1:${(other.address() as AddressInfo).port}/api/v1/leads/lead-a0000000-0000-4000-8000-000000000001`,
        {
          headers: { authorization: `Bearer ${token}` },
        },
      );
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    } finally {
      other.close();
      down.close();
    }
  });
});

describe('reads', () => {
  it('GET /leads/:id returns the detail with ETag and honours If-None-Match', async () => {
    const res = await send('GET', '/api/v1/leads/lead-a0000000-0000-4000-8000-000000000001', { as: ANALYST });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"3"');
    expect(res.body).toMatchObject({ leadId: 'lead-a0000000-0000-4000-8000-000000000001', version: 3, ownerUnitId: 'msb-jinshui' });
    expect(fake.callsOf('GetLead')[0]!.actor!.roles).toEqual(['analyst']);
    const cached = await fetch(`${base}/api/v1/leads/lead-a0000000-0000-4000-8000-000000000001`, {
      headers: { authorization: `Bearer ${tokens[ANALYST]}`, 'if-none-match': '"3"' },
    });
    expect(cached.status).toBe(304);
  });

  it('GET /leads/:id of a hidden lead is 404 (the service decides visibility)', async () => {
    expectProblem(await send('GET', '/api/v1/leads/lead-a0000000-0000-4000-8000-000000000005', { as: CHEN }), 404);
  });

  it('admins have no access to leads', async () => {
    expectProblem(await send('GET', '/api/v1/leads/inbox', { as: ADMIN }), 403);
  });

  it('inbox: cursor pagination with {items, nextCursor} and a Link rel="next" header', async () => {
    const first = await send('GET', '/api/v1/leads/inbox?limit=1&status=shared', { as: WANG });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ items: [expect.objectContaining({ leadId: 'lead-page-1' })], nextCursor: 'cursor-2' });
    expect(first.headers.get('link')).toBe('</api/v1/leads/inbox?limit=1&status=shared&cursor=cursor-2>; rel="next"');
    expect(fake.callsOf('ListInbox')[0]!.request).toMatchObject({ page: { pageSize: 1, cursor: '' }, status: 'shared' });

    const second = await send('GET', '/api/v1/leads/inbox?limit=1&status=shared&cursor=cursor-2', { as: WANG });
    expect(second.body).toEqual({ items: [expect.objectContaining({ leadId: 'lead-page-2' })], nextCursor: null });
    expect(second.headers.get('link')).toBeNull();
    expect(fake.callsOf('ListInbox')[1]!.request).toMatchObject({ page: { pageSize: 1, cursor: 'cursor-2' } });
  });

  it('outbox, overdue, search and counts map to their rpcs', async () => {
    expect((await send('GET', '/api/v1/leads/outbox', { as: LI })).status).toBe(200);
    const overdue = await send('GET', '/api/v1/leads/overdue', { as: LI });
    expect(overdue.body).toMatchObject({
      items: [{ leadId: 'lead-a0000000-0000-4000-8000-000000000001', breach: { kind: 'acknowledge' } }],
      nextCursor: null,
    });
    const search = await send(
      'GET',
      '/api/v1/leads?category=counterfeit_food&jurisdiction=jinshui&creditCode=91410100MA44XXXX1M&text=moutai&postedFrom=2026-01-01T00:00:00Z&limit=5',
      { as: ANALYST },
    );
    expect(search.status).toBe(200);
    expect(fake.callsOf('SearchLeads')[0]!.request).toMatchObject({
      page: { pageSize: 5, cursor: '' },
      category: 'counterfeit_food',
      jurisdiction: 'jinshui',
      creditCode: '91410100MA44XXXX1M',
      text: 'moutai',
      postedFrom: '2026-01-01T00:00:00Z',
      status: '',
      ownerUnitId: '',
    });
    const counts = await send('GET', '/api/v1/leads/stats/counts', { as: ANALYST });
    expect(counts.body).toMatchObject({ total: 2, byCategory: [{ key: 'counterfeit_food', count: 2 }] });
    expect(fake.calls.map((call) => call.method)).toEqual(['ListOutbox', 'ListOverdue', 'SearchLeads', 'CountLeads']);
  });

  it('rejects unknown or malformed query parameters naming them', async () => {
    const res = await send('GET', '/api/v1/leads?limit=0&colour=red&category=beer', { as: ANALYST });
    expectProblem(res, 400);
    expect((res.body.issues as { path: string }[]).map((issue) => issue.path).sort()).toEqual(['query', 'query.category', 'query.limit']);
  });
});

describe('cross-cutting', () => {
  it('unknown routes are 404 problem+json', async () => {
    expectProblem(await send('GET', '/api/v1/nothing-here'), 404);
  });

  it('continues the caller trace: SERVER span → gRPC CLIENT span → service, same trace id', async () => {
    const traceId = randomUUID().replace(/-/g, '');
    const traceparent = `00-${traceId}-${'a'.repeat(16)}-01`;
    await send('GET', '/api/v1/leads/lead-a0000000-0000-4000-8000-000000000001', { as: LI, headers: { traceparent } });
    const spans = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
    const serverSpan = spans.find((span) => span.kind === SpanKind.SERVER && span.name === 'GET /api/v1/leads/:id');
    expect(serverSpan).toBeDefined();
    expect(serverSpan!.attributes['http.response.status_code']).toBe(200);
    expect(spans.some((span) => span.kind === SpanKind.CLIENT && span.name === 'liaison.v1.LeadsService/GetLead')).toBe(true);
    expect(fake.callsOf('GetLead')[0]!.traceparent).toContain(traceId);
  });

  it('writes one log line per request with correlation id, status and duration; echoes/generates X-Correlation-Id', async () => {
    logLines.length = 0;
    const res = await send('GET', '/api/v1/leads/lead-a0000000-0000-4000-8000-000000000001', {
      as: LI,
      headers: { 'x-correlation-id': 'corr-log-1' },
    });
    expect(res.headers.get('x-correlation-id')).toBe('corr-log-1');
    const lines = logLines.filter((line) => line.correlationId === 'corr-log-1');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'request completed',
      status: 200,
      method: 'GET',
      route: '/api/v1/leads/:id',
      officerId: LI,
      durationMs: expect.any(Number),
    });
    expect(fake.callsOf('GetLead')[0]!.correlationId).toBe('corr-log-1');
    logLines.length = 0;
    await send('GET', '/api/v1/leads/inbox', { as: ADMIN, headers: { 'x-correlation-id': 'corr-log-2' } });
    expect(logLines.filter((line) => line.correlationId === 'corr-log-2')).toEqual([
      expect.objectContaining({ status: 403, route: '/api/v1/leads/inbox', officerId: ADMIN }),
    ]);
    const generated = await send('GET', '/healthz');
    expect(generated.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('OpenAPI', () => {
  it('serves a 3.1 document listing every route with schemas, problem responses and bearer security', async () => {
    const res = await send('GET', '/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.body as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { responses: Record<string, { content?: Record<string, unknown> }>; requestBody?: unknown; security?: unknown }>
      >;
      components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes.bearer).toEqual({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    const expected = [
      ['post', '/api/v1/leads'],
      ['get', '/api/v1/leads'],
      ['get', '/api/v1/leads/{id}'],
      ['get', '/api/v1/leads/inbox'],
      ['get', '/api/v1/leads/outbox'],
      ['get', '/api/v1/leads/overdue'],
      ['get', '/api/v1/leads/stats/counts'],
      ['post', '/api/v1/auth/token'],
      ['get', '/healthz'],
      ['get', '/readyz'],
      ...ACTION_ROUTES.map((route) => ['post', `/api/v1/leads/{id}/${route.path.replace(':requestId', '{requestId}')}`]),
    ];
    for (const [method, path] of expected) {
      expect({ path, method, present: Boolean(doc.paths[path!]?.[method!]) }).toEqual({ path, method, present: true });
    }
    const post = doc.paths['/api/v1/leads']!.post!;
    expect(post.requestBody).toBeDefined();
    expect(post.responses['400']!.content!['application/problem+json']).toBeDefined();
    expect(post.security).toEqual([{ bearer: [] }]);
    expect(doc.paths['/api/v1/leads/{id}/accept']!.post!.responses['412']).toBeDefined();
    for (const schema of ['PostLeadBody', 'Grading', 'Problem', 'LeadCommandResult', 'LeadDetail', 'LeadPage', 'DeclineLeadBody']) {
      expect(Object.keys(doc.components.schemas)).toContain(schema);
    }
    const postLead = doc.components.schemas.PostLeadBody as { additionalProperties: unknown; required: string[] };
    expect(postLead.additionalProperties).toBe(false);
    expect(postLead.required).toEqual(expect.arrayContaining(['title', 'category', 'subject', 'location', 'grading', 'handling']));
  });

  it('lists the registry’s current unit and jurisdiction ids as enums to a signed-in caller only; path ids carry the service’s pattern', async () => {
    type Field = { pattern?: string; enum?: string[]; 'x-liaison-registry'?: string };
    type Doc = {
      components: { schemas: Record<string, { properties: Record<string, Field & { items?: Field }> }> };
      paths: Record<string, Record<string, { parameters?: { name: string; schema: Field }[] }>>;
    };
    const anonymous = (await send('GET', '/api/v1/openapi.json')).body as unknown as Doc;
    const signedIn = (await send('GET', '/api/v1/openapi.json', { as: CHEN })).body as unknown as Doc;
    const fields = (doc: Doc) => ({
      unit: doc.components.schemas.ShareLeadBody!.properties.unitIds!.items!,
      police: doc.components.schemas.HandOverToPoliceBody!.properties.policeUnitId!,
      procuratorate: doc.components.schemas.RequestProcuratorateSupervisionBody!.properties.procuratorateUnitId!,
      jurisdiction: doc.components.schemas.Location!.properties.jurisdiction!,
    });
    const units = directory.allUnits();
    const ids = (list: typeof units) => list.map((unit) => unit.unitId).sort();
    for (const field of Object.values(fields(anonymous))) {
      expect(field).toMatchObject({ pattern: expect.any(String), 'x-liaison-registry': expect.any(String) });
      expect(field.enum).toBeUndefined();
    }
    expect(fields(signedIn).unit.enum).toEqual(ids(units));
    expect(fields(signedIn).police.enum).toEqual(ids(units.filter((unit) => unit.police)));
    expect(fields(signedIn).procuratorate.enum).toEqual(ids(units.filter((unit) => unit.agency === 'procuratorate')));
    expect(fields(signedIn).jurisdiction.enum).toEqual(directory.data.jurisdictions.map((j) => j.jurisdictionId).sort());
    expect(fields(signedIn).police.enum!.length).toBeLessThan(units.length);
    const officers = signedIn.components.schemas.Handling!.properties.namedOfficerIds!.items!;
    expect(officers.enum).toEqual(
      directory
        .allOfficers()
        .map((officer) => officer.officerId)
        .sort(),
    );
    // Only the caller's own unit convenes; the units it invites are the others.
    const meeting = signedIn.components.schemas.ScheduleMeetingBody!.properties;
    const chenUnit = directory.officer(CHEN)!.unitId;
    expect(meeting.convenerUnitId!.enum).toEqual([chenUnit]);
    expect(meeting.invitedUnitIds!.items!.enum).toEqual(ids(units.filter((unit) => unit.unitId !== chenUnit)));
    // An item's collector is an officer of the collecting unit: the caller's (or none given), or another unit and one of its officers.
    type Branch = { required?: string[]; properties: Record<string, { const?: string; enum?: string[] }> };
    const collector = (doc: Doc) => (doc.components.schemas.RegisterEvidenceBody as unknown as { anyOf?: Branch[] }).anyOf;
    const officersOf = (unitId: string) =>
      directory
        .allOfficers()
        .filter((officer) => officer.unitId === unitId)
        .map((officer) => officer.officerId)
        .sort();
    expect(collector(anonymous)).toBeUndefined();
    const [own, ...others] = collector(signedIn)!;
    expect(own).toEqual({ properties: { collectedByUnitId: { const: chenUnit }, collectedByOfficerId: { enum: officersOf(chenUnit) } } });
    expect(others.length).toBeGreaterThan(0);
    for (const branch of others) {
      const unitId = branch.properties.collectedByUnitId!.const!;
      expect(branch).toEqual({
        required: ['collectedByUnitId', 'collectedByOfficerId'],
        properties: { collectedByUnitId: { const: unitId }, collectedByOfficerId: { enum: officersOf(unitId) } },
      });
      expect(unitId).not.toBe(chenUnit);
    }
    // The lead id in a path: the leads service's lead-<uuid>, not just any id.
    const idParam = anonymous.paths['/api/v1/leads/{id}']!.get!.parameters!.find((p) => p.name === 'id')!;
    expect(new RegExp(idParam.schema.pattern!).test(`lead-${randomUUID()}`)).toBe(true);
    expect(new RegExp(idParam.schema.pattern!).test('lead-amber')).toBe(false);
    // A bearer token that does not verify is refused like on every signed-in route.
    expectProblem(await send('GET', '/api/v1/openapi.json', { headers: { authorization: 'Bearer not.a.token' } }), 401);
  });
});

describe('request limits (never a 500 for load)', () => {
  /** A raw HTTP/1.1 exchange: fetch cannot send an oversized head or a chunked body of our choosing. */
  const raw = (url: string, request: string) =>
    new Promise<{ status: number; contentType: string; body: Record<string, unknown> }>((resolve, reject) => {
      const { port } = new URL(url);
      const socket = connect(Number(port), '127.0.0.1', () => socket.write(request));
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('error', reject);
      socket.on('close', () => {
        const [head, ...rest] = text.split('\r\n\r\n');
        const body = rest.join('\r\n\r\n');
        resolve({
          status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head ?? '')?.[1]),
          contentType: /content-type: ([^\r\n]+)/i.exec(head ?? '')?.[1] ?? '',
          body: body ? (JSON.parse(body) as Record<string, unknown>) : {},
        });
      });
    });

  it('a JSON body above the limit is 413 problem+json and reaches no service', async () => {
    fake.calls.length = 0;
    const res = await send('POST', '/api/v1/leads', { as: LI, body: { ...validLead, title: 'x'.repeat(300 * 1024) } });
    expectProblem(res, 413);
    expect(fake.calls).toHaveLength(0);
  });

  it('a text holding U+0000 (no store behind the services can keep one) is 400 naming the field, reaches no service, and the document says so', async () => {
    fake.calls.length = 0;
    const res = await send('POST', '/api/v1/leads', { as: LI, body: { ...validLead, title: 'a\u0000b' } });
    expectProblem(res, 400);
    expect(res.body.issues).toEqual([{ path: 'title', message: expect.stringContaining('U+0000') }]);
    expect(fake.calls).toHaveLength(0);
    const doc = (await send('GET', '/api/v1/openapi.json')).body as unknown as {
      components: { schemas: Record<string, { properties: Record<string, { pattern?: string; allOf?: { pattern: string }[] }> }> };
    };
    const title = doc.components.schemas.PostLeadBody!.properties.title!;
    const patterns = [title.pattern!, ...(title.allOf ?? []).map((part) => part.pattern)].map((pattern) => new RegExp(pattern));
    expect(patterns.every((pattern) => pattern.test('a title'))).toBe(true);
    expect(patterns.every((pattern) => pattern.test('a\u0000b'))).toBe(false);
  });

  it('a body that is not JSON is 415, also when it comes chunked without a length', async () => {
    const plain = await fetch(`${base}/api/v1/leads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[LI]}`, 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(plain.status).toBe(415);
    const chunked = await raw(
      base,
      `POST /api/v1/leads HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${tokens[LI]}\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n5\r\nhello\r\n0\r\n\r\n`,
    );
    expect(chunked).toMatchObject({ status: 415, contentType: expect.stringMatching(/problem\+json/), body: { status: 415 } });
  });

  it('a request head above the limit is 431 problem+json; one below it is served', async () => {
    const app = createGatewayApp({
      config: { SERVICE_VERSION: 'test', AUTH_MODE: 'dev' },
      logger: createLogger('t', { level: 'silent' }),
      leads,
      operations,
      directory,
      auth: createDevAuthenticator({ officers: inMemoryOfficers(directory), audience: 'liaison', ttlSeconds: 60 }),
    });
    const limited = createGatewayServer(app, { ...DEFAULT_REQUEST_LIMITS, maxHeaderBytes: 8_192 }).listen(0, '127.0.0.1');
    await new Promise((resolve) => limited.once('listening', resolve));
    const url = `http://127.0.0.1:${(limited.address() as AddressInfo).port}`;
    try {
      const big = await raw(url, `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Padding: ${'p'.repeat(10_000)}\r\nConnection: close\r\n\r\n`);
      expect(big).toMatchObject({
        status: 431,
        contentType: 'application/problem+json',
        body: { status: 431, title: 'Request header fields too large', detail: expect.stringContaining('8192') },
      });
      const small = await raw(url, `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Padding: ${'p'.repeat(4_000)}\r\nConnection: close\r\n\r\n`);
      expect(small.status).toBe(200);
    } finally {
      limited.close();
    }
  });

  it('a request a backend never answers is 503 problem+json with Retry-After at the request deadline, not a hanging socket', async () => {
    // A peer that accepts the connection and says nothing: the gRPC call waits for its own (long) deadline.
    const silent = createNetServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const stuck = createGrpcLeadsPort(`127.0.0.1:${(silent.address() as AddressInfo).port}`, { deadlineMs: 60_000 });
    const app = createGatewayApp({
      config: { SERVICE_VERSION: 'test', AUTH_MODE: 'dev' },
      logger: createLogger('t', { level: 'silent' }),
      leads: stuck,
      operations,
      directory,
      auth: createDevAuthenticator({ officers: inMemoryOfficers(directory), audience: 'liaison', ttlSeconds: 60 }),
      limits: { maxJsonBody: '256kb', requestTimeoutMs: 500 },
    });
    const server503 = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server503.once('listening', resolve));
    const url = `http://127.0.0.1:${(server503.address() as AddressInfo).port}`;
    try {
      const token = (await (
        await fetch(`${url}/api/v1/auth/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ officerId: LI }),
        })
      ).json()) as { accessToken: string };
      const res = await fetch(`${url}/api/v1/leads/lead-a0000000-0000-4000-8000-000000000001`, {
        headers: { authorization: `Bearer ${token.accessToken}` },
      });
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
      expect(res.headers.get('retry-after')).toBe('1');
      expect(((await res.json()) as { detail: string }).detail).toMatch(/no answer within 500 ms/);
    } finally {
      server503.close();
      stuck.close();
      silent.close();
    }
  });

  it('the OpenAPI document lists every status the limits can send on every operation', async () => {
    const doc = (await send('GET', '/api/v1/openapi.json')).body as {
      paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown }>>;
    };
    const post = doc.paths['/api/v1/leads']!.post!;
    for (const status of ['400', '401', '408', '413', '415', '429', '431', '503']) expect(Object.keys(post.responses)).toContain(status);
    const detail = doc.paths['/api/v1/leads/{id}']!.get!;
    for (const status of ['401', '408', '429', '431', '503']) expect(Object.keys(detail.responses)).toContain(status);
    expect(Object.keys(detail.responses)).not.toContain('413');
    // Every command that takes an Idempotency-Key documents the key reused with another request (422), wherever it is routed.
    expect(Object.keys(doc.paths['/api/v1/accountability/explanations']!.post!.responses)).toContain('422');
  });
});
