import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { loadDirectory } from '@liaison/contracts';
import { ConcurrencyError, createLogger, ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import { createGatewayApp } from '../src/app';
import { createDevAuthenticator } from '../src/auth/authenticator';
import { inMemoryOfficers } from '../src/directory/officer-lookup';
import { commandIdFor } from '../src/http/idempotency';
import { createGrpcLeadsPort } from '../src/leads/grpc-leads';
import type { LeadsPort } from '../src/leads/leads-port';
import { createGrpcOperationsPort } from '../src/operations/grpc-operations';
import type { OperationDetail, OperationsPort } from '../src/operations/operations-port';
import { OPERATION_ACTION_ROUTES, OPERATION_LIST_ROUTES } from '../src/operations/routes';
import { FakeLeadsServer } from './fake-leads-server';
import { FakeOperationsServer, operation } from './fake-operations-server';

const directory = loadDirectory();
const leadsFake = new FakeLeadsServer();
const fake = new FakeOperationsServer();
let leads: LeadsPort;
let operations: OperationsPort;
let server: Server;
let base: string;
const tokens: Record<string, string> = {};

const LI = 'officer-jinshui-msb-li'; // liaison officer, msb-jinshui: lead unit of the canned operations
const WANG = 'officer-erqi-msb-wang'; // liaison officer, msb-erqi: invited to operation-b0000000-0000-4000-8000-000000000001 / -red
const CHEN = 'officer-city-psb-chen'; // police, not a party
const ANALYST = 'officer-city-lgo-analyst';
const ADMIN = 'officer-city-lgo-admin';

const auth = createDevAuthenticator({ officers: inMemoryOfficers(directory), audience: 'liaison', ttlSeconds: 300 });
const silent = createLogger('t', { level: 'silent' });

beforeAll(async () => {
  leads = createGrpcLeadsPort(`127.0.0.1:${await leadsFake.start()}`, { deadlineMs: 5_000 });
  operations = createGrpcOperationsPort(`127.0.0.1:${await fake.start()}`, { deadlineMs: 5_000 });
  const app = createGatewayApp({
    config: { SERVICE_VERSION: 'test', AUTH_MODE: 'dev' },
    logger: silent,
    leads,
    operations,
    directory,
    auth,
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const officerId of [LI, WANG, CHEN, ANALYST, ADMIN]) tokens[officerId] = (await auth.issue!(officerId))!.accessToken;
});

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  leads?.close();
  operations?.close();
  await leadsFake.stop();
  await fake.stop();
});

beforeEach(() => {
  fake.reset();
  fake.operations.set(
    'operation-b0000000-0000-4000-8000-000000000001',
    operation('operation-b0000000-0000-4000-8000-000000000001', 'AMBER', 'msb-jinshui', ['msb-erqi']),
  );
  fake.operations.set(
    'operation-b0000000-0000-4000-8000-000000000002',
    operation('operation-b0000000-0000-4000-8000-000000000002', 'RED', 'msb-jinshui', ['msb-erqi']),
  );
  fake.operations.set(
    'operation-b0000000-0000-4000-8000-000000000004',
    operation('operation-b0000000-0000-4000-8000-000000000004', 'AMBER+STRICT', 'msb-jinshui', ['msb-erqi']),
  );
  fake.operations.set(
    'operation-b0000000-0000-4000-8000-000000000003',
    operation('operation-b0000000-0000-4000-8000-000000000003', 'GREEN', 'msb-jinshui', ['msb-erqi']),
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
  expect({ status: res.status, body: res.body }).toMatchObject({ status, body: { status } });
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
};
const issuePaths = (res: Sent) => ((res.body.issues as { path: string }[] | undefined) ?? []).map((issue) => issue.path).sort();

const LEAD_ID = 'lead-0b7e7f7a-3f7e-4c2b-9a55-0d1c2b3a4f5e';
const validProposal = {
  title: 'Joint raid on counterfeit liquor warehouses',
  objective: 'Seize counterfeit Moutai and identify the supply chain',
  targets: [
    { subject: { enterpriseName: 'Zhengzhou Example Trading Co.', creditCode: '91410100MA44XXXX1M' } },
    { place: { jurisdiction: 'erqi', address: 'Warehouse 7, Logistics Park', coordinates: { latitude: 34.72, longitude: 113.62 } } },
  ],
  area: 'Erqi logistics park',
  window: { startsAt: '2026-06-01T06:00:00+08:00', endsAt: '2026-06-01T18:00:00+08:00' },
  linkedLeadIds: [LEAD_ID],
  handling: { code: 'AMBER' },
};

describe('POST /api/v1/operations (ProposeOperation)', () => {
  it('maps the body with the caller in metadata: 201, Location, ETag, {operationId, version, status}; defaults filled', async () => {
    const res = await send('POST', '/api/v1/operations', {
      as: LI,
      body: validProposal,
      headers: { 'idempotency-key': 'propose-1', 'x-correlation-id': 'corr-op-1' },
    });
    expect(res.status).toBe(201);
    const [call] = fake.callsOf('ProposeOperation');
    expect(call!.actor).toEqual({ officerId: LI, unitId: 'msb-jinshui', roles: ['liaison_officer'] });
    expect(call!.correlationId).toBe('corr-op-1');
    const commandId = commandIdFor(LI, 'propose-1');
    expect(call!.request).toMatchObject({
      commandId,
      title: validProposal.title,
      objective: validProposal.objective,
      area: validProposal.area,
      urgency: 'normal',
      targets: [
        { subject: { enterpriseName: 'Zhengzhou Example Trading Co.', creditCode: '91410100MA44XXXX1M' } },
        { place: { jurisdiction: 'erqi', address: 'Warehouse 7, Logistics Park', coordinates: { latitude: 34.72, longitude: 113.62 } } },
      ],
      window: validProposal.window,
      linkedLeadIds: [LEAD_ID],
      handling: { code: 'AMBER', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
    });
    expect(res.body).toEqual({ operationId: `operation-${commandId}`, version: 1, status: 'proposed' });
    expect(res.headers.get('location')).toBe(`/api/v1/operations/operation-${commandId}`);
    expect(res.headers.get('etag')).toBe('"1"');

    const again = await send('POST', '/api/v1/operations', { as: LI, body: validProposal, headers: { 'idempotency-key': 'propose-1' } });
    expect(again.body).toEqual(res.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(fake.callsOf('ProposeOperation').map((c) => c.request.commandId)).toEqual([commandId, commandId]);
  });

  it('400 naming each offending field (malformed RFC 3339 dates, empty targets, unknown fields); nothing sent', async () => {
    const bad = await send('POST', '/api/v1/operations', {
      as: LI,
      body: {
        ...validProposal,
        title: ' ',
        window: { startsAt: 'tomorrow morning', endsAt: '2026-06-01 18:00' },
        urgency: 'asap',
        colour: 'red',
      },
    });
    expectProblem(bad, 400);
    expect(issuePaths(bad)).toEqual(['(root)', 'title', 'urgency', 'window.endsAt', 'window.startsAt']);

    const targets = await send('POST', '/api/v1/operations', {
      as: LI,
      body: {
        ...validProposal,
        targets: [
          { subject: {} },
          { subject: { creditCode: 'nope' } },
          { place: { jurisdiction: 'erqi', address: 'Dock 3', planet: 'mars' } },
        ],
      },
    });
    expectProblem(targets, 400);
    expect(issuePaths(targets)).toEqual(['targets.0', 'targets.1.subject.creditCode', 'targets.2.place']);
    expectProblem(await send('POST', '/api/v1/operations', { as: LI, body: { ...validProposal, targets: [] } }), 400);
    expect(fake.calls).toHaveLength(0);
  });

  it('unknown jurisdictions and named officers are 400 via the directory; window end before start is left to the service', async () => {
    const refs = await send('POST', '/api/v1/operations', {
      as: LI,
      body: {
        ...validProposal,
        targets: [{ place: { jurisdiction: 'atlantis', address: 'x' } }],
        handling: { code: 'RED', namedOfficerIds: ['ghost'] },
      },
    });
    expectProblem(refs, 400);
    expect(refs.body.issues).toEqual([
      { path: 'targets.0.place.jurisdiction', message: 'unknown jurisdiction "atlantis"' },
      { path: 'handling.namedOfficerIds.0', message: 'unknown officer "ghost"' },
    ]);
    expect(fake.calls).toHaveLength(0);

    fake.next('ProposeOperation', () => {
      throw ValidationError.of([{ path: 'window.ends_at', message: 'must be after starts_at' }]);
    });
    const backwards = await send('POST', '/api/v1/operations', {
      as: LI,
      body: { ...validProposal, window: { startsAt: '2026-06-02T00:00:00Z', endsAt: '2026-06-01T00:00:00Z' } },
    });
    expectProblem(backwards, 400);
    expect(backwards.body.issues).toEqual([{ path: 'window.ends_at', message: 'must be after starts_at' }]);
    expect(fake.callsOf('ProposeOperation')).toHaveLength(1);
  });

  it('403 for analysts and admins before any gRPC call', async () => {
    expectProblem(await send('POST', '/api/v1/operations', { as: ANALYST, body: validProposal }), 403);
    expectProblem(await send('POST', '/api/v1/operations', { as: ADMIN, body: validProposal }), 403);
    expectProblem(
      await send('POST', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001/launch', { as: ANALYST, body: {} }),
      403,
    );
    expectProblem(await send('POST', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001/launch', { as: ADMIN }), 403);
    expect(fake.calls).toHaveLength(0);
  });

  it('401 without a token', async () => {
    expectProblem(await send('GET', '/api/v1/operations/mine'), 401);
    expectProblem(await send('POST', '/api/v1/operations', { body: validProposal }), 401);
  });
});

describe('actions on an operation', () => {
  const bodies: Record<string, unknown> = {
    invitations: { unitIds: ['msb-erqi', 'msb-zhongmu'], message: 'join us' },
    decline: { reason: 'no staff that day' },
    tasks: { unitId: 'msb-erqi', description: 'seal the warehouse exits', dueAt: '2026-06-01T07:00:00+08:00' },
    'tasks/:taskId/complete': { note: 'sealed' },
    reschedule: { window: { startsAt: '2026-06-02T06:00:00+08:00', endsAt: '2026-06-02T18:00:00+08:00' }, reason: 'rain' },
    submit: { window: { startsAt: '2026-06-01T06:00:00+08:00', endsAt: '2026-06-01T18:00:00+08:00' } },
    progress: {
      seizures: [{ goods: 'Moutai 53%', quantity: 120, unitOfMeasure: 'bottles', valueYuan: 360000 }],
      inspections: 3,
      arrests: 1,
      notes: 'day one',
    },
    conclude: { summary: 'done', results: '120 bottles seized' },
    cancel: { reason: 'target moved' },
    'conflicts/:conflictId/resolve': { outcome: 'act_jointly', note: 'call Guancheng' },
  };

  it('maps each action route to its rpc with operation id, command id, if_match_version, path params and body', async () => {
    expect(OPERATION_ACTION_ROUTES.map((route) => route.rpc).sort()).toEqual([
      'AssignTask',
      'Cancel',
      'CompleteTask',
      'Conclude',
      'DeclineInvitation',
      'InviteUnits',
      'JoinOperation',
      'Launch',
      'ReportProgress',
      'Reschedule',
      'ResolveConflict',
      'SubmitDraft',
    ]);
    for (const route of OPERATION_ACTION_ROUTES) {
      fake.calls.length = 0;
      const path = route.path.replace(':taskId', 'task-9').replace(':conflictId', 'conflict-5');
      const body = bodies[route.path] ?? {};
      const res = await send('POST', `/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001/${path}`, {
        as: LI,
        body,
        headers: { 'if-match': '"3"', 'idempotency-key': `k-${route.rpc}` },
      });
      expect({ route: route.path, status: res.status }).toEqual({ route: route.path, status: 200 });
      const commandId = commandIdFor(LI, `k-${route.rpc}`);
      expect(res.body).toEqual({
        operationId: 'operation-b0000000-0000-4000-8000-000000000001',
        version: 4,
        status: 'proposed',
        ...(route.rpc === 'AssignTask' ? { taskId: `task-${commandId}` } : {}),
      });
      expect(res.headers.get('etag')).toBe('"4"');
      expect(fake.calls.map((call) => call.method)).toEqual(['GetOperation', route.rpc]);
      const request = fake.calls[1]!.request;
      expect(fake.calls[1]!.actor).toMatchObject({ officerId: LI, unitId: 'msb-jinshui' });
      expect(request).toMatchObject({ operationId: 'operation-b0000000-0000-4000-8000-000000000001', ifMatchVersion: 3, commandId });
      if (route.path.includes(':taskId')) expect(request.taskId).toBe('task-9');
      if (route.path.includes(':conflictId')) expect(request.conflictId).toBe('conflict-5');
      for (const [field, value] of Object.entries(body as Record<string, unknown>))
        expect({ field, value: request[field] }).toEqual({ field, value });
    }
  });

  it('join / launch take no body at all; without If-Match nothing is pinned', async () => {
    const res = await fetch(`${base}/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001/join`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[WANG]}` },
    });
    expect(res.status).toBe(200);
    expect(fake.callsOf('JoinOperation')[0]!.request).toMatchObject({
      operationId: 'operation-b0000000-0000-4000-8000-000000000001',
      ifMatchVersion: 0,
    });
    expectProblem(
      await send('POST', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001/launch', { as: LI, body: { now: true } }),
      400,
    );
  });

  it('400s naming the field: unknown units (invitations, tasks), missing reasons, malformed dates, bad outcomes, bad path ids', async () => {
    const invite = await send('POST', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001/invitations', {
      as: LI,
      body: { unitIds: ['msb-erqi', 'msb-nowhere'] },
    });
    expectProblem(invite, 400);
    expect(invite.body.issues).toEqual([{ path: 'unitIds.1', message: 'unknown unit "msb-nowhere"' }]);
    const task = await send('POST', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001/tasks', {
      as: LI,
      body: { unitId: 'msb-nowhere', description: 'x' },
    });
    expect(task.body.issues).toEqual([{ path: 'unitId', message: 'unknown unit "msb-nowhere"' }]);
    const due = await send('POST', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001/tasks', {
      as: LI,
      body: { unitId: 'msb-erqi', description: 'x', dueAt: '31/12/2026' },
    });
    expect(issuePaths(due)).toEqual(['dueAt']);
    expect(
      issuePaths(await send('POST', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001/decline', { as: WANG, body: {} })),
    ).toEqual(['reason']);
    expect(
      issuePaths(
        await send('POST', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001/cancel', { as: LI, body: { reason: '' } }),
      ),
    ).toEqual(['reason']);
    expect(
      issuePaths(
        await send('POST', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001/conclude', {
          as: LI,
          body: { results: 'x' },
        }),
      ),
    ).toEqual(['summary']);
    const resched = await send('POST', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001/reschedule', {
      as: LI,
      body: { window: { startsAt: 'soon', endsAt: '2026-06-02T18:00:00Z' } },
    });
    expect(issuePaths(resched)).toEqual(['window.startsAt']);
    const progress = await send('POST', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001/progress', {
      as: LI,
      body: { seizures: [{ goods: '', quantity: -1 }], arrests: 1.5 },
    });
    expect(issuePaths(progress)).toEqual(['arrests', 'seizures.0.goods', 'seizures.0.quantity']);
    const resolve = await send('POST', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001/conflicts/conflict-5/resolve', {
      as: LI,
      body: { outcome: 'ignore' },
    });
    expect(issuePaths(resolve)).toEqual(['outcome']);
    const path = await send('POST', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001/tasks/task%20nine/complete', {
      as: LI,
      body: {},
    });
    expectProblem(path, 400);
    expect(path.body.issues).toEqual([{ path: 'path.taskId', message: 'expected a task id' }]);
    expect(fake.calls).toHaveLength(0);
  });

  it('412 when If-Match names a stale version; 400 when it or Idempotency-Key is malformed', async () => {
    const stale = await send('POST', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001/launch', {
      as: LI,
      body: {},
      headers: { 'if-match': '"2"' },
    });
    expectProblem(stale, 412);
    expect(stale.body).toMatchObject({ expectedVersion: 2, actualVersion: 3 });
    const malformed = await send('POST', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001/launch', {
      as: LI,
      body: {},
      headers: { 'if-match': 'latest' },
    });
    expect(malformed.body.issues).toEqual([{ path: 'If-Match', message: expect.any(String) }]);
    const key = await send('POST', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001/launch', {
      as: LI,
      body: {},
      headers: { 'idempotency-key': 'two words' },
    });
    expect(key.body.issues).toEqual([{ path: 'Idempotency-Key', message: expect.any(String) }]);
  });

  it('409 with currentStatus for an illegal transition (progress before launch, conclude a cancelled one), 409 for a concurrent change', async () => {
    fake.next('ReportProgress', () => {
      throw new InvalidTransitionError('progress can only be reported on a launched operation', 'proposed');
    });
    const early = await send('POST', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001/progress', {
      as: LI,
      body: { inspections: 2 },
    });
    expectProblem(early, 409);
    expect(early.body.currentStatus).toBe('proposed');
    fake.next('Conclude', () => {
      throw new InvalidTransitionError('operation is cancelled', 'cancelled');
    });
    expect(
      (await send('POST', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001/conclude', { as: LI, body: { summary: 's' } }))
        .body.currentStatus,
    ).toBe('cancelled');
    fake.next('Launch', () => {
      throw new ConcurrencyError('operation-operation-amber', 3, 4);
    });
    expectProblem(
      await send('POST', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001/launch', { as: LI, body: {} }),
      409,
    );
  });

  it('a non-party unit gets 403 on an AMBER operation and 404 on RED / AMBER+STRICT ones; the command is not sent', async () => {
    expectProblem(
      await send('POST', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001/launch', { as: CHEN, body: {} }),
      403,
    );
    expectProblem(
      await send('POST', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000002/cancel', { as: CHEN, body: { reason: 'x' } }),
      404,
    );
    expectProblem(
      await send('POST', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000004/progress', { as: CHEN, body: { arrests: 1 } }),
      404,
    );
    expect(fake.calls.map((call) => call.method)).toEqual(['GetOperation', 'GetOperation', 'GetOperation']);
  });

  it('invited units and task units are parties; joining without an invitation is the service’s 409 (not_invited)', async () => {
    fake.operations
      .get('operation-b0000000-0000-4000-8000-000000000001')!
      .tasks.push({ taskId: 'task-1', unitId: 'psb-city' } as OperationDetail['tasks'][number]);
    expect(
      (
        await send('POST', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001/tasks/task-1/complete', {
          as: CHEN,
          body: {},
        })
      ).status,
    ).toBe(200);
    expect(
      (await send('POST', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001/progress', { as: WANG, body: { notes: 'n' } }))
        .status,
    ).toBe(200);

    fake.calls.length = 0;
    fake.next('JoinOperation', () => {
      throw new InvalidTransitionError(
        'unit psb-city has not been invited to operation operation-b0000000-0000-4000-8000-000000000003',
        'not_invited',
      );
    });
    const join = await send('POST', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000003/join', { as: CHEN });
    expectProblem(join, 409);
    expect(join.body.currentStatus).toBe('not_invited');
    expect(fake.calls.map((call) => call.method)).toEqual(['GetOperation', 'JoinOperation']);
  });

  it('a Forbidden from GetOperation is a 403; a NotFound is left to the command (authoritative)', async () => {
    fake.next('GetOperation', () => {
      throw new ForbiddenError('not cleared');
    });
    expectProblem(await send('POST', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001/join', { as: WANG }), 403);
    expect(fake.callsOf('JoinOperation')).toHaveLength(0);
    const missing = await send('POST', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000005/launch', { as: LI, body: {} });
    expectProblem(missing, 404);
    expect(fake.calls.map((call) => call.method)).toEqual(['GetOperation', 'GetOperation', 'Launch']);
  });
});

describe('reads', () => {
  it('GET /operations/:id returns the detail with ETag and honours If-None-Match; analysts may read', async () => {
    const res = await send('GET', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001', { as: ANALYST });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"3"');
    expect(res.body).toMatchObject({
      operationId: 'operation-b0000000-0000-4000-8000-000000000001',
      version: 3,
      leadUnitId: 'msb-jinshui',
    });
    expect(fake.callsOf('GetOperation')[0]!.actor!.roles).toEqual(['analyst']);
    const cached = await fetch(`${base}/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001`, {
      headers: { authorization: `Bearer ${tokens[LI]}`, 'if-none-match': '"3"' },
    });
    expect(cached.status).toBe(304);
  });

  it('service denials pass through: 404 hidden, 403 forbidden; admins have no access', async () => {
    fake.next('GetOperation', () => {
      throw new NotFoundError('operation', 'operation-b0000000-0000-4000-8000-000000000002');
    });
    expectProblem(await send('GET', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000002', { as: CHEN }), 404);
    fake.next('GetOperation', () => {
      throw new ForbiddenError('AMBER: parties and analysts only');
    });
    expectProblem(await send('GET', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001', { as: CHEN }), 403);
    expectProblem(await send('GET', '/api/v1/operations/operation-b0000000-0000-4000-8000-000000000001', { as: ADMIN }), 403);
    for (const route of OPERATION_LIST_ROUTES) expectProblem(await send('GET', `/api/v1/operations/${route.path}`, { as: ADMIN }), 403);
    expect(fake.calls).toHaveLength(2);
  });

  it('mine: cursor pagination with {items, nextCursor} and a Link rel="next" header', async () => {
    const first = await send('GET', '/api/v1/operations/mine?limit=1&status=proposed', { as: WANG });
    expect(first.body).toEqual({ items: [expect.objectContaining({ operationId: 'operation-page-1' })], nextCursor: 'cursor-2' });
    expect(first.headers.get('link')).toBe('</api/v1/operations/mine?limit=1&status=proposed&cursor=cursor-2>; rel="next"');
    expect(fake.callsOf('ListMyOperations')[0]!.request).toMatchObject({ page: { pageSize: 1, cursor: '' }, status: 'proposed' });
    const second = await send('GET', '/api/v1/operations/mine?limit=1&status=proposed&cursor=cursor-2', { as: WANG });
    expect(second.body).toEqual({ items: [expect.objectContaining({ operationId: 'operation-page-2' })], nextCursor: null });
    expect(second.headers.get('link')).toBeNull();
    expect(fake.callsOf('ListMyOperations')[1]!.request).toMatchObject({ page: { pageSize: 1, cursor: 'cursor-2' } });
  });

  it('invitations, conflicts and calendar map to their rpcs (calendar from / to as RFC 3339)', async () => {
    const invitations = await send('GET', '/api/v1/operations/invitations', { as: WANG });
    expect(invitations.body).toMatchObject({
      items: [{ operationId: 'operation-b0000000-0000-4000-8000-000000000003' }],
      nextCursor: 'cursor-2',
    });
    const conflicts = await send('GET', '/api/v1/operations/conflicts?limit=5', { as: LI });
    expect(conflicts.body).toMatchObject({ items: [{ conflictId: 'conflict-1', pointerOnly: true }] });
    const calendar = await send('GET', '/api/v1/operations/calendar?from=2026-06-01T00:00:00%2B08:00&to=2026-06-30T00:00:00Z', {
      as: ANALYST,
    });
    expect(calendar.status).toBe(200);
    expect(fake.callsOf('Calendar')[0]!.request).toMatchObject({
      page: { pageSize: 20, cursor: '' },
      from: '2026-06-01T00:00:00+08:00',
      to: '2026-06-30T00:00:00Z',
    });
    expect(fake.callsOf('ListConflicts')[0]!.request).toMatchObject({ page: { pageSize: 5, cursor: '' } });
    expect(fake.calls.map((call) => call.method)).toEqual(['ListInvitations', 'ListConflicts', 'Calendar']);
    await send('GET', '/api/v1/operations/calendar', { as: LI });
    expect(fake.callsOf('Calendar')[1]!.request).toMatchObject({ from: '', to: '' });
  });

  it('rejects malformed or unknown query parameters naming them', async () => {
    const calendar = await send('GET', '/api/v1/operations/calendar?from=last%20week&to=2026-13-01&limit=500', { as: LI });
    expectProblem(calendar, 400);
    expect(issuePaths(calendar)).toEqual(['query.from', 'query.limit', 'query.to']);
    expect(issuePaths(await send('GET', '/api/v1/operations/invitations?status=pending', { as: LI }))).toEqual(['query']);
    expect(fake.calls).toHaveLength(0);
  });
});

describe('readiness and OpenAPI', () => {
  it('/readyz is 503 naming the operations service when it does not answer', async () => {
    const down = createGrpcOperationsPort('127.0.0.1:1', { deadlineMs: 500 });
    const app = createGatewayApp({
      config: { SERVICE_VERSION: 'test', AUTH_MODE: 'dev' },
      logger: silent,
      leads,
      operations: down,
      directory,
      auth,
      readinessTimeoutMs: 300,
    });
    const other = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => other.once('listening', resolve));
    try {
      const res = await fetch(`http://127.0.0.1:${(other.address() as AddressInfo).port}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({
        services: { leads: 'ready', operations: 'unavailable' },
        detail: expect.stringContaining('operations'),
      });
    } finally {
      other.close();
      down.close();
    }
  });

  it('lists every operations route with its schemas', async () => {
    const doc = (await send('GET', '/api/v1/openapi.json')).body as {
      paths: Record<string, Record<string, { description?: string; responses: Record<string, unknown>; requestBody?: unknown }>>;
      components: { schemas: Record<string, { additionalProperties?: unknown }> };
    };
    const expected: [string, string, string][] = [
      ['post', '/api/v1/operations', 'ProposeOperation'],
      ['get', '/api/v1/operations/{id}', 'GetOperation'],
      ...OPERATION_LIST_ROUTES.map((route): [string, string, string] => ['get', `/api/v1/operations/${route.path}`, route.rpc]),
      ...OPERATION_ACTION_ROUTES.map((route): [string, string, string] => [
        'post',
        `/api/v1/operations/{id}/${route.path.replace(/:(\w+)/g, '{$1}')}`,
        route.rpc,
      ]),
    ];
    expect(expected).toHaveLength(2 + 4 + 12);
    for (const [method, path, rpc] of expected) {
      expect({ path, method, description: doc.paths[path]?.[method]?.description }).toEqual({
        path,
        method,
        description: `Calls OperationsService.${rpc}.`,
      });
    }
    expect(doc.paths['/api/v1/operations/{id}/tasks/{taskId}/complete']!.post!.responses['412']).toBeDefined();
    for (const schema of [
      'ProposeOperationBody',
      'TimeWindow',
      'Target',
      'OperationCommandResult',
      'OperationDetail',
      'OperationPage',
      'ConflictPage',
      'ResolveConflictBody',
    ]) {
      expect(Object.keys(doc.components.schemas)).toContain(schema);
    }
    expect(doc.components.schemas.ProposeOperationBody!.additionalProperties).toBe(false);
  });
});
