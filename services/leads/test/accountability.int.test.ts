import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@liaison/contracts';
import { createGrpcClient, ForbiddenError, type GrpcClient, NotFoundError } from '@liaison/platform';
import { until } from '@liaison/platform/testing';
import { leadsServiceDefinition } from '../src/api/grpc';
import type { LeadsService } from '../src/app';
import { startLeadsUnderTest, stopLeadsUnderTest } from './leads-under-test';

/**
 * The leads accountability register on real Kafka and FerretDB (ADR 0013): a breach the scheduler
 * records enters `lead_accountability` through the projection, with unit, rule and lateness; the
 * unit's explanation and its late answer follow; each co-handling task breaches on its own; and
 * each role reads what the contract's rule lets it read.
 */
type Req = Record<string, unknown>;
type Entry = {
  entryId: string;
  recordId: string;
  pointerOnly: boolean;
  ownerUnitId: string;
  kind: string;
  unitId: string;
  taskId: string;
  rule: string;
  dueAt: string;
  detectedAt: string;
  answeredAt: string;
  lateBySeconds: number;
  explanation: { reason: string; officerId: string } | null;
  explainable: boolean;
};
type Page = { items: Entry[]; page: { nextCursor: string } };
type Methods = {
  PostLead: { request: Req; response: { leadId: string } };
  ShareLead: { request: Req; response: { version: number } };
  AcknowledgeLead: { request: Req; response: { version: number } };
  AssignForCoHandling: { request: Req; response: { version: number } };
  ExplainBreach: { request: Req; response: { version: number } };
  ListAccountability: { request: Req; response: Page };
};

const actor = (officerId: string, unitId: string, roles: Actor['roles'] = ['liaison_officer']): Actor => ({ officerId, unitId, roles });
const li = actor('officer-jinshui-msb-li', 'msb-jinshui');
const wang = actor('officer-erqi-msb-wang', 'msb-erqi');
const chen = actor('officer-city-psb-chen', 'psb-city');
const supervisor = actor('officer-city-supervision-wu', 'supervision-city', ['supervisor']);
const admin = actor('officer-city-lgo-admin', 'lgo-city', ['admin']);

const RUN = randomUUID().slice(0, 8);
let service: LeadsService;
let client: GrpcClient<Methods>;
const call = <K extends keyof Methods & string>(method: K, request: Methods[K]['request'], as: Actor) =>
  client.call(method, request, { actor: as });
const register = (as: Actor, request: Req = {}) => call('ListAccountability', { unitId: '', from: '', to: '', ...request }, as);
const entriesOf = (page: Page, leadId: string) => page.items.filter((e) => e.recordId === leadId);

const post = async (code: string, namedOfficerIds: string[] = []) =>
  (
    await call(
      'PostLead',
      {
        commandId: randomUUID(),
        title: `accountability ${RUN} ${code}`,
        category: 'counterfeit_food',
        subject: { enterpriseName: `Register Test ${RUN} ${code} Co.` },
        location: { jurisdiction: 'erqi', address: `${code} Register Road` },
        summary: 'x',
        priority: 'normal',
        grading: { sourceReliability: 'B', information: 2 },
        handling: { code, namedOfficerIds },
      },
      li,
    )
  ).leadId;

beforeAll(async () => {
  service = await startLeadsUnderTest('acc', RUN, { LEADS_ACK_LIMIT_SECONDS: '1', LEADS_SCHEDULER_INTERVAL_MS: '200' });
  client = createGrpcClient<Methods>(leadsServiceDefinition(), `127.0.0.1:${service.grpcPort}`, { deadlineMs: 15_000 });
}, 120_000);

afterAll(async () => {
  client?.close();
  await stopLeadsUnderTest(service);
});

describe('the leads accountability register on real infrastructure', () => {
  let leadId = '';

  it('a missed acknowledgement enters the register with the unit, the rule and how late', async () => {
    leadId = await post('AMBER');
    await call('ShareLead', { commandId: randomUUID(), leadId, unitIds: ['msb-erqi'], message: 'please verify' }, li);
    const page = await until(
      () => register(wang),
      (p) => entriesOf(p, leadId).length === 1,
      { timeoutMs: 30_000 },
    );
    expect(entriesOf(page, leadId)[0]).toMatchObject({
      kind: 'acknowledge',
      unitId: 'msb-erqi',
      rule: expect.stringContaining('1 second from'),
      answeredAt: '',
      explanation: null,
      explainable: true,
      pointerOnly: false,
    });
    expect(entriesOf(page, leadId)[0]!.lateBySeconds).toBeGreaterThanOrEqual(0);
  });

  it('the unit explains it and answers late: the entry shows the reason and the lateness until the answer', async () => {
    await call('ExplainBreach', { commandId: randomUUID(), leadId, kind: 'acknowledge', reason: 'the duty officer was at a raid' }, wang);
    await call('AcknowledgeLead', { commandId: randomUUID(), leadId }, wang);
    const page = await until(
      () => register(supervisor),
      (p) => entriesOf(p, leadId)[0]?.answeredAt !== '' && entriesOf(p, leadId)[0]?.explanation !== null,
      { timeoutMs: 30_000 },
    );
    const entry = entriesOf(page, leadId)[0]!;
    expect(entry).toMatchObject({
      explanation: { reason: 'the duty officer was at a raid', officerId: 'officer-erqi-msb-wang' },
      explainable: false,
      recordId: leadId,
    });
    expect(entry.lateBySeconds).toBe(Math.round((Date.parse(entry.answeredAt) - Date.parse(entry.dueAt)) / 1000));
  });

  it('two co-handling tasks for one unit breach as two entries', async () => {
    const soon = new Date(Date.now() + 1_000).toISOString();
    await call(
      'AssignForCoHandling',
      {
        commandId: randomUUID(),
        leadId,
        tasks: [
          { unitId: 'psb-city', description: 'check the van', dueAt: soon },
          { unitId: 'psb-city', description: 'question the driver', dueAt: soon },
        ],
      },
      li,
    );
    const page = await until(
      () => register(chen),
      (p) => entriesOf(p, leadId).length === 2,
      { timeoutMs: 30_000 },
    );
    expect(
      entriesOf(page, leadId)
        .map((e) => [e.kind, e.taskId])
        .sort(),
    ).toEqual([
      ['co_handling_task', 'task-1'],
      ['co_handling_task', 'task-2'],
    ]);
  });

  it('another unit’s officer sees none of it, may not ask for it, and cannot explain it; admins are refused', async () => {
    expect(entriesOf(await register(li), leadId)).toEqual([]); // the owner did not miss these deadlines
    expect(
      entriesOf(await register(chen), leadId)
        .map((e) => e.kind)
        .sort(),
    ).toEqual(['co_handling_task', 'co_handling_task']); // psb-city: only its own
    await expect(register(chen, { unitId: 'msb-erqi' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(register(admin)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      call('ExplainBreach', { commandId: randomUUID(), leadId, kind: 'acknowledge', reason: 'not ours' }, chen),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('supervisors filter by unit and window; a RED lead shows only a pointer', async () => {
    const byUnit = await register(supervisor, { unitId: 'msb-erqi' });
    expect(byUnit.items.every((e) => e.unitId === 'msb-erqi')).toBe(true);
    expect(entriesOf(await register(supervisor, { from: new Date(Date.now() + 3_600_000).toISOString() }), leadId)).toEqual([]);

    const red = await post('RED', ['officer-jinshui-msb-li']);
    await call(
      'ShareLead',
      { commandId: randomUUID(), leadId: red, unitIds: ['msb-erqi'], message: '', namedOfficerIds: ['officer-erqi-msb-wang'] },
      li,
    );
    const page = await until(
      () => register(supervisor, { unitId: 'msb-erqi' }),
      (p) => p.items.some((e) => e.pointerOnly && e.ownerUnitId === 'msb-jinshui' && e.kind === 'acknowledge' && e.answeredAt === ''),
      { timeoutMs: 30_000 },
    );
    const pointer = page.items.find((e) => e.pointerOnly)!;
    expect(pointer.recordId).toBe('');
    // The named officer of the responsible unit sees the record id.
    expect((await register(wang)).items.some((e) => e.recordId === red)).toBe(true);
  });
});
