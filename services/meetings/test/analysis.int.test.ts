import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Actor, type EventEnvelope, leadEventSchemas } from '@liaison/contracts';
import { createGrpcClient, ForbiddenError, type GrpcClient, NotFoundError, ValidationError } from '@liaison/platform';
import { eventually } from '@liaison/platform/testing';
import type { Producer } from 'kafkajs';
import { meetingsServiceDefinition } from '../src/api/grpc';
import type { MeetingsService } from '../src/app';
import { startMeetingsUnderTest, stopMeetingsUnderTest } from './meetings-under-test';

/**
 * The situation analysis and the assessment on real Kafka and FerretDB (ADR 0021): leads of
 * Erqi with different handling codes are published on the leads topic (as the leads service's
 * relay writes them) and reach the meetings service's analysis projection; an AMBER and a GREEN
 * analyst of another unit get different counts; a breach of Zhongmu shows in the assessment for
 * a supervisor and for Zhongmu's coordinator only; every other reader is refused.
 */
type Req = Record<string, unknown>;
type Group = { key: string; count: number; previousCount: number };
type Report = { contexts: { context: string; total: number; groups: Group[] }[]; recordIds: string[] };
type UnitFigures = {
  unitId: string;
  breachTotal: number;
  unexplained: number;
  breaches: { context: string; kind: string; total: number }[];
  compliance: { measure: string; due: number; onTime: number; rate: number; hasRate: boolean }[];
  problemArea: boolean;
  reasons: string[];
  rectification: { dueAt: string; rule: string } | null;
  hasRectification: boolean;
};
type Methods = {
  GetSituationReport: { request: Req; response: Report };
  GetAssessment: { request: Req; response: { units: UnitFigures[] } };
  IssueRectificationOrder: { request: Req; response: { decisionId: string } };
};

const actor = (officerId: string, unitId: string, roles: Actor['roles'], clearance?: Actor['clearance']): Actor => ({
  officerId,
  unitId,
  roles,
  ...(clearance ? { clearance } : {}),
});
const greenAnalyst = actor('officer-guancheng-an-li', 'msb-guancheng', ['analyst'], 'GREEN');
const amberAnalyst = actor('officer-guancheng-an-sun', 'msb-guancheng', ['analyst'], 'AMBER');
const officer = actor('officer-guancheng-msb-ma', 'msb-guancheng', ['liaison_officer']);
const supervisor = actor('officer-city-lgo-qian', 'lgo-city', ['supervisor']);
const zhongmuCoordinator = actor('officer-zhongmu-msb-liu', 'msb-zhongmu', ['coordinator']);
const erqiPoster = 'officer-erqi-msb-wang';

const RUN = randomUUID().slice(0, 8);
let service: MeetingsService;
let client: GrpcClient<Methods>;
let producer: Producer;
const call = <K extends keyof Methods & string>(method: K, request: Methods[K]['request'], as: Actor) =>
  client.call(method, request, { actor: as });

const now = new Date();
const from = new Date(now.getTime() - 3_600_000).toISOString();
const to = new Date(now.getTime() + 3_600_000).toISOString();
const month = new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 7); // the month in Zhengzhou

const envelope = (streamId: string, version: number, type: string, data: Record<string, unknown>): EventEnvelope => ({
  eventId: randomUUID(),
  type,
  schemaVersion: 1,
  streamId,
  version,
  occurredAt: now.toISOString(),
  recordedAt: now.toISOString(),
  actor: { officerId: erqiPoster, unitId: 'msb-erqi', roles: ['liaison_officer'] },
  correlationId: `analysis-${RUN}`,
  causationId: null,
  traceparent: null,
  data,
});

const posted = (leadId: string, code: string, category: string) => {
  const data = leadEventSchemas.LeadPosted.parse({
    leadId,
    ownerUnitId: 'msb-erqi',
    postedByOfficerId: erqiPoster,
    title: `analysis ${RUN} ${code}`,
    category,
    subject: { enterpriseName: `Analysis ${RUN} Co.`, creditCode: '', personName: '', onlineShop: '', url: '' },
    location: { jurisdiction: 'erqi', address: '', coordinates: null },
    summary: '',
    priority: 'normal',
    grading: { sourceReliability: 'B', information: 2 },
    handling: {
      code,
      noCourtUseWithoutConsent: false,
      noOnwardSharingWithoutConsent: false,
      namedOfficerIds: code === 'RED' ? [erqiPoster] : [],
    },
    attachments: [],
    postedAt: now.toISOString(),
  });
  return envelope(leadId, 1, 'LeadPosted', data);
};

const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();
const leadIds = { green: `lead-${randomUUID()}`, amber: `lead-${randomUUID()}`, red: `lead-${randomUUID()}` };
const publish = (events: EventEnvelope[]) =>
  producer.send({
    topic: service.topicOf('leads'),
    messages: events.map((e) => ({ key: e.streamId, value: JSON.stringify(e) })),
    acks: -1,
  });

beforeAll(async () => {
  service = await startMeetingsUnderTest('analysis', RUN, { MEETINGS_SCHEDULER_ENABLED: 'false' });
  client = createGrpcClient<Methods>(meetingsServiceDefinition(), `127.0.0.1:${service.grpcPort}`, { deadlineMs: 15_000 });
  producer = service.kafka.producer();
  await producer.connect();
  const overdue = leadEventSchemas.LeadOverdue.parse({
    kind: 'acknowledge',
    unitId: 'msb-zhongmu',
    dueAt: new Date(now.getTime() - 60_000).toISOString(),
    detectedAt: now.toISOString(),
  });
  await publish([
    posted(leadIds.green, 'GREEN', 'counterfeit_food'),
    posted(leadIds.amber, 'AMBER', 'counterfeit_food'),
    posted(leadIds.red, 'RED', 'drugs'),
    envelope(leadIds.green, 2, 'LeadShared', {
      sharedByUnitId: 'msb-erqi',
      unitIds: ['msb-zhongmu'],
      message: '',
      sharedAt: now.toISOString(),
      acknowledgeDueAt: overdue.dueAt,
      onwardRequestId: null,
    }),
    envelope(leadIds.green, 3, 'LeadOverdue', overdue),
    // The transfer line of the AMBER lead: Erqi decides in time but hands over late; the police decide in time.
    ...(
      [
        ['SuspectedCrimeFlagged', { reason: 'r', at: ago(50), decisionDueAt: ago(40) }],
        ['TransferDecided', { transfer: true, reasons: 'r', at: ago(45), handOverDueAt: ago(30) }],
        [
          'LeadHandedOverToPolice',
          { policeUnitId: 'psb-city', facts: 'f', amountInvolved: 0, evidenceRefs: [], at: ago(20), policeDecisionDueAt: ago(10) },
        ],
        [
          'PoliceDecisionRecorded',
          { policeUnitId: 'psb-city', decision: 'opened', reason: 'r', caseNumber: 'C-1', at: ago(15), reconsiderationRequestDueAt: null },
        ],
      ] as const
    ).map(([type, data], i) => envelope(leadIds.amber, i + 2, type, leadEventSchemas[type].parse(data) as Record<string, unknown>)),
  ]);
}, 120_000);

afterAll(async () => {
  await producer?.disconnect();
  client?.close();
  await stopMeetingsUnderTest(service);
});

const leadsOf = (r: Report) => r.contexts.find((c) => c.context === 'leads')!;

describe('situation analysis from the leads topic', () => {
  it('counts for an AMBER analyst the GREEN and AMBER leads of another unit, for a GREEN analyst the GREEN one only; RED for neither', async () => {
    const amber = await eventually(async () => {
      const r = await call('GetSituationReport', { from, to, groupBy: 'category' }, amberAnalyst);
      expect(leadsOf(r).total).toBe(2);
      return r;
    });
    expect(leadsOf(amber).groups).toEqual([{ key: 'counterfeit_food', count: 2, previousCount: 0 }]);
    const green = await call('GetSituationReport', { from, to, groupBy: 'category' }, greenAnalyst);
    expect(leadsOf(green).total).toBe(1);
    expect(leadsOf(green).groups).toEqual([{ key: 'counterfeit_food', count: 1, previousCount: 0 }]);
  });

  it('drills down to exactly the records behind the count, within need-to-know', async () => {
    const drill = { from, to, groupBy: 'category', drillContext: 'leads', drillKey: 'counterfeit_food' };
    expect((await call('GetSituationReport', drill, amberAnalyst)).recordIds).toEqual([leadIds.green, leadIds.amber].sort());
    expect((await call('GetSituationReport', drill, greenAnalyst)).recordIds).toEqual([leadIds.green]);
    const red = { ...drill, drillKey: 'drugs' };
    expect((await call('GetSituationReport', red, amberAnalyst)).recordIds).toEqual([]);
  });

  it('refuses a liaison officer and a supervisor (PERMISSION_DENIED), and bad periods naming the field', async () => {
    await expect(call('GetSituationReport', { from, to }, officer)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(call('GetSituationReport', { from, to }, supervisor)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(call('GetSituationReport', { from: to, to: from }, amberAnalyst)).rejects.toThrow(/to: must be after from/);
    await expect(call('GetSituationReport', { from, to, groupBy: 'colour' }, amberAnalyst)).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('assessment of units from the register', () => {
  it('shows Zhongmu’s unexplained breach to a supervisor and to Zhongmu’s coordinator', async () => {
    const figures = await eventually(async () => {
      const a = await call('GetAssessment', { period: month }, supervisor);
      const zhongmu = a.units.find((u) => u.unitId === 'msb-zhongmu');
      expect(zhongmu).toBeDefined();
      return zhongmu!;
    });
    expect(figures).toMatchObject({ breachTotal: 1, unexplained: 1, breaches: [{ context: 'leads', kind: 'acknowledge', total: 1 }] });
    const own = await call('GetAssessment', { period: month }, zhongmuCoordinator);
    expect(own.units.map((u) => u.unitId)).toEqual(['msb-zhongmu']);
  });

  it('gives each unit its time-limit compliance from the deadlines on the leads topic, and a problem area its rectification deadline', async () => {
    const a = await eventually(async () => {
      const r = await call('GetAssessment', { period: month }, supervisor);
      expect(r.units.find((u) => u.unitId === 'psb-city')).toBeDefined();
      return r;
    });
    const of = (unitId: string, measure: string) =>
      a.units.find((u) => u.unitId === unitId)!.compliance.find((c) => c.measure === measure)!;
    expect(of('msb-erqi', 'transfer')).toMatchObject({ due: 2, onTime: 1, rate: 0.5, hasRate: true });
    expect(of('psb-city', 'police')).toMatchObject({ due: 1, onTime: 1, rate: 1 });
    expect(of('msb-zhongmu', 'acknowledged')).toMatchObject({ due: 1, onTime: 0, rate: 0 });
    const erqi = a.units.find((u) => u.unitId === 'msb-erqi')!;
    expect(erqi).toMatchObject({ problemArea: true, reasons: ['transfer decisions and hand-overs within limit 50.0% below 90.0%'] });
    expect(erqi.hasRectification).toBe(true);
    expect(erqi.rectification!.rule).toContain('30 days');
    expect(a.units.find((u) => u.unitId === 'psb-city')!.hasRectification).toBe(false);
  });

  it('refuses a rectification order by any unit but the leading-group office, before reading the assessment', async () => {
    const order = { commandId: randomUUID(), meetingId: `meeting-${randomUUID()}`, unitId: 'msb-erqi', period: month, note: '' };
    await expect(call('IssueRectificationOrder', order, zhongmuCoordinator)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(call('IssueRectificationOrder', order, officer)).rejects.toBeInstanceOf(ForbiddenError);
    // The leading-group office passes that check; a meeting it does not take part in is NOT_FOUND.
    await expect(call('IssueRectificationOrder', order, supervisor)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses analysts, officers, a coordinator asking for another unit, and a malformed month', async () => {
    await expect(call('GetAssessment', { period: month }, amberAnalyst)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(call('GetAssessment', { period: month }, officer)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(call('GetAssessment', { period: month, unitId: 'msb-erqi' }, zhongmuCoordinator)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(call('GetAssessment', { period: '2026-13' }, supervisor)).rejects.toThrow(/period: expected a month/);
  });
});
