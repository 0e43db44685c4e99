import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Actor, creditCodeFrom } from '@liaison/contracts';
import { until } from '@liaison/platform/testing';
import {
  ConcurrencyError,
  createGrpcClient,
  createLogger,
  ForbiddenError,
  type GrpcClient,
  InvalidTransitionError,
  loadConfig,
  NotFoundError,
  PreconditionFailedError,
  ValidationError,
} from '@liaison/platform';
import { leadsServiceDefinition } from '../src/api/grpc';
import { startLeadsService, type LeadsService } from '../src/app';
import { overdueCommandId } from '../src/application/ids';
import { leadsConfigSchema } from '../src/config';
import { SYSTEM_ACTOR } from '../src/domain/commands';

// ---- typed view of the rpcs the test uses (proto-loader: camelCase, defaults filled) ----
type Result = { leadId: string; version: number; status: string; duplicate: boolean };
type Recipient = { unitId: string; status: string; acknowledgeDueAt: string; overdue: boolean };
type Summary = { leadId: string; status: string; myStatus: string; overdue: boolean; acknowledgeDueAt: string; recipients: Recipient[] };
type Detail = {
  leadId: string;
  version: number;
  status: string;
  ownerUnitId: string;
  recipients: Recipient[];
  links: { leadId: string; relation: string; ownerUnitId: string; contactOfficerId: string; pointerOnly: boolean }[];
  transfer: { stage: string; policeUnitId: string; caseNumber: string };
  overdue: { kind: string; unitId: string }[];
  history: { type: string; version: number }[];
};
type Req = Record<string, unknown>;
type CommandRpc =
  | 'PostLead'
  | 'ShareLead'
  | 'AcknowledgeLead'
  | 'AcceptLead'
  | 'DeclineLead'
  | 'FlagSuspectedCrime'
  | 'DecideTransfer'
  | 'HandOverToPolice'
  | 'RecordPoliceDecision'
  | 'CloseLead'
  | 'LinkLead';
type Methods = { [K in CommandRpc]: { request: Req; response: Result } } & {
  GetLead: { request: { leadId: string }; response: Detail };
  ListInbox: { request: Req; response: { leads: Summary[]; page: { nextCursor: string } } };
  ListOutbox: { request: Req; response: { leads: Summary[]; page: { nextCursor: string } } };
  ListOverdue: { request: Req; response: { items: { leadId: string; breach: { kind: string; unitId: string; dueAt: string } }[] } };
  SearchLeads: { request: Req; response: { leads: Summary[]; page: { nextCursor: string } } };
  CountLeads: { request: Req; response: { total: number; byCategory: { key: string; count: number }[] } };
};

const actor = (officerId: string, unitId: string, roles: Actor['roles'] = ['liaison_officer']): Actor => ({ officerId, unitId, roles });
const li = actor('officer-jinshui-msb-li', 'msb-jinshui');
const wang = actor('officer-erqi-msb-wang', 'msb-erqi');
const sun = actor('officer-erqi-msb-sun', 'msb-erqi', ['coordinator', 'liaison_officer']);
const chen = actor('officer-city-psb-chen', 'psb-city');
const liu = actor('officer-zhongmu-msb-liu', 'msb-zhongmu', ['liaison_officer', 'coordinator']);

const RUN = randomUUID().slice(0, 8);
const CREDIT = creditCodeFrom(`91410105MA${randomUUID().replace(/-/g, '').slice(0, 7).toUpperCase()}`);
const liquorLead = (overrides: Req = {}): Req => ({
  commandId: randomUUID(),
  title: 'Counterfeit Moutai liquor in an Erqi warehouse',
  category: 'counterfeit_food',
  subject: { enterpriseName: 'Zhengzhou Jiuxiang Trading Co., Ltd.', creditCode: CREDIT },
  location: { jurisdiction: 'erqi', address: '18 Jiefang Road' },
  summary: 'Tip-off from a distributor: about 600 bottles.',
  priority: 'high',
  grading: { sourceReliability: 'B', information: 2 },
  handling: { code: 'AMBER' },
  ...overrides,
});

let service: LeadsService;
let second: LeadsService;
let client: GrpcClient<Methods>;
const call = <K extends keyof Methods & string>(method: K, request: Methods[K]['request'], as: Actor) =>
  client.call(method, request, { actor: as });
const act = (method: CommandRpc, leadId: string, as: Actor, extra: Req = {}) =>
  call(method, { commandId: randomUUID(), leadId, ...extra }, as);

/** Polls until the read side shows it (projections and reactions are eventually consistent). */
const eventually = <T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 30_000) => until(probe, accept, { timeoutMs });

beforeAll(async () => {
  const env = {
    ...process.env,
    SERVICE_NAME: `leads_${RUN}`,
    KAFKA_TOPIC_NAMESPACE: `test-${RUN}`,
    GRPC_PORT: '0',
    LOG_LEVEL: 'silent',
    LEADS_ACK_LIMIT_SECONDS: '2',
    LEADS_SCHEDULER_INTERVAL_MS: '200',
  };
  const logger = createLogger('leads-test', { level: 'silent' });
  // Two instances on one database: the scheduler must still fire once per breach.
  service = await startLeadsService(loadConfig(leadsConfigSchema, env), logger);
  second = await startLeadsService(loadConfig(leadsConfigSchema, env), logger);
  client = createGrpcClient<Methods>(leadsServiceDefinition(), `127.0.0.1:${service.grpcPort}`, { deadlineMs: 15_000 });
}, 120_000);

afterAll(async () => {
  client?.close();
  await second?.stop();
  await service?.connection.dropDatabase().catch(() => undefined);
  await service?.stop();
});

describe('leads service over gRPC (issue 3 scenario)', () => {
  let leadId = '';
  let postCommandId = '';

  it('posts an AMBER counterfeit-liquor lead; a retried command id returns the same lead', async () => {
    const request = liquorLead();
    postCommandId = String(request.commandId);
    const first = await call('PostLead', request, li);
    expect(first).toMatchObject({ leadId: expect.stringMatching(/^lead-[0-9a-f-]{36}$/), version: 1, status: 'posted', duplicate: false });
    leadId = first.leadId;
    const retried = await call('PostLead', request, li);
    expect(retried).toEqual({ ...first, duplicate: true });
  });

  it('rejects bad input naming the field, and nothing is stored', async () => {
    await expect(call('PostLead', liquorLead({ commandId: '' }), li)).rejects.toMatchObject({
      constructor: ValidationError,
      issues: [{ path: 'command_id' }],
    });
    const bad = liquorLead({ category: 'liquor', subject: { creditCode: 'short' }, location: { jurisdiction: 'atlantis' } });
    await expect(call('PostLead', bad, li)).rejects.toMatchObject({
      constructor: ValidationError,
      issues: expect.arrayContaining([
        expect.objectContaining({ path: 'category' }),
        expect.objectContaining({ path: 'subject.credit_code' }),
        expect.objectContaining({ path: 'location.jurisdiction' }),
      ]),
    });
    await expect(act('ShareLead', leadId, li, { unitIds: ['msb-nowhere'] })).rejects.toMatchObject({
      constructor: ValidationError,
      issues: [{ path: 'unit_ids[0]' }],
    });
    await expect(act('AcceptLead', leadId, wang)).rejects.toBeInstanceOf(ForbiddenError); // not shared with Erqi yet, AMBER
    expect((await call('GetLead', { leadId }, li)).version).toBe(1);
  });

  it('shares with Erqi and the city PSB; Erqi acknowledges and accepts', async () => {
    expect(await act('ShareLead', leadId, li, { unitIds: ['msb-erqi', 'psb-city'], message: 'please check the warehouse' })).toMatchObject({
      version: 2,
      status: 'shared',
    });
    expect(await act('AcknowledgeLead', leadId, wang)).toMatchObject({ version: 3 });
    expect(await act('AcceptLead', leadId, wang)).toMatchObject({ version: 4, status: 'in_progress' });
    await expect(act('DeclineLead', leadId, wang, { reason: 'changed our mind' })).rejects.toMatchObject({
      constructor: InvalidTransitionError,
      currentStatus: 'accepted',
    });
    await expect(act('DeclineLead', leadId, chen, { reason: '' })).rejects.toMatchObject({
      constructor: ValidationError,
      issues: [{ path: 'reason' }],
    });
    await expect(act('CloseLead', leadId, li, { outcome: 'resolved', ifMatchVersion: 2 })).rejects.toBeInstanceOf(PreconditionFailedError);
  });

  it('criminal transfer: flag → decide → hand over to psb-city → the PSB records "opened"', async () => {
    await act('FlagSuspectedCrime', leadId, li, { reason: 'value above the criminal threshold' });
    await expect(act('HandOverToPolice', leadId, li, { policeUnitId: 'psb-city', facts: 'x' })).rejects.toMatchObject({
      constructor: InvalidTransitionError,
      currentStatus: 'suspected',
    });
    await act('DecideTransfer', leadId, li, {
      transfer: true,
      reasons: 'suspected crime of selling counterfeit registered-trademark goods',
    });
    await expect(act('HandOverToPolice', leadId, li, { policeUnitId: 'msb-erqi', facts: 'x' })).rejects.toMatchObject({
      constructor: ValidationError,
      issues: [{ path: 'police_unit_id' }],
    });
    await act('HandOverToPolice', leadId, li, {
      policeUnitId: 'psb-city',
      facts: '600 bottles seized',
      amountInvolved: 180000,
      evidenceRefs: ['evidence-1'],
    });
    await expect(act('RecordPoliceDecision', leadId, wang, { decision: 'opened' })).rejects.toBeInstanceOf(ForbiddenError);
    await act('RecordPoliceDecision', leadId, chen, { decision: 'opened', caseNumber: 'ZZ-2026-0042' });
    const detail = await call('GetLead', { leadId }, chen);
    expect(detail.transfer).toMatchObject({ stage: 'police_opened', policeUnitId: 'psb-city', caseNumber: 'ZZ-2026-0042' });
    // psb-city never acknowledges its share, so its 2 s acknowledgement limit may breach at any
    // point of this test (on a loaded machine, before the police decision): LeadOverdue aside.
    expect(detail.history.map((h) => h.type).filter((type) => type !== 'LeadOverdue')).toEqual([
      'LeadPosted',
      'LeadShared',
      'LeadAcknowledged',
      'LeadAccepted',
      'SuspectedCrimeFlagged',
      'TransferDecided',
      'LeadHandedOverToPolice',
      'PoliceDecisionRecorded',
    ]);
  });

  it('an unrelated unit gets PermissionDenied on AMBER and NotFound on RED', async () => {
    await expect(call('GetLead', { leadId }, liu)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(act('AcknowledgeLead', leadId, liu)).rejects.toBeInstanceOf(ForbiddenError);
    const red = await call(
      'PostLead',
      liquorLead({ handling: { code: 'RED', namedOfficerIds: ['officer-erqi-msb-wang'] }, subject: { personName: 'Zhang San' } }),
      li,
    );
    await expect(call('GetLead', { leadId: red.leadId }, liu)).rejects.toBeInstanceOf(NotFoundError);
    await expect(act('AcknowledgeLead', red.leadId, liu)).rejects.toBeInstanceOf(NotFoundError);
    await expect(call('GetLead', { leadId: red.leadId }, sun)).rejects.toBeInstanceOf(NotFoundError); // Erqi colleague, not named
    expect((await call('GetLead', { leadId: red.leadId }, wang)).leadId).toBe(red.leadId); // named officer
  });

  it("Erqi's inbox and Jinshui's outbox show the right statuses", async () => {
    const inbox = await eventually(
      () => call('ListInbox', {}, wang),
      (r) => r.leads.some((l) => l.leadId === leadId && l.myStatus === 'accepted'),
    );
    expect(inbox.leads.find((l) => l.leadId === leadId)).toMatchObject({ myStatus: 'accepted', acknowledgeDueAt: expect.any(String) });
    const outbox = await eventually(
      () => call('ListOutbox', {}, li),
      (r) => r.leads.some((l) => l.leadId === leadId && l.status === 'in_progress'),
    );
    const recipients = outbox.leads.find((l) => l.leadId === leadId)!.recipients;
    expect(recipients).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ unitId: 'msb-erqi', status: 'accepted', overdue: false }),
        expect.objectContaining({ unitId: 'psb-city', status: 'shared' }),
      ]),
    );
    expect((await call('ListInbox', {}, liu)).leads.some((l) => l.leadId === leadId)).toBe(false);
    const search = await eventually(
      () => call('SearchLeads', { creditCode: CREDIT }, wang),
      (r) => r.leads.length >= 1,
    );
    expect(search.leads.map((l) => l.leadId)).toContain(leadId);
    const counts = await call('CountLeads', {}, li);
    expect(counts.total).toBeGreaterThanOrEqual(1);
  });

  it('the overdue scheduler fires exactly once for the PSB, which never acknowledged (2 s limit, two instances)', async () => {
    const overdue = await eventually(
      () => call('ListOverdue', {}, chen),
      (r) => r.items.some((i) => i.leadId === leadId),
      30_000,
    );
    const breach = overdue.items.find((i) => i.leadId === leadId)!.breach;
    expect(breach).toMatchObject({ kind: 'acknowledge', unitId: 'psb-city' });
    // Let both instances' schedulers poll several more times, then count the events.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const events = await service.store.readStream(leadId);
    const breaches = events.filter((e) => e.type === 'LeadOverdue');
    expect(breaches.map((e) => e.data)).toEqual([expect.objectContaining({ kind: 'acknowledge', unitId: 'psb-city' })]);
    // A restarted scheduler re-issuing the same breach gets the first result back.
    const again = await service.commands.execute(
      leadId,
      { type: 'MarkOverdue', kind: 'acknowledge', unitId: 'psb-city', dueAt: breach.dueAt },
      {
        commandId: overdueCommandId(leadId, 'acknowledge', 'psb-city', breach.dueAt),
        actor: SYSTEM_ACTOR,
        correlationId: 'test',
      },
    );
    expect(again.duplicate).toBe(true);
    // Erqi acknowledged in time: no breach for it; Jinshui sees the breach on its lead.
    expect((await call('GetLead', { leadId }, li)).overdue).toEqual([expect.objectContaining({ kind: 'acknowledge', unitId: 'psb-city' })]);
    const outbox = await eventually(
      () => call('ListOutbox', {}, li),
      (r) => r.leads.some((l) => l.leadId === leadId && l.recipients.some((x) => x.unitId === 'psb-city' && x.overdue)),
    );
    expect(outbox.leads.find((l) => l.leadId === leadId)!.recipients.find((x) => x.unitId === 'msb-erqi')!.overdue).toBe(false);
  });

  it('a concurrent accept / decline pair: one succeeds, the other is refused', async () => {
    const lead = await call('PostLead', liquorLead({ subject: { personName: 'Wang Wu' } }), li);
    await act('ShareLead', lead.leadId, li, { unitIds: ['msb-erqi'] });
    const outcomes = await Promise.allSettled([
      act('AcceptLead', lead.leadId, wang),
      act('DeclineLead', lead.leadId, sun, { reason: 'not ours' }),
    ]);
    const fulfilled = outcomes.filter((o) => o.status === 'fulfilled');
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    // If the decline wins, Erqi has left the lead (ADR 0012): its accept is refused as by any outsider.
    const reason = rejected[0]!.reason;
    expect(reason instanceof InvalidTransitionError || reason instanceof ConcurrencyError || reason instanceof ForbiddenError).toBe(true);
    expect((await call('GetLead', { leadId: lead.leadId }, li)).version).toBe(3);
  });

  it('a second lead with the same credit code is flagged on both leads; AMBER on both sides: each owner gets a pointer only', async () => {
    // The first lead must be in the lead_subjects view before the second is posted.
    await eventually(
      () => service.readModel.subjects.find({ key: `credit:${CREDIT}` }).toArray(),
      (rows) => rows.some((r) => r.leadId === leadId),
    );
    const dup = await call(
      'PostLead',
      liquorLead({ title: 'Fake liquor shipments', location: { jurisdiction: 'zhongmu', address: 'Zhongmu logistics park' } }),
      liu,
    );
    // Zhongmu may not see Jinshui's AMBER lead (nor Jinshui Zhongmu's): each owner learns only whom to call (ADR 0012).
    const mine = await call('GetLead', { leadId: dup.leadId }, liu);
    expect(mine.links).toEqual([
      expect.objectContaining({
        leadId: '',
        relation: 'possible_duplicate',
        ownerUnitId: 'msb-jinshui',
        contactOfficerId: li.officerId,
        pointerOnly: true,
      }),
    ]);
    const theirs = await eventually(
      () => call('GetLead', { leadId }, li),
      (d) => d.links.some((l) => l.ownerUnitId === 'msb-zhongmu'),
    );
    expect(theirs.links.filter((l) => l.relation === 'possible_duplicate')).toEqual([
      expect.objectContaining({ leadId: '', ownerUnitId: 'msb-zhongmu', contactOfficerId: liu.officerId, pointerOnly: true }),
    ]);
    // Erqi takes part in Jinshui's lead but is owner of neither: it learns nothing of Zhongmu's lead, not even that it exists.
    expect((await call('GetLead', { leadId }, wang)).links.filter((l) => l.relation === 'possible_duplicate')).toEqual([]);
    expect(postCommandId).not.toBe('');
    // Linking needs a lead the caller can see: Zhongmu's AMBER lead is as unknown to Jinshui as a made-up id.
    await expect(act('LinkLead', leadId, li, { otherLeadId: dup.leadId, relation: 'duplicate' })).rejects.toMatchObject({
      constructor: ValidationError,
      issues: [{ path: 'other_lead_id' }],
    });
    await expect(act('LinkLead', leadId, li, { otherLeadId: `lead-${randomUUID()}`, relation: 'related' })).rejects.toMatchObject({
      constructor: ValidationError,
      issues: [{ path: 'other_lead_id' }],
    });
  });

  it('two leads about the same company posted at the same moment still find each other, once each', async () => {
    const code = creditCodeFrom(`91410105MB${randomUUID().replace(/-/g, '').slice(0, 7).toUpperCase()}`);
    // GREEN on both sides, so each owner sees the other lead in full.
    const [a, b] = await Promise.all([
      call('PostLead', liquorLead({ handling: { code: 'GREEN' }, subject: { enterpriseName: `Huaxin ${RUN}`, creditCode: code } }), li),
      call(
        'PostLead',
        liquorLead({
          handling: { code: 'GREEN' },
          subject: { enterpriseName: `Huaxin Wine ${RUN}`, creditCode: code },
          location: { jurisdiction: 'jinshui', address: 'elsewhere' },
        }),
        wang,
      ),
    ]);
    const dupLinks = (d: Detail) => d.links.filter((l) => l.relation === 'possible_duplicate').map((l) => l.leadId);
    await eventually(
      () => call('GetLead', { leadId: a!.leadId }, li),
      (d) => dupLinks(d).includes(b!.leadId),
    );
    await eventually(
      () => call('GetLead', { leadId: b!.leadId }, wang),
      (d) => dupLinks(d).includes(a!.leadId),
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // redeliveries and the other lead's reaction
    expect(dupLinks(await call('GetLead', { leadId: a!.leadId }, li))).toEqual([b!.leadId]);
    expect(dupLinks(await call('GetLead', { leadId: b!.leadId }, wang))).toEqual([a!.leadId]);
  });

  it('rebuilds the read model from the store with the same inbox and deadlines', async () => {
    const before = {
      inbox: await service.readModel.inbox.countDocuments({}),
      deadlines: await service.readModel.deadlines.countDocuments({}),
    };
    const progress = await service.readModel.rebuild(service.store.scan({ streamPrefix: 'lead-' }));
    expect(progress.streams).toBeGreaterThanOrEqual(4);
    expect({
      inbox: await service.readModel.inbox.countDocuments({}),
      deadlines: await service.readModel.deadlines.countDocuments({}),
    }).toEqual(before);
    const inbox = await call('ListInbox', {}, wang);
    expect(inbox.leads.find((l) => l.leadId === leadId)).toMatchObject({ myStatus: 'accepted' });
  });

  it('accepting a GREEN lead before it was shared with the unit is refused: a unit that is no party may read it but not act on it', async () => {
    const green = await call('PostLead', liquorLead({ handling: { code: 'GREEN' }, subject: { personName: 'Li Si' } }), li);
    await expect(act('AcceptLead', green.leadId, wang)).rejects.toMatchObject({
      constructor: ForbiddenError,
      message: expect.stringContaining('not a party'),
    });
    expect((await call('GetLead', { leadId: green.leadId }, liu)).status).toBe('posted'); // GREEN: every unit may read
  });

  it('pages search results with an opaque cursor', async () => {
    const seen: string[] = [];
    let cursor = '';
    await eventually(
      () => call('SearchLeads', { ownerUnitId: 'msb-jinshui' }, li),
      (r) => r.leads.length >= 4,
    );
    do {
      const page = await call('SearchLeads', { ownerUnitId: 'msb-jinshui', page: { pageSize: 2, cursor } }, li);
      expect(page.leads.length).toBeLessThanOrEqual(2);
      seen.push(...page.leads.map((l) => l.leadId));
      cursor = page.page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain(leadId);
    await expect(call('SearchLeads', { page: { pageSize: 2, cursor: 'forged' } }, li)).rejects.toMatchObject({
      constructor: ValidationError,
      issues: [{ path: 'page.cursor' }],
    });
  });
});
