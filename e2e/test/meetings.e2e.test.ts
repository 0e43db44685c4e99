import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type ICALModule from 'ical.js' with { 'resolution-mode': 'import' };
import { Api, eventually } from '../src/http';
import { startSystem, type System } from '../src/system';

// ical.js ships ESM types but a CommonJS build (its `require` export): loaded by require, typed from its module.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL = require('ical.js') as typeof ICALModule;

/**
 * Liaison meetings end to end (issue 10, ADR 0020): Jinshui convenes a monthly meeting (the first
 * Tuesday, 09:30 in Zhengzhou) with two districts, Erqi and Zhongmu; Erqi puts its own AMBER lead
 * on the agenda (Zhongmu, not party to the lead, does not see the item); attendance (Zhongmu
 * delegated), minutes, a decision with two action items — Zhongmu completes its own, Erqi's goes
 * overdue and shows in Erqi's overdue list and in the accountability register; closing schedules
 * next month's first Tuesday; the .ics parses with its RRULE; an uninvited unit gets 404.
 */

// Officers from seeds/directory.json.
const ZHAO = 'officer-jinshui-msb-zhao'; // Jinshui coordinator: convenes
const WANG = 'officer-erqi-msb-wang';
const LIU = 'officer-zhongmu-msb-liu';
const MA = 'officer-guancheng-msb-ma'; // not invited
const SUPERVISION = 'officer-city-supervision-wu';

type ActionItem = { actionItemId: string; ownerUnitId: string; status: string; overdue: boolean };
type Detail = {
  meetingId: string;
  status: string;
  recurrenceRule: string;
  nextMeetingId: string;
  agenda: { itemId: string; title: string }[];
  attendance: { unitId: string; status: string; delegatedTo: string }[];
  minutes: string;
  decisions: { decisionId: string; actionItems: ActionItem[] }[];
};
type Summary = { meetingId: string; previousMeetingId: string; seriesId: string; window: { startsAt: string; endsAt: string } };
type Page<T> = { items: T[]; nextCursor: string | null };
type Entry = {
  context: string;
  pointerOnly: boolean;
  ownerUnitId: string;
  recordKind: string;
  recordId: string;
  kind: string;
  unitId: string;
  taskId: string;
  explainable: boolean;
  explanation: { reason: string } | null;
};

const OFFSET_MS = 8 * 3_600_000;
/** 09:30 Asia/Shanghai on the first Tuesday of the month `monthsAhead` after the one holding `from`, as an instant. */
function firstTuesday(from: Date, monthsAhead: number): Date {
  const local = new Date(from.getTime() + OFFSET_MS);
  const first = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + monthsAhead, 1, 9, 30));
  first.setUTCDate(1 + ((2 - first.getUTCDay() + 7) % 7));
  return new Date(first.getTime() - OFFSET_MS);
}

let system: System;
let zhao: Api;
let wang: Api;
let liu: Api;
let ma: Api;
let supervisor: Api;
const key = () => ({ 'idempotency-key': randomUUID() });

beforeAll(async () => {
  // The overdue scheduler sweeps action items often, so the late one is recorded within the test.
  system = await startSystem({ env: { meetings: { MEETINGS_SCHEDULER_INTERVAL_MS: '300' } } });
  const login = (officer: string) => Api.login(system.gatewayUrl, officer);
  [zhao, wang, liu, ma, supervisor] = await Promise.all([login(ZHAO), login(WANG), login(LIU), login(MA), login(SUPERVISION)]);
}, 120_000);
afterAll(async () => system?.stop());

describe('a monthly liaison meeting end to end (REST → meetings → Kafka → projections → REST)', () => {
  let meetingId = '';
  let leadId = '';
  let erqiItem = '';
  let zhongmuItem = '';
  let nextMeetingId = '';
  // The next first Tuesday at least a day ahead (the series must start on an occurrence of its rule).
  const tomorrow = new Date(Date.now() + 86_400_000);
  const start = [0, 1, 2].map((m) => firstTuesday(tomorrow, m)).find((d) => d.getTime() > tomorrow.getTime())!;
  const window = { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 2 * 3_600_000).toISOString() };

  it('schedules a regular meeting on the first Tuesday with two districts; bad input names the field', async () => {
    const body = {
      kind: 'regular',
      title: 'Monthly liaison meeting on food and drug cases',
      window,
      place: 'Jinshui MSB, room 301',
      invitedUnitIds: ['msb-erqi', 'msb-zhongmu'],
      handling: { code: 'AMBER' },
      recurrenceRule: 'FREQ=MONTHLY;BYDAY=1TU',
    };
    const past = await zhao.post<{ issues: { path: string }[] }>(
      '/api/v1/meetings',
      { ...body, window: { startsAt: '2020-01-07T01:30:00Z', endsAt: '2020-01-07T03:30:00Z' } },
      key(),
    );
    expect(past.status).toBe(400);
    expect(past.body.issues.map((i) => i.path)).toContain('window.starts_at');
    const unknownRule = await zhao.post<{ issues: { path: string }[] }>(
      '/api/v1/meetings',
      { ...body, recurrenceRule: 'FREQ=SOMETIMES' },
      key(),
    );
    expect(unknownRule.status).toBe(400);
    expect(unknownRule.body.issues.map((i) => i.path)).toContain('recurrence_rule');

    const created = await zhao.post<{ meetingId: string; version: number; status: string }>('/api/v1/meetings', body, key());
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/api/v1/meetings/${created.body.meetingId}`);
    meetingId = created.body.meetingId;
    await eventually(
      () => liu.get<Page<Summary>>('/api/v1/meetings/mine?upcoming=true'),
      (r) => r.status === 200 && r.body.items.some((m) => m.meetingId === meetingId),
      'the meeting in Zhongmu’s upcoming meetings',
    );
  });

  it('an Erqi lead on the agenda is shown to Erqi, not to Zhongmu; an uninvited unit cannot add items', async () => {
    const posted = await wang.post<{ leadId: string }>(
      '/api/v1/leads',
      {
        title: 'Counterfeit baijiu sold from a wholesale market stall',
        category: 'counterfeit_food',
        subject: { enterpriseName: `Meetings E2E ${randomUUID().slice(0, 6)} Liquor Trading` },
        location: { jurisdiction: 'erqi', address: '12 Dehua Street, Erqi District' },
        summary: 'Bottles with forged anti-counterfeit labels.',
        priority: 'normal',
        grading: { sourceReliability: 'B', information: 2 },
        handling: { code: 'AMBER' },
      },
      key(),
    );
    expect(posted.status).toBe(201);
    leadId = posted.body.leadId;
    const item = { kind: 'lead', title: 'Overdue: counterfeit baijiu lead', references: [{ kind: 'lead', id: leadId }] };
    // Jinshui may not see Erqi's AMBER lead: it cannot reference it (the same answer as an unknown lead).
    const refused = await zhao.post<{ issues: { path: string }[] }>(`/api/v1/meetings/${meetingId}/agenda`, item, key());
    expect(refused.status).toBe(400);
    expect(refused.body.issues.map((i) => i.path)).toContain('references.0.id');
    const added = await wang.post<{ itemId: string }>(`/api/v1/meetings/${meetingId}/agenda`, item, key());
    expect(added.status).toBe(200);
    expect((await wang.get<Detail>(`/api/v1/meetings/${meetingId}`)).body.agenda.map((a) => a.itemId)).toEqual([added.body.itemId]);
    expect((await liu.get<Detail>(`/api/v1/meetings/${meetingId}`)).body.agenda).toEqual([]);
    expect((await ma.post(`/api/v1/meetings/${meetingId}/agenda`, { kind: 'other', title: 'x' }, key())).status).toBe(404);
  });

  it('records attendance (Zhongmu delegated), minutes and a decision with two action items', async () => {
    expect(
      (await zhao.post(`/api/v1/meetings/${meetingId}/attendance`, { unitId: 'msb-erqi', officerId: WANG, status: 'present' }, key()))
        .status,
    ).toBe(200);
    const delegated = await zhao.post(
      `/api/v1/meetings/${meetingId}/attendance`,
      { unitId: 'msb-zhongmu', officerId: LIU, status: 'delegated', delegatedTo: 'Deputy Director Zhang' },
      key(),
    );
    expect(delegated.status).toBe(200);
    const notInvited = await zhao.post<{ issues: { path: string }[] }>(
      `/api/v1/meetings/${meetingId}/attendance`,
      { unitId: 'msb-guancheng', officerId: MA, status: 'present' },
      key(),
    );
    expect(notInvited.status).toBe(400);
    expect(notInvited.body.issues.map((i) => i.path)).toContain('unit_id');
    expect(
      (await zhao.post(`/api/v1/meetings/${meetingId}/minutes`, { text: 'Reviewed the open food cases of both districts.' }, key())).status,
    ).toBe(200);

    const noDue = await zhao.post<{ issues: { path: string }[] }>(
      `/api/v1/meetings/${meetingId}/decisions`,
      { text: 'x', actionItems: [{ ownerUnitId: 'msb-erqi', description: 'x' }] },
      key(),
    );
    expect(noDue.status).toBe(400);
    expect(noDue.body.issues.map((i) => i.path)).toContain('actionItems.0.dueAt');
    const decision = await zhao.post<{ decisionId: string; actionItemIds: string[] }>(
      `/api/v1/meetings/${meetingId}/decisions`,
      {
        text: 'Joint inspection of the Dehua Street market; Zhongmu checks its logistics park',
        actionItems: [
          { ownerUnitId: 'msb-erqi', description: 'Inspect the Dehua Street stalls', dueAt: new Date(Date.now() + 3_000).toISOString() },
          {
            ownerUnitId: 'msb-zhongmu',
            description: 'Check the Zhongmu logistics park',
            dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
          },
        ],
      },
      key(),
    );
    expect(decision.status).toBe(200);
    [erqiItem, zhongmuItem] = decision.body.actionItemIds as [string, string];
    expect(
      (await liu.post(`/api/v1/meetings/${meetingId}/action-items/${zhongmuItem}/complete`, { note: 'No stock found' }, key())).status,
    ).toBe(200);
    expect((await liu.post(`/api/v1/meetings/${meetingId}/action-items/${erqiItem}/complete`, { note: 'not ours' }, key())).status).toBe(
      403,
    );

    const detail = (await zhao.get<Detail>(`/api/v1/meetings/${meetingId}`)).body;
    expect(detail.attendance).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ unitId: 'msb-zhongmu', status: 'delegated', delegatedTo: 'Deputy Director Zhang' }),
      ]),
    );
    expect(detail.minutes).toContain('Reviewed');
  });

  it('the late action item shows in Erqi’s overdue list and in the accountability register', async () => {
    const overdue = await eventually(
      () => wang.get<Page<{ meetingId: string; item: ActionItem }>>('/api/v1/meetings/action-items?overdue=true'),
      (r) => r.status === 200 && r.body.items.some((i) => i.item.actionItemId === erqiItem && i.item.overdue),
      'the overdue action item in Erqi’s list',
    );
    expect(overdue.body.items.map((i) => i.item.actionItemId)).toEqual([erqiItem]);
    expect((await liu.get<Page<{ item: ActionItem }>>('/api/v1/meetings/action-items?overdue=true')).body.items).toEqual([]);

    const mine = (page: Page<Entry>) => page.items.filter((e) => e.context === 'meetings' && e.recordId === meetingId);
    const register = await eventually(
      () => wang.get<Page<Entry>>('/api/v1/accountability'),
      (r) => r.status === 200 && mine(r.body).length === 1,
      'the action item in the register',
    );
    expect(mine(register.body)[0]).toMatchObject({
      recordKind: 'meeting',
      kind: 'action_item',
      unitId: 'msb-erqi',
      taskId: erqiItem,
      explainable: true,
    });
    const explained = await wang.post(
      '/api/v1/accountability/explanations',
      { context: 'meetings', recordId: meetingId, kind: 'action_item', taskId: erqiItem, reason: 'The market was closed for the holiday' },
      key(),
    );
    expect(explained.status).toBe(200);
    // The Supervision Bureau reads the entry and its explanation, with a pointer instead of the meeting's id (ADR 0020).
    const ofItem = (page: Page<Entry>) => page.items.filter((e) => e.context === 'meetings' && e.taskId === erqiItem);
    const read = await eventually(
      () => supervisor.get<Page<Entry>>('/api/v1/accountability?unitId=msb-erqi'),
      (r) => r.status === 200 && ofItem(r.body).length === 1 && ofItem(r.body)[0]!.explanation !== null,
      'the explanation in the supervisor’s register',
    );
    expect(ofItem(read.body)[0]).toMatchObject({ recordId: '', pointerOnly: true, ownerUnitId: 'msb-jinshui' });
    expect(ofItem(read.body)[0]!.explanation?.reason).toBe('The market was closed for the holiday');
    expect(mine((await ma.get<Page<Entry>>('/api/v1/accountability')).body)).toEqual([]);
  });

  it('closing schedules next month’s first Tuesday; decisions on the closed meeting are refused', async () => {
    expect((await zhao.post(`/api/v1/meetings/${meetingId}/close`, {}, key())).status).toBe(200);
    const late = await zhao.post(`/api/v1/meetings/${meetingId}/decisions`, { text: 'too late', actionItems: [] }, key());
    expect(late.status).toBe(409);
    const upcoming = await eventually(
      () => wang.get<Page<Summary>>('/api/v1/meetings/mine?upcoming=true'),
      (r) => r.status === 200 && r.body.items.some((m) => m.previousMeetingId === meetingId),
      'the next occurrence in Erqi’s upcoming meetings',
    );
    const next = upcoming.body.items.find((m) => m.previousMeetingId === meetingId)!;
    nextMeetingId = next.meetingId;
    const expected = firstTuesday(start, 1);
    expect(next.window).toEqual({ startsAt: expected.toISOString(), endsAt: new Date(expected.getTime() + 2 * 3_600_000).toISOString() });
    expect(next.seriesId).toBe(meetingId);
    expect((await zhao.get<Detail>(`/api/v1/meetings/${meetingId}`)).body).toMatchObject({
      status: 'closed',
      nextMeetingId: next.meetingId,
    });
  });

  it('the next occurrence’s .ics parses, with the RRULE, the Asia/Shanghai time zone and the invited units', async () => {
    const response = await fetch(`${system.gatewayUrl}/api/v1/meetings/${nextMeetingId}/calendar.ics`, {
      headers: { authorization: `Bearer ${liu.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const event = calendar.getFirstSubcomponent('vevent')!;
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Asia/Shanghai');
    expect(String(event.getFirstPropertyValue('rrule'))).toBe('FREQ=MONTHLY;BYDAY=+1TU');
    expect(event.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Asia/Shanghai');
    expect(String(event.getFirstProperty('dtstart')!.getFirstValue()).slice(11)).toBe('09:30:00');
    expect(event.getAllProperties('attendee').map((a) => String(a.getFirstValue()).toLowerCase())).toEqual([
      'mailto:msb-erqi@units.liaison.invalid',
      'mailto:msb-zhongmu@units.liaison.invalid',
    ]);
  });

  it('an uninvited unit gets 404 on every read of the meeting, and sees it in no list', async () => {
    expect((await ma.get(`/api/v1/meetings/${meetingId}`)).status).toBe(404);
    const ics = await fetch(`${system.gatewayUrl}/api/v1/meetings/${meetingId}/calendar.ics`, {
      headers: { authorization: `Bearer ${ma.token}` },
    });
    expect(ics.status).toBe(404);
    expect((await supervisor.get(`/api/v1/meetings/${meetingId}`)).status).toBe(403);
    expect((await ma.get<Page<Summary>>('/api/v1/meetings/mine')).body.items).toEqual([]);
    expect((await ma.get<Page<unknown>>('/api/v1/meetings/action-items')).body.items).toEqual([]);
    expect((await ma.post(`/api/v1/meetings/${meetingId}/close`, {}, key())).status).toBe(404);
  });
});
