import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadDirectory } from '@liaison/contracts';
import { createLogger } from '@liaison/platform';
import { until } from '@liaison/platform/testing';
import type { MeetingsService } from '../../meetings/src/app';
import { evolveStuckItem, type StuckItemRow } from '../../meetings/src/projections/stuck-items';
import { startMeetingsUnderTest, stopMeetingsUnderTest } from '../../meetings/test/meetings-under-test';
import { createGatewayApp } from '../src/app';
import { createDevAuthenticator } from '../src/auth/authenticator';
import { inMemoryOfficers } from '../src/directory/officer-lookup';
import { createGrpcLeadsPort } from '../src/leads/grpc-leads';
import type { LeadsPort } from '../src/leads/leads-port';
import { createGrpcMeetingsPort, type MeetingsPort } from '../src/meetings/meetings-port';
import { createGrpcOperationsPort } from '../src/operations/grpc-operations';
import type { OperationsPort } from '../src/operations/operations-port';
import { FakeLeadsServer } from './fake-leads-server';
import { FakeOperationsServer, operation } from './fake-operations-server';

/**
 * /api/v1/meetings over a real meetings service (Kafka, FerretDB) with fake leads and operations
 * services for the agenda's reference look-ups: the conventions (201 + Location + ETag,
 * Idempotency-Key replay, If-Match → 412, problem+json), the reference access read with the
 * proposer's identity, the .ics, and the denials of every read path (404 outside, 403 for roles
 * that read no meetings).
 */
const directory = loadDirectory();
const leadsFake = new FakeLeadsServer();
const operationsFake = new FakeOperationsServer();
let meetingsService: MeetingsService;
let leads: LeadsPort;
let operations: OperationsPort;
let meetings: MeetingsPort;
let server: Server;
let base: string;
const tokens: Record<string, string> = {};

const ZHAO = 'officer-jinshui-msb-zhao';
const WANG = 'officer-erqi-msb-wang';
const LIU = 'officer-zhongmu-msb-liu';
const MA = 'officer-guancheng-msb-ma';
const ADMIN = 'officer-city-lgo-admin';
const SUPERVISOR = 'officer-city-supervision-wu';
const auth = createDevAuthenticator({ officers: inMemoryOfficers(directory), audience: 'liaison', ttlSeconds: 300 });

beforeAll(async () => {
  meetingsService = await startMeetingsUnderTest('gw', randomUUID().slice(0, 8), { MEETINGS_SCHEDULER_ENABLED: 'false' });
  leads = createGrpcLeadsPort(`127.0.0.1:${await leadsFake.start()}`, { deadlineMs: 5_000 });
  operations = createGrpcOperationsPort(`127.0.0.1:${await operationsFake.start()}`, { deadlineMs: 5_000 });
  meetings = createGrpcMeetingsPort(`127.0.0.1:${meetingsService.grpcPort}`, { deadlineMs: 10_000 });
  const app = createGatewayApp({
    config: { SERVICE_VERSION: 'test', AUTH_MODE: 'dev' },
    logger: createLogger('t', { level: 'silent' }),
    leads,
    operations,
    meetings,
    directory,
    auth,
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const officerId of [ZHAO, WANG, LIU, MA, ADMIN, SUPERVISOR]) tokens[officerId] = (await auth.issue!(officerId))!.accessToken;
  // jinshui leads an AMBER operation with erqi invited; zhongmu is not party to it.
  operationsFake.operations.set('operation-b0000000-0000-4000-8000-000000000001', {
    ...operation('operation-b0000000-0000-4000-8000-000000000001', 'AMBER', 'msb-jinshui', ['msb-erqi']),
    proposedByOfficerId: ZHAO,
  });
}, 120_000);

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  leads?.close();
  operations?.close();
  meetings?.close();
  await leadsFake.stop();
  await operationsFake.stop();
  await stopMeetingsUnderTest(meetingsService);
});

async function send(method: string, path: string, as: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${tokens[as]}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const json = res.headers.get('content-type')?.includes('json') && text ? (JSON.parse(text) as Record<string, unknown>) : {};
  return { status: res.status, headers: res.headers, body: json, text };
}

const start = new Date(Date.now() + 86_400_000);
const schedule = {
  kind: 'ad_hoc',
  title: 'Deconfliction of the Erqi raids',
  window: { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3_600_000).toISOString() },
  onlineLink: 'https://meet.example.cn/r/42',
  invitedUnitIds: ['msb-erqi', 'msb-zhongmu'],
  handling: { code: 'AMBER' },
};

describe('/api/v1/meetings through the gateway', () => {
  let meetingId = '';

  it('schedules with 201, Location and ETag; a retried Idempotency-Key answers the first result', async () => {
    const key = randomUUID();
    const first = await send('POST', '/api/v1/meetings', ZHAO, schedule, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    meetingId = String(first.body.meetingId);
    expect(first.headers.get('location')).toBe(`/api/v1/meetings/${meetingId}`);
    expect(first.headers.get('etag')).toBe('"1"');
    const again = await send('POST', '/api/v1/meetings', ZHAO, schedule, { 'idempotency-key': key });
    expect(again.body.meetingId).toBe(meetingId);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
  });

  it('refuses bad input naming the field: unknown units (gateway), an end before the start (service)', async () => {
    const unknown = await send('POST', '/api/v1/meetings', ZHAO, { ...schedule, invitedUnitIds: ['msb-nowhere'] });
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const backwards = await send('POST', '/api/v1/meetings', ZHAO, {
      ...schedule,
      window: { startsAt: schedule.window.endsAt, endsAt: schedule.window.startsAt },
    });
    expect(backwards.status).toBe(400);
    expect((backwards.body.issues as { path: string }[]).map((i) => i.path)).toContain('window.ends_at');
  });

  it('an operation on the agenda carries the access read with the proposer’s identity: its parties see the item, others not', async () => {
    const added = await send('POST', `/api/v1/meetings/${meetingId}/agenda`, ZHAO, {
      kind: 'operation',
      title: 'Erqi raid window',
      references: [{ kind: 'operation', id: 'operation-b0000000-0000-4000-8000-000000000001' }],
    });
    expect(added.status).toBe(200);
    expect(operationsFake.callsOf('GetOperation').at(-1)?.actor).toMatchObject({ officerId: ZHAO });
    const forErqi = await send('GET', `/api/v1/meetings/${meetingId}`, WANG);
    expect((forErqi.body.agenda as { references: { accessSource: string }[] }[]).map((a) => a.references[0]!.accessSource)).toEqual([
      'source',
    ]);
    expect((await send('GET', `/api/v1/meetings/${meetingId}`, LIU)).body.agenda).toEqual([]);
    const unknown = await send('POST', `/api/v1/meetings/${meetingId}/agenda`, ZHAO, {
      kind: 'operation',
      title: 'x',
      references: [{ kind: 'operation', id: 'operation-b0000000-0000-4000-8000-000000000007' }],
    });
    expect(unknown.status).toBe(400);
    expect((unknown.body.issues as { path: string }[]).map((i) => i.path)).toEqual(['references.0.id']);
  });

  it('If-Match naming an old version is 412; the current one passes', async () => {
    const detail = await send('GET', `/api/v1/meetings/${meetingId}`, ZHAO);
    const etag = detail.headers.get('etag')!;
    const stale = await send('POST', `/api/v1/meetings/${meetingId}/minutes`, ZHAO, { text: 'x' }, { 'if-match': '"1"' });
    expect(stale.status).toBe(412);
    expect(
      (await send('POST', `/api/v1/meetings/${meetingId}/minutes`, ZHAO, { text: 'Agreed the windows.' }, { 'if-match': etag })).status,
    ).toBe(200);
  });

  it('serves the .ics as text/calendar to participants', async () => {
    const ics = await send('GET', `/api/v1/meetings/${meetingId}/calendar.ics`, LIU);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    expect(ics.text).toContain('BEGIN:VEVENT');
    expect(ics.text).toContain('TZID=Asia/Shanghai');
  });

  it('denies every read path: 404 to an uninvited unit, 403 to roles that read no meetings, nothing in the lists', async () => {
    for (const path of [`/api/v1/meetings/${meetingId}`, `/api/v1/meetings/${meetingId}/calendar.ics`]) {
      expect((await send('GET', path, MA)).status).toBe(404);
      expect((await send('GET', path, ADMIN)).status).toBe(403);
      expect((await send('GET', path, SUPERVISOR)).status).toBe(403);
    }
    expect((await send('POST', `/api/v1/meetings/${meetingId}/close`, MA, {})).status).toBe(404);
    expect((await send('GET', '/api/v1/meetings/mine', MA)).body.items).toEqual([]);
    expect((await send('GET', '/api/v1/meetings/action-items', MA)).body.items).toEqual([]);
    expect((await send('GET', '/api/v1/meetings/mine', ADMIN)).status).toBe(403);
  });
});

describe('/api/v1/meetings agenda proposals through the gateway', () => {
  // A stuck record as the meetings service folds it from the leads topic (the fold is the service's own, stuck-items.ts):
  // an AMBER+STRICT lead of Jinshui shared with Erqi, past Erqi's acknowledgement limit. Zhongmu is invited but not party to it.
  const leadId = `lead-${randomUUID()}`;
  const envelope = (version: number, type: string, data: Record<string, unknown>) => ({
    eventId: randomUUID(),
    type,
    schemaVersion: 1,
    streamId: leadId,
    version,
    occurredAt: new Date().toISOString(),
    recordedAt: new Date().toISOString(),
    actor: { officerId: ZHAO, unitId: 'msb-jinshui', roles: [] },
    correlationId: 'gw-test',
    causationId: null,
    traceparent: null,
    data,
  });
  let meetingId = '';
  let proposalId = '';

  it('lists the proposals inside GET /meetings/{id}, only to viewers who may see the source', async () => {
    const handling = { code: 'AMBER+STRICT', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] };
    const row = [
      envelope(1, 'LeadPosted', { ownerUnitId: 'msb-jinshui', postedByOfficerId: ZHAO, title: 'Fake pesticide', handling }),
      envelope(2, 'LeadShared', { unitIds: ['msb-erqi'] }),
      envelope(3, 'LeadOverdue', { kind: 'acknowledge', unitId: 'msb-erqi', dueAt: new Date(Date.now() - 60_000).toISOString() }),
    ].reduce<StuckItemRow | null>((r, e) => evolveStuckItem('lead', r, e), null)!;
    await meetingsService.connection.db!.collection<StuckItemRow>('meeting_stuck_items').insertOne(row);
    meetingId = String((await send('POST', '/api/v1/meetings', ZHAO, schedule)).body.meetingId);
    const detail = await until(
      () => send('GET', `/api/v1/meetings/${meetingId}`, ZHAO),
      (d) => ((d.body.proposals as unknown[] | undefined) ?? []).length > 0,
      { timeoutMs: 30_000 },
    );
    const proposals = detail.body.proposals as { proposalId: string; source: { id: string }; reasons: { kind: string }[] }[];
    expect(proposals).toEqual([
      expect.objectContaining({
        source: expect.objectContaining({ id: leadId }),
        reasons: [expect.objectContaining({ kind: 'lead_deadline_missed' })],
      }),
    ]);
    proposalId = proposals[0]!.proposalId;
    expect((await send('GET', `/api/v1/meetings/${meetingId}`, WANG)).body.proposals).toHaveLength(1);
    expect((await send('GET', `/api/v1/meetings/${meetingId}`, LIU)).body.proposals).toEqual([]);
  });

  it('accept and drop: the convener unit only (403 to an invited unit, 404 outside); accepted → an agenda item; then 409', async () => {
    const accept = `/api/v1/meetings/${meetingId}/proposals/${proposalId}/accept`;
    expect((await send('POST', accept, WANG, {})).status).toBe(403);
    expect((await send('POST', accept, MA, {})).status).toBe(404);
    const accepted = await send('POST', accept, ZHAO, {});
    expect(accepted.status).toBe(200);
    expect(accepted.body.itemId).toMatch(/^item-/);
    const detail = await send('GET', `/api/v1/meetings/${meetingId}`, ZHAO);
    expect(detail.body.proposals).toEqual([]);
    expect(detail.body.agenda).toEqual([expect.objectContaining({ itemId: accepted.body.itemId, kind: 'lead' })]);
    expect((await send('GET', `/api/v1/meetings/${meetingId}`, LIU)).body.agenda).toEqual([]);
    const drop = await send('POST', `/api/v1/meetings/${meetingId}/proposals/${proposalId}/drop`, ZHAO, { reason: 'already on' });
    expect(drop.status).toBe(409);
  });
});
