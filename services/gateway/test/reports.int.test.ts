import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type EventEnvelope, leadEventSchemas, loadDirectory } from '@liaison/contracts';
import { createLogger } from '@liaison/platform';
import { eventually } from '@liaison/platform/testing';
import type { Producer } from 'kafkajs';
import type { MeetingsService } from '../../meetings/src/app';
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
import { FakeOperationsServer } from './fake-operations-server';

/**
 * /api/v1/reports (ADR 0021) over a real meetings service (Kafka, FerretDB): a GREEN and an AMBER
 * lead of Erqi published on the leads topic give the AMBER analyst two and the GREEN analyst one;
 * the denials of both read paths for every other role, and bad queries naming the parameter.
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
let producer: Producer;
const tokens: Record<string, string> = {};

const AMBER_ANALYST = 'officer-city-lgo-analyst';
const GREEN_ANALYST = 'officer-city-lgo-analyst-tang';
const OFFICER = 'officer-erqi-msb-wang';
const COORDINATOR = 'officer-zhongmu-msb-liu';
const ADMIN = 'officer-city-lgo-admin';
const SUPERVISOR = 'officer-city-supervision-wu';
const PROCURATOR = 'officer-city-procuratorate-zheng';
const auth = createDevAuthenticator({ officers: inMemoryOfficers(directory), audience: 'liaison', ttlSeconds: 300 });
const now = new Date();
const from = new Date(now.getTime() - 3_600_000).toISOString();
const to = new Date(now.getTime() + 3_600_000).toISOString();
const month = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);

const leadPosted = (code: string): EventEnvelope => {
  const leadId = `lead-${randomUUID()}`;
  return {
    eventId: randomUUID(),
    type: 'LeadPosted',
    schemaVersion: 1,
    streamId: leadId,
    version: 1,
    occurredAt: now.toISOString(),
    recordedAt: now.toISOString(),
    actor: { officerId: 'officer-erqi-msb-wang', unitId: 'msb-erqi', roles: ['liaison_officer'] },
    correlationId: 'reports-test',
    causationId: null,
    traceparent: null,
    data: leadEventSchemas.LeadPosted.parse({
      leadId,
      ownerUnitId: 'msb-erqi',
      postedByOfficerId: 'officer-erqi-msb-wang',
      title: `reports ${code}`,
      category: 'cosmetics',
      subject: { enterpriseName: 'Reports Co.', creditCode: '', personName: '', onlineShop: '', url: '' },
      location: { jurisdiction: 'erqi', address: '', coordinates: null },
      summary: '',
      priority: 'normal',
      grading: { sourceReliability: 'B', information: 2 },
      handling: { code, noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
      attachments: [],
      postedAt: now.toISOString(),
    }),
  };
};

beforeAll(async () => {
  meetingsService = await startMeetingsUnderTest('reports', randomUUID().slice(0, 8), { MEETINGS_SCHEDULER_ENABLED: 'false' });
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
  for (const officerId of [AMBER_ANALYST, GREEN_ANALYST, OFFICER, COORDINATOR, ADMIN, SUPERVISOR, PROCURATOR])
    tokens[officerId] = (await auth.issue!(officerId))!.accessToken;
  producer = meetingsService.kafka.producer();
  await producer.connect();
  await producer.send({
    topic: meetingsService.topicOf('leads'),
    messages: [leadPosted('GREEN'), leadPosted('AMBER')].map((e) => ({ key: e.streamId, value: JSON.stringify(e) })),
    acks: -1,
  });
}, 120_000);

afterAll(async () => {
  await producer?.disconnect();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  leads?.close();
  operations?.close();
  meetings?.close();
  await leadsFake.stop();
  await operationsFake.stop();
  await stopMeetingsUnderTest(meetingsService);
});

async function get(path: string, as?: string) {
  const res = await fetch(`${base}${path}`, { headers: as ? { authorization: `Bearer ${tokens[as]}` } : {} });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}
type Body = { contexts: { context: string; total: number }[]; recognitionRate: number | null };
const leadsTotal = (body: Record<string, unknown>) => (body as unknown as Body).contexts.find((c) => c.context === 'leads')!.total;
const situation = `/api/v1/reports/situation?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&groupBy=category`;

describe('/api/v1/reports through the gateway', () => {
  it('answers each analyst the counts of what their clearance lets them see', async () => {
    await eventually(async () => expect(leadsTotal((await get(situation, AMBER_ANALYST)).body)).toBe(2));
    const green = await get(situation, GREEN_ANALYST);
    expect(green.status).toBe(200);
    expect(leadsTotal(green.body)).toBe(1);
    expect((green.body as unknown as Body).recognitionRate).toBeNull();
    const drill = await get(`${situation}&drillContext=leads&drillKey=cosmetics`, GREEN_ANALYST);
    expect((drill.body.recordIds as string[]).length).toBe(1);
  });

  it('refuses the situation to officers, supervisors, admins and procurators (403) and to no token (401)', async () => {
    for (const who of [OFFICER, SUPERVISOR, ADMIN, PROCURATOR]) expect((await get(situation, who)).status).toBe(403);
    expect((await get(situation)).status).toBe(401);
  });

  it('answers the assessment to a supervisor and a coordinator (own unit), refuses the rest', async () => {
    expect((await get(`/api/v1/reports/assessment?period=${month}`, SUPERVISOR)).status).toBe(200);
    expect((await get(`/api/v1/reports/assessment?period=${month}`, COORDINATOR)).status).toBe(200);
    expect((await get(`/api/v1/reports/assessment?period=${month}&unitId=msb-erqi`, COORDINATOR)).status).toBe(403);
    for (const who of [AMBER_ANALYST, OFFICER, ADMIN, PROCURATOR])
      expect((await get(`/api/v1/reports/assessment?period=${month}`, who)).status).toBe(403);
    expect((await get(`/api/v1/reports/assessment?period=${month}`)).status).toBe(401);
  });

  it('prints the caller’s own report as a PDF with its charts (situation.pdf and Accept: application/pdf), counts within need-to-know', async () => {
    const pdf = async (path: string, as: string, accept?: string) => {
      const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${tokens[as]}`, ...(accept ? { accept } : {}) } });
      return {
        status: res.status,
        type: res.headers.get('content-type') ?? '',
        text: Buffer.from(await res.arrayBuffer()).toString('latin1'),
      };
    };
    const pdfPath = situation.replace('/situation?', '/situation.pdf?');
    const amber = await pdf(pdfPath, AMBER_ANALYST);
    expect(amber).toMatchObject({ status: 200, type: 'application/pdf' });
    expect(amber.text.startsWith('%PDF-')).toBe(true);
    expect(amber.text).toContain('(leads 2, operations 0, evidence 0, seizures 0, arrests 0)');
    const green = await pdf(situation, GREEN_ANALYST, 'application/pdf');
    expect(green).toMatchObject({ status: 200, type: 'application/pdf' });
    expect(green.text).toContain('(leads 1, operations 0, evidence 0');
    for (const who of [OFFICER, SUPERVISOR, ADMIN, PROCURATOR]) {
      expect((await pdf(pdfPath, who)).status).toBe(403);
      expect((await pdf(situation, who, 'application/pdf')).status).toBe(403);
    }
    expect((await fetch(`${base}${pdfPath}`)).status).toBe(401);
  });

  it('serves the same report as one printable HTML page with its charts, to the same readers only', async () => {
    const htmlPath = situation.replace('/situation?', '/situation.html?');
    const page = async (as?: string) => {
      const res = await fetch(`${base}${htmlPath}`, { headers: as ? { authorization: `Bearer ${tokens[as]}` } : {} });
      return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
    };
    const green = await page(GREEN_ANALYST);
    expect(green.status).toBe(200);
    expect(green.type).toContain('text/html');
    expect(green.text).toContain('<tr><td>leads</td><td>1</td><td>0</td></tr>');
    expect(green.text).toContain('<svg');
    expect((await page(AMBER_ANALYST)).text).toContain('<tr><td>leads</td><td>2</td><td>0</td></tr>');
    for (const who of [OFFICER, SUPERVISOR, ADMIN, PROCURATOR]) expect((await page(who)).status).toBe(403);
    expect((await page()).status).toBe(401);
  });

  it('answers the region filter and the operations results; the assessment’s compliance figures per measure', async () => {
    const erqi = await get(`${situation}&region=erqi`, AMBER_ANALYST);
    expect(leadsTotal(erqi.body)).toBe(2);
    expect(erqi.body).toMatchObject({
      region: 'erqi',
      operationResults: { reports: 0, seizures: 0, valueYuan: 0, arrests: 0, previous: { reports: 0 } },
    });
    expect(leadsTotal((await get(`${situation}&region=jinshui`, AMBER_ANALYST)).body)).toBe(0);
    expect((await get(`${situation}&region=Not%20A%20Region`, AMBER_ANALYST)).status).toBe(400);
    const a = await get(`/api/v1/reports/assessment?period=${month}`, SUPERVISOR);
    expect(a.body).toMatchObject({ minAcknowledgedRate: 0.9, minTransferRate: 0.9, minPoliceRate: 0.9 });
  });

  it('refuses bad queries with 400 naming the parameter', async () => {
    const colour = await get(`${situation.replace('groupBy=category', 'groupBy=colour')}`, AMBER_ANALYST);
    expect(colour.status).toBe(400);
    expect(JSON.stringify(colour.body)).toContain('groupBy');
    const backwards = await get(`/api/v1/reports/situation?from=${encodeURIComponent(to)}&to=${encodeURIComponent(from)}`, AMBER_ANALYST);
    expect(backwards.status).toBe(400);
    expect(JSON.stringify(backwards.body)).toContain('to');
    const month13 = await get('/api/v1/reports/assessment?period=2026-13', SUPERVISOR);
    expect(month13.status).toBe(400);
    expect(JSON.stringify(month13.body)).toContain('period');
  });
});
