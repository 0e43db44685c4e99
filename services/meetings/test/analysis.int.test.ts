import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Actor, type EventEnvelope, leadEventSchemas } from '@liaison/contracts';
import { createGrpcClient, ForbiddenError, type GrpcClient, ValidationError } from '@liaison/platform';
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
};
type Methods = {
  GetSituationReport: { request: Req; response: Report };
  GetAssessment: { request: Req; response: { units: UnitFigures[] } };
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

  it('refuses analysts, officers, a coordinator asking for another unit, and a malformed month', async () => {
    await expect(call('GetAssessment', { period: month }, amberAnalyst)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(call('GetAssessment', { period: month }, officer)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(call('GetAssessment', { period: month, unitId: 'msb-erqi' }, zhongmuCoordinator)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(call('GetAssessment', { period: '2026-13' }, supervisor)).rejects.toThrow(/period: expected a month/);
  });
});
