import { randomUUID } from 'node:crypto';
import { creditCodeFrom } from '@liaison/contracts';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type ICALModule from 'ical.js' with { 'resolution-mode': 'import' };
import { Api, eventually } from '../src/http';
import { startSystem, type System } from '../src/system';

// ical.js ships ESM types but a CommonJS build (its `require` export): loaded by require, typed from its module.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL = require('ical.js') as typeof ICALModule;

/**
 * The issue-10 cycle end to end: the city leading-group office convenes a monthly meeting with four
 * district MSBs. Before it is scheduled, a Jinshui lead shared with Erqi misses its acknowledgement
 * limit and Jinshui and Guancheng plan operations on the same enterprise in overlapping windows; the
 * meeting's proposed agenda holds both, the convener accepts them; attendance (Zhongmu delegated),
 * minutes, a decision with two action items — Zhongmu completes its own, Erqi's goes overdue (its
 * list, the register); closing schedules next month's occurrence; the .ics parses with its RRULE;
 * the situation report of the period counts exactly this test's records, the assessment names Erqi
 * with its time-limit compliance per measure; Jinshui's operation reports its results (seizures,
 * value, arrests), which the report counts, also by region and as the printable PDF; the
 * leading-group office orders Erqi to rectify on next month's meeting, and the order, due by a drill
 * limit, goes overdue into Erqi's list and register like every action item. Every system has its own databases and topics (e2e/src/system.ts), so the counts are this test's.
 */

// Officers from seeds/directory.json; the leading-group office has no officer who may convene
// (analyst, admin, supervisor only), so its admin registers a coordinator through the registry.
const LGO_ADMIN = 'officer-city-lgo-admin';
const LGO_ANALYST = 'officer-city-lgo-analyst'; // AMBER clearance
const LGO_SUPERVISOR = 'officer-city-lgo-qian';
const LGO_COORDINATOR = `officer-city-lgo-e2e-${randomUUID().slice(0, 6)}`;
const LI = 'officer-jinshui-msb-li';
const ZHAO = 'officer-jinshui-msb-zhao';
const WANG = 'officer-erqi-msb-wang';
const LIU = 'officer-zhongmu-msb-liu';
const MA = 'officer-guancheng-msb-ma';
const UNITS = ['msb-erqi', 'msb-guancheng', 'msb-jinshui', 'msb-zhongmu'];

type ActionItem = { actionItemId: string; ownerUnitId: string; status: string; overdue: boolean };
type Proposal = { proposalId: string; source: { kind: string; id: string }; reasons: { kind: string; unitId: string }[] };
type Detail = {
  meetingId: string;
  status: string;
  nextMeetingId: string;
  agenda: { itemId: string; title: string }[];
  proposals: Proposal[];
  attendance: { unitId: string; status: string; delegatedTo: string }[];
  minutes: string;
  decisions: { decisionId: string; actionItems: ActionItem[] }[];
};
type Summary = { meetingId: string; previousMeetingId: string; seriesId: string; window: { startsAt: string; endsAt: string } };
type Page<T> = { items: T[]; nextCursor: string | null };
type Entry = { context: string; recordId: string; kind: string; unitId: string; taskId: string };
type Results = { reports: number; seizures: number; valueYuan: number; arrests: number; inspections: number };
type Situation = {
  contexts: { context: string; total: number; previousTotal: number; groups: { key: string; count: number; previousCount: number }[] }[];
  operationsConcluded: number;
  recognitionRate: number | null;
  region: string;
  operationResults: Results & { previous: Results };
};
type Compliance = { measure: string; due: number; onTime: number; rate: number | null; minRate: number };
type UnitAssessment = {
  unitId: string;
  breaches: { context: string; kind: string; total: number; explained: number }[];
  breachTotal: number;
  dutiesDue: number;
  dutiesOnTime: number;
  onTimeRate: number | null;
  compliance: Compliance[];
  problemArea: boolean;
  reasons: string[];
  rectification: {
    dueAt: string;
    rule: string;
    orders: { meetingId: string; actionItemId: string; status: string; overdue: boolean }[];
  } | null;
};

const OFFSET_MS = 8 * 3_600_000;
/** 09:30 Asia/Shanghai on the first Tuesday of the month `monthsAhead` after the one holding `from`, as an instant. */
function firstTuesday(from: Date, monthsAhead: number): Date {
  const local = new Date(from.getTime() + OFFSET_MS);
  const first = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + monthsAhead, 1, 9, 30));
  first.setUTCDate(1 + ((2 - first.getUTCDay() + 7) % 7));
  return new Date(first.getTime() - OFFSET_MS);
}
/** The month (YYYY-MM) on the Asia/Shanghai clock holding an instant. */
const shanghaiMonth = (at: Date) => new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 7);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const key = () => ({ 'idempotency-key': randomUUID() });

let system: System;
let lgo: Api;
let analyst: Api;
let supervisor: Api;
let li: Api;
let zhao: Api;
let wang: Api;
let liu: Api;
let ma: Api;
const periodFrom = new Date(Date.now() - 60_000).toISOString();

beforeAll(async () => {
  // Short limits: the lead's acknowledgement (2 s) and both overdue sweeps, so breaches happen within the test.
  system = await startSystem({
    env: {
      leads: { LEADS_ACK_LIMIT_SECONDS: '2', LEADS_SCHEDULER_INTERVAL_MS: '300' },
      // A drill limit for rectification orders, so the order's breach happens within the test.
      meetings: { MEETINGS_SCHEDULER_INTERVAL_MS: '300', MEETINGS_RECTIFICATION_LIMIT_SECONDS: '3' },
    },
  });
  const login = (officer: string) => Api.login(system.gatewayUrl, officer);
  const admin = await login(LGO_ADMIN);
  [analyst, supervisor, li, zhao, wang, liu, ma] = await Promise.all([
    login(LGO_ANALYST),
    login(LGO_SUPERVISOR),
    login(LI),
    login(ZHAO),
    login(WANG),
    login(LIU),
    login(MA),
  ]);
  const registered = await admin.post(
    '/api/v1/registry/officers',
    { officerId: LGO_COORDINATOR, unitId: 'lgo-city', name: 'Gao Ming', roles: ['coordinator'], reason: 'convenes the liaison meetings' },
    key(),
  );
  expect(registered.status).toBe(201);
  const token = await eventually(
    () => new Api(system.gatewayUrl).post<{ accessToken: string }>('/api/v1/auth/token', { officerId: LGO_COORDINATOR }),
    (r) => r.status === 200,
    'a token for the leading-group office’s coordinator',
  );
  lgo = new Api(system.gatewayUrl, token.body.accessToken);
}, 180_000);
afterAll(async () => system?.stop());

describe('the issue-10 liaison meeting cycle (leads, operations → meetings → reports)', () => {
  let leadId = '';
  let operationIds: string[] = [];
  let meetingId = '';
  let erqiItem = '';
  let zhongmuItem = '';
  let nextMeetingId = '';
  const tomorrow = new Date(Date.now() + 86_400_000);
  const start = [0, 1, 2].map((m) => firstTuesday(tomorrow, m)).find((d) => d.getTime() > tomorrow.getTime())!;
  const window = { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 2 * 3_600_000).toISOString() };
  const meetingBody = {
    title: 'Monthly liaison meeting of the leading-group office',
    window,
    place: 'City LGO, meeting room 2',
    invitedUnitIds: UNITS,
    handling: { code: 'GREEN' },
  };

  it('creates an overdue lead and an unresolved deconfliction conflict', async () => {
    const posted = await li.post<{ leadId: string }>(
      '/api/v1/leads',
      {
        title: 'Counterfeit infant formula sold from a supermarket chain',
        category: 'counterfeit_food',
        subject: { enterpriseName: `Cycle E2E ${randomUUID().slice(0, 6)} Supermarket` },
        location: { jurisdiction: 'jinshui', address: '3 Huayuan Road, Jinshui District' },
        summary: 'Tins with forged batch numbers.',
        priority: 'normal',
        grading: { sourceReliability: 'B', information: 2 },
        handling: { code: 'GREEN' },
      },
      key(),
    );
    expect(posted.status).toBe(201);
    leadId = posted.body.leadId;
    expect(
      (await li.post(`/api/v1/leads/${leadId}/share`, { unitIds: ['msb-erqi'], message: 'please check your stores' }, key())).status,
    ).toBe(200);
    await eventually(
      () => wang.get<Page<Entry>>('/api/v1/accountability'),
      (r) => r.status === 200 && r.body.items.some((e) => e.recordId === leadId && e.kind === 'acknowledge'),
      'Erqi’s missed acknowledgement in the register',
    );

    const target = {
      subject: {
        enterpriseName: 'Zhengzhou Cycle Trading Co., Ltd.',
        creditCode: creditCodeFrom(`91410100${randomUUID().replace(/-/g, '').slice(0, 9).toUpperCase()}`),
      },
      place: { jurisdiction: 'erqi', address: '21 Jiefang Road, Erqi District' },
    };
    const operation = (title: string, from: number, to: number) => ({
      title,
      objective: 'Inspect the trading company’s warehouse.',
      targets: [target],
      area: 'Erqi',
      window: { startsAt: inDays(from), endsAt: inDays(to) },
      linkedLeadIds: [],
      handling: { code: 'GREEN' },
      urgency: 'normal',
    });
    const first = await zhao.post<{ operationId: string }>('/api/v1/operations', operation('Jinshui warehouse check', 10, 12), key());
    expect(first.status).toBe(201);
    await eventually(
      () => zhao.get(`/api/v1/operations/${first.body.operationId}`),
      (r) => r.status === 200,
      'the first operation',
    );
    const second = await ma.post<{ operationId: string }>('/api/v1/operations', operation('Guancheng warehouse sweep', 11, 13), key());
    expect(second.status).toBe(201);
    operationIds = [first.body.operationId, second.body.operationId];
    await eventually(
      () => ma.get<Page<{ operationId: string; otherOwnerUnitId: string }>>('/api/v1/operations/conflicts'),
      (r) =>
        r.status === 200 && r.body.items.some((c) => c.operationId === second.body.operationId && c.otherOwnerUnitId === 'msb-jinshui'),
      'the conflict for Guancheng',
    );
  });

  it('once the stuck-items projection has them, the scheduled monthly meeting proposes both; the convener accepts', async () => {
    const wanted = (d: Detail) =>
      d.proposals.some(
        (p) => p.source.id === leadId && p.reasons.some((r) => r.kind === 'lead_deadline_missed' && r.unitId === 'msb-erqi'),
      ) &&
      operationIds.every((id) => d.proposals.some((p) => p.source.id === id && p.reasons.some((r) => r.kind === 'conflict_unresolved')));
    // The projection has no read path of its own: it is asked the way a user would, by ad-hoc probe
    // meetings (each one's proposals are what the projection held when it was scheduled), cancelled after.
    const probes: string[] = [];
    let attempt = 0;
    await eventually(
      async () => {
        for (const id of probes) {
          const d = await lgo.get<Detail>(`/api/v1/meetings/${id}`);
          if (d.status === 200 && wanted(d.body)) return true;
        }
        // A new probe on every fifth look only: the older ones' proposal reactions get their turn.
        if (attempt++ % 5 !== 0) return false;
        const probe = await lgo.post<{ meetingId: string }>(
          '/api/v1/meetings',
          { ...meetingBody, kind: 'ad_hoc', title: 'Probe: are the stuck items in?' },
          key(),
        );
        expect(probe.status).toBe(201);
        probes.push(probe.body.meetingId);
        return false;
      },
      (found) => found,
      'the overdue lead and the conflict in the stuck-items projection',
      60_000,
    );
    for (const id of probes) expect((await lgo.post(`/api/v1/meetings/${id}/cancel`, { reason: 'probe' }, key())).status).toBe(200);

    const created = await lgo.post<{ meetingId: string }>(
      '/api/v1/meetings',
      { ...meetingBody, kind: 'regular', recurrenceRule: 'FREQ=MONTHLY;BYDAY=1TU' },
      key(),
    );
    expect(created.status).toBe(201);
    meetingId = created.body.meetingId;
    const detail = await eventually(
      () => lgo.get<Detail>(`/api/v1/meetings/${meetingId}`),
      (r) => r.status === 200 && wanted(r.body),
      'the proposed agenda of the monthly meeting',
    );
    const ids = [leadId, ...operationIds];
    expect(detail.body.proposals.map((p) => p.source.id).sort()).toEqual([...ids].sort());
    // Only the convener unit decides proposals.
    const lead = detail.body.proposals.find((p) => p.source.id === leadId)!;
    expect((await wang.post(`/api/v1/meetings/${meetingId}/proposals/${lead.proposalId}/accept`, {}, key())).status).toBe(403);
    for (const p of detail.body.proposals)
      expect((await lgo.post(`/api/v1/meetings/${meetingId}/proposals/${p.proposalId}/accept`, {}, key())).status).toBe(200);
    const after = await lgo.get<Detail & { agenda: { references?: { id: string }[] }[] }>(`/api/v1/meetings/${meetingId}`);
    expect(after.body.proposals).toEqual([]);
    expect(after.body.agenda).toHaveLength(3);
    expect((await lgo.post(`/api/v1/meetings/${meetingId}/proposals/${lead.proposalId}/accept`, {}, key())).status).toBe(409);
  });

  it('records attendance (Zhongmu delegated), minutes and a decision with two action items; Zhongmu completes its own', async () => {
    const officers: Record<string, string> = { 'msb-erqi': WANG, 'msb-guancheng': MA, 'msb-jinshui': ZHAO };
    for (const [unitId, officerId] of Object.entries(officers))
      expect((await lgo.post(`/api/v1/meetings/${meetingId}/attendance`, { unitId, officerId, status: 'present' }, key())).status).toBe(
        200,
      );
    const delegated = await lgo.post(
      `/api/v1/meetings/${meetingId}/attendance`,
      { unitId: 'msb-zhongmu', officerId: LIU, status: 'delegated', delegatedTo: 'Deputy Director Zhang' },
      key(),
    );
    expect(delegated.status).toBe(200);
    expect(
      (await lgo.post(`/api/v1/meetings/${meetingId}/minutes`, { text: 'Reviewed the overdue lead and the warehouse conflict.' }, key()))
        .status,
    ).toBe(200);
    const decision = await lgo.post<{ decisionId: string; actionItemIds: string[] }>(
      `/api/v1/meetings/${meetingId}/decisions`,
      {
        text: 'Erqi acknowledges and checks the stores; Zhongmu checks its logistics park',
        actionItems: [
          { ownerUnitId: 'msb-erqi', description: 'Check the Erqi stores of the chain', dueAt: new Date(Date.now() + 3_000).toISOString() },
          { ownerUnitId: 'msb-zhongmu', description: 'Check the Zhongmu logistics park', dueAt: inDays(7) },
        ],
      },
      key(),
    );
    expect(decision.status).toBe(200);
    [erqiItem, zhongmuItem] = decision.body.actionItemIds as [string, string];
    expect(
      (await liu.post(`/api/v1/meetings/${meetingId}/action-items/${zhongmuItem}/complete`, { note: 'No stock found' }, key())).status,
    ).toBe(200);
    const detail = (await lgo.get<Detail>(`/api/v1/meetings/${meetingId}`)).body;
    expect(detail.attendance).toHaveLength(4);
    expect(detail.attendance).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ unitId: 'msb-zhongmu', status: 'delegated', delegatedTo: 'Deputy Director Zhang' }),
      ]),
    );
    expect(detail.minutes).toContain('warehouse conflict');
    expect(detail.decisions[0]!.actionItems.map((a) => a.actionItemId)).toEqual([erqiItem, zhongmuItem]);
  });

  it('Erqi’s late action item shows in Erqi’s overdue list and in the accountability register', async () => {
    const overdue = await eventually(
      () => wang.get<Page<{ meetingId: string; item: ActionItem }>>('/api/v1/meetings/action-items?overdue=true'),
      (r) => r.status === 200 && r.body.items.some((i) => i.item.actionItemId === erqiItem && i.item.overdue),
      'the overdue action item in Erqi’s list',
    );
    expect(overdue.body.items.map((i) => i.item.actionItemId)).toEqual([erqiItem]);
    expect((await liu.get<Page<unknown>>('/api/v1/meetings/action-items?overdue=true')).body.items).toEqual([]);
    const register = await eventually(
      () => wang.get<Page<Entry>>('/api/v1/accountability'),
      (r) => r.status === 200 && r.body.items.some((e) => e.context === 'meetings' && e.taskId === erqiItem),
      'the action item in Erqi’s register',
    );
    expect(register.body.items.filter((e) => e.context === 'meetings')).toEqual([
      expect.objectContaining({ recordId: meetingId, kind: 'action_item', unitId: 'msb-erqi', taskId: erqiItem }),
    ]);
  });

  it('closing schedules next month’s occurrence, whose .ics parses with the RRULE and the four units', async () => {
    expect((await lgo.post(`/api/v1/meetings/${meetingId}/close`, {}, key())).status).toBe(200);
    const upcoming = await eventually(
      () => liu.get<Page<Summary>>('/api/v1/meetings/mine?upcoming=true'),
      (r) => r.status === 200 && r.body.items.some((m) => m.previousMeetingId === meetingId),
      'the next occurrence in Zhongmu’s upcoming meetings',
    );
    const next = upcoming.body.items.find((m) => m.previousMeetingId === meetingId)!;
    nextMeetingId = next.meetingId;
    const expected = firstTuesday(start, 1);
    expect(next.window).toEqual({ startsAt: expected.toISOString(), endsAt: new Date(expected.getTime() + 2 * 3_600_000).toISOString() });
    expect(next.seriesId).toBe(meetingId);

    const response = await fetch(`${system.gatewayUrl}/api/v1/meetings/${nextMeetingId}/calendar.ics`, {
      headers: { authorization: `Bearer ${wang.token}` },
    });
    expect(response.status).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const event = calendar.getFirstSubcomponent('vevent')!;
    expect(String(event.getFirstPropertyValue('rrule'))).toBe('FREQ=MONTHLY;BYDAY=+1TU');
    expect(event.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Asia/Shanghai');
    // The RRULE expands from the occurrence's start to the first Tuesday after it.
    const iterator = new ICAL.Event(event).iterator();
    const occurrences = [iterator.next()!, iterator.next()!].map((t) => t.toJSDate().toISOString());
    expect(occurrences).toEqual([expected.toISOString(), firstTuesday(expected, 1).toISOString()]);
    expect(event.getAllProperties('attendee').map((a) => String(a.getFirstValue()).toLowerCase())).toEqual(
      UNITS.map((u) => `mailto:${u}@units.liaison.invalid`),
    );
  });

  it('the situation report of the period counts exactly this test’s records; the assessment lists Erqi as a problem area', async () => {
    const to = new Date(Date.now() + 3_600_000).toISOString();
    const situation = (groupBy: string) =>
      `/api/v1/reports/situation?from=${encodeURIComponent(periodFrom)}&to=${encodeURIComponent(to)}&groupBy=${groupBy}`;
    const ofContext = (s: Situation, c: string) => s.contexts.find((x) => x.context === c);
    const byCategory = await eventually(
      () => analyst.get<Situation>(situation('category')),
      (r) => r.status === 200 && ofContext(r.body, 'leads')?.total === 1 && ofContext(r.body, 'operations')?.total === 2,
      'the lead and both operations in the situation report',
    );
    expect(ofContext(byCategory.body, 'leads')).toEqual({
      context: 'leads',
      total: 1,
      previousTotal: 0,
      groups: [{ key: 'counterfeit_food', count: 1, previousCount: 0 }],
    });
    expect(ofContext(byCategory.body, 'evidence')?.total ?? 0).toBe(0);
    expect(byCategory.body.operationsConcluded).toBe(0);
    expect(byCategory.body.recognitionRate).toBeNull();
    const byOwner = await analyst.get<Situation>(situation('ownerUnit'));
    expect(
      ofContext(byOwner.body, 'operations')
        ?.groups.map((g) => [g.key, g.count])
        .sort(),
    ).toEqual([
      ['msb-guancheng', 1],
      ['msb-jinshui', 1],
    ]);
    expect(ofContext(byOwner.body, 'leads')?.groups.map((g) => [g.key, g.count])).toEqual([['msb-jinshui', 1]]);

    // Compliance per measure: Erqi missed its acknowledgement (0 of 1) and its action item (0 of 1); Zhongmu did its item on time.
    const period = shanghaiMonth(new Date(Date.now()));
    const assessment = await eventually(
      () => supervisor.get<{ minOnTimeRate: number; units: UnitAssessment[] }>(`/api/v1/reports/assessment?period=${period}`),
      (r) =>
        r.status === 200 &&
        r.body.units.some((u) => u.unitId === 'msb-erqi' && u.breachTotal === 2 && u.dutiesDue === 1) &&
        r.body.units.some((u) => u.unitId === 'msb-zhongmu' && u.dutiesOnTime === 1),
      'both breaches and both action items in the assessment',
    );
    const erqi = assessment.body.units.find((u) => u.unitId === 'msb-erqi')!;
    expect(erqi).toMatchObject({ dutiesDue: 1, dutiesOnTime: 0, onTimeRate: 0, problemArea: true });
    expect(erqi.breaches).toEqual([
      { context: 'leads', kind: 'acknowledge', total: 1, explained: 0 },
      { context: 'meetings', kind: 'action_item', total: 1, explained: 0 },
    ]);
    expect(erqi.reasons).toEqual(['on-time rate 0.0% below 90.0%', 'acknowledged within limit 0.0% below 90.0%']);
    expect(erqi.compliance).toEqual([
      { measure: 'acknowledged', due: 1, onTime: 0, rate: 0, minRate: 0.9 },
      { measure: 'transfer', due: 0, onTime: 0, rate: null, minRate: 0.9 },
      { measure: 'police', due: 0, onTime: 0, rate: null, minRate: 0.9 },
      { measure: 'action_items', due: 1, onTime: 0, rate: 0, minRate: 0.9 },
    ]);
    // A problem area gets the rectification deadline an order issued now would have (the drill limit: 3 s).
    expect(erqi.rectification).toMatchObject({ orders: [], rule: expect.stringContaining('3 seconds') });
    expect(assessment.body.units.find((u) => u.unitId === 'msb-zhongmu')).toMatchObject({
      breachTotal: 0,
      dutiesDue: 1,
      dutiesOnTime: 1,
      onTimeRate: 1,
      problemArea: false,
      rectification: null,
    });
    expect(assessment.body.units.filter((u) => u.problemArea).map((u) => u.unitId)).toEqual(['msb-erqi']);
  });

  it('operations results (seizures, value, arrests) are counted in the report, by region too, and printed as a PDF', async () => {
    const [jinshuiOp] = operationIds as [string];
    const launched = await zhao.post(`/api/v1/operations/${jinshuiOp}/launch`, { overrideReason: 'agreed at the liaison meeting' }, key());
    expect(launched.status).toBe(200);
    const progress = await zhao.post(
      `/api/v1/operations/${jinshuiOp}/progress`,
      {
        seizures: [
          { goods: 'counterfeit infant formula', quantity: 120, unitOfMeasure: 'tin', valueYuan: 12000 },
          { goods: 'forged labels', quantity: 3000, unitOfMeasure: 'piece', valueYuan: 3000.5 },
        ],
        inspections: 1,
        arrests: 2,
        notes: 'warehouse searched',
      },
      key(),
    );
    expect(progress.status).toBe(200);
    const to = new Date(Date.now() + 3_600_000).toISOString();
    const query = `from=${encodeURIComponent(periodFrom)}&to=${encodeURIComponent(to)}&groupBy=category`;
    const report = await eventually(
      () => analyst.get<Situation>(`/api/v1/reports/situation?${query}`),
      (r) => r.status === 200 && r.body.operationResults.reports === 1,
      'the progress report in the situation report',
    );
    expect(report.body.operationResults).toEqual({
      reports: 1,
      seizures: 2,
      valueYuan: 15000.5,
      arrests: 2,
      inspections: 1,
      previous: { reports: 0, seizures: 0, valueYuan: 0, arrests: 0, inspections: 0 },
    });
    // Region: the lead is Jinshui's jurisdiction, both operations target Erqi.
    const totals = (s: Situation) => s.contexts.map((c) => [c.context, c.total]);
    const erqi = await analyst.get<Situation>(`/api/v1/reports/situation?${query}&region=erqi`);
    expect(totals(erqi.body)).toEqual([
      ['leads', 0],
      ['operations', 2],
      ['evidence', 0],
    ]);
    expect(erqi.body.operationResults.arrests).toBe(2);
    const jinshui = await analyst.get<Situation>(`/api/v1/reports/situation?${query}&region=jinshui`);
    expect(totals(jinshui.body)).toEqual([
      ['leads', 1],
      ['operations', 0],
      ['evidence', 0],
    ]);
    expect(jinshui.body.operationResults.reports).toBe(0);

    const pdf = async (who: Api) => {
      const res = await fetch(`${system.gatewayUrl}/api/v1/reports/situation.pdf?${query}`, {
        headers: { authorization: `Bearer ${who.token}` },
      });
      return { status: res.status, type: res.headers.get('content-type'), text: Buffer.from(await res.arrayBuffer()).toString('latin1') };
    };
    const printed = await pdf(analyst);
    expect(printed).toMatchObject({ status: 200, type: 'application/pdf' });
    expect(printed.text.startsWith('%PDF-')).toBe(true);
    expect(printed.text).toContain('(leads 1, operations 2, evidence 0, seizures 2, arrests 2)');
    // Need-to-know: the same readers as the JSON report.
    for (const who of [supervisor, wang]) expect((await pdf(who)).status).toBe(403);
  });

  it('the leading-group office orders Erqi to rectify; the order goes overdue like any action item', async () => {
    const period = shanghaiMonth(new Date(Date.now()));
    const order = (who: Api, unitId: string) =>
      who.post<{ decisionId: string; actionItemIds: string[] }>(
        `/api/v1/meetings/${nextMeetingId}/rectification-orders`,
        { unitId, period, note: 'Report the measures taken.' },
        key(),
      );
    // Only the leading-group office orders; a unit that is no problem area cannot be ordered.
    expect((await order(wang, 'msb-erqi')).status).toBe(403);
    expect((await order(lgo, 'msb-zhongmu')).status).toBe(409);
    expect((await order(lgo, 'msb-nowhere')).status).toBe(400);
    const issued = await order(lgo, 'msb-erqi');
    expect(issued.status).toBe(200);
    const [orderItem] = issued.body.actionItemIds as [string];
    const overdue = await eventually(
      () => wang.get<Page<{ meetingId: string; item: ActionItem & { description: string } }>>('/api/v1/meetings/action-items?overdue=true'),
      (r) => r.status === 200 && r.body.items.some((i) => i.item.actionItemId === orderItem && i.item.overdue),
      'the overdue rectification order in Erqi’s list',
    );
    expect(overdue.body.items.find((i) => i.item.actionItemId === orderItem)!.item.description).toContain('acknowledged within limit');
    await eventually(
      () => wang.get<Page<Entry>>('/api/v1/accountability'),
      (r) => r.status === 200 && r.body.items.some((e) => e.context === 'meetings' && e.taskId === orderItem),
      'the rectification order in Erqi’s register',
    );
    const assessment = await eventually(
      () => supervisor.get<{ units: UnitAssessment[] }>(`/api/v1/reports/assessment?period=${period}`),
      (r) => r.status === 200 && (r.body.units.find((u) => u.unitId === 'msb-erqi')?.rectification?.orders ?? []).some((o) => o.overdue),
      'the order in Erqi’s assessment',
    );
    expect(assessment.body.units.find((u) => u.unitId === 'msb-erqi')!.rectification!.orders).toEqual([
      expect.objectContaining({ meetingId: nextMeetingId, actionItemId: orderItem, status: 'open', overdue: true }),
    ]);
  });
});
