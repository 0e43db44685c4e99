import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@liaison/contracts';
import { createGrpcClient, type GrpcClient, NotFoundError, ValidationError } from '@liaison/platform';
import { eventually } from '@liaison/platform/testing';
import { meetingsServiceDefinition } from '../src/api/grpc';
import type { MeetingsService } from '../src/app';
import { startMeetingsUnderTest, stopMeetingsUnderTest } from './meetings-under-test';

/**
 * The meetings service on real Kafka and FerretDB: a monthly meeting of Jinshui with Erqi and
 * Zhongmu; an action item left open past its due date is swept into ActionItemOverdue and the
 * register; closing the meeting schedules the next occurrence (the reaction on the meetings
 * topic); outsiders get NOT_FOUND on every read, and the register shows them nothing.
 */
type Req = Record<string, unknown>;
type Result = { meetingId: string; version: number; status: string; decisionId: string; actionItemIds: string[]; itemId: string };
type Summary = { meetingId: string; previousMeetingId: string; seriesId: string; window: { startsAt: string }; myRole: string };
type Item = { meetingId: string; item: { actionItemId: string; overdue: boolean; status: string } };
type Entry = {
  recordId: string;
  kind: string;
  unitId: string;
  taskId: string;
  explainable: boolean;
  explanation: { reason: string } | null;
};
type Methods = {
  ScheduleMeeting: { request: Req; response: Result };
  AddAgendaItem: { request: Req; response: Result };
  RecordAttendance: { request: Req; response: Result };
  RecordDecision: { request: Req; response: Result };
  CloseMeeting: { request: Req; response: Result };
  ExplainBreach: { request: Req; response: Result };
  GetMeeting: { request: Req; response: { meetingId: string; agenda: unknown[]; nextMeetingId: string; status: string } };
  GetMeetingCalendar: { request: Req; response: { ics: string } };
  ListMyMeetings: { request: Req; response: { meetings: Summary[] } };
  ListMyActionItems: { request: Req; response: { items: Item[] } };
  ListAccountability: { request: Req; response: { items: Entry[] } };
};

const actor = (officerId: string, unitId: string, roles: Actor['roles'] = ['liaison_officer', 'coordinator']): Actor => ({
  officerId,
  unitId,
  roles,
});
const zhao = actor('officer-jinshui-msb-zhao', 'msb-jinshui');
const wang = actor('officer-erqi-msb-wang', 'msb-erqi', ['liaison_officer']);
const liu = actor('officer-zhongmu-msb-liu', 'msb-zhongmu');
const ma = actor('officer-guancheng-msb-ma', 'msb-guancheng');
const supervisor = actor('officer-city-lgo-qian', 'lgo-city', ['supervisor']);

const RUN = randomUUID().slice(0, 8);
let service: MeetingsService;
let client: GrpcClient<Methods>;
const call = <K extends keyof Methods & string>(method: K, request: Methods[K]['request'], as: Actor) =>
  client.call(method, request, { actor: as });
const cmd = () => ({ commandId: randomUUID(), ifMatchVersion: 0 });
const page = { pageSize: 50, cursor: '' };

beforeAll(async () => {
  service = await startMeetingsUnderTest('mint', RUN, { MEETINGS_SCHEDULER_INTERVAL_MS: '200' });
  client = createGrpcClient<Methods>(meetingsServiceDefinition(), `127.0.0.1:${service.grpcPort}`, { deadlineMs: 15_000 });
}, 120_000);

afterAll(async () => {
  client?.close();
  await stopMeetingsUnderTest(service);
});

describe('a monthly meeting on Kafka and FerretDB', () => {
  let meetingId = '';
  let actionItemId = '';
  const startsAt = new Date(Date.now() + 3_600_000);
  startsAt.setUTCSeconds(0, 0);

  it('is scheduled with a recurrence; an unknown recurrence rule is refused naming the field', async () => {
    const schedule = {
      kind: 'regular',
      title: 'Monthly liaison meeting',
      convenerUnitId: '',
      window: { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString() },
      place: 'Jinshui MSB, room 301',
      onlineLink: '',
      invitedUnitIds: ['msb-erqi', 'msb-zhongmu'],
      handling: { code: 'AMBER', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
      recurrenceRule: 'FREQ=MONTHLY',
    };
    await expect(call('ScheduleMeeting', { ...cmd(), ...schedule, recurrenceRule: 'FREQ=SOMETIMES' }, zhao)).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: 'recurrence_rule' })],
    });
    const result = await call('ScheduleMeeting', { ...cmd(), ...schedule }, zhao);
    meetingId = result.meetingId;
    expect(result).toMatchObject({ version: 1, status: 'scheduled' });
    await eventually(async () =>
      expect((await call('ListMyMeetings', { page, upcomingOnly: true }, liu)).meetings.map((m) => m.meetingId)).toContain(meetingId),
    );
  });

  it('takes attendance, an agenda item and a decision whose action item soon falls due', async () => {
    await call(
      'RecordAttendance',
      { ...cmd(), meetingId, unitId: 'msb-zhongmu', officerId: liu.officerId, status: 'delegated', delegatedTo: 'Deputy Zhang' },
      zhao,
    );
    await expect(
      call(
        'RecordAttendance',
        { ...cmd(), meetingId, unitId: 'msb-guancheng', officerId: ma.officerId, status: 'present', delegatedTo: '' },
        zhao,
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    await call(
      'AddAgendaItem',
      { ...cmd(), meetingId, kind: 'other', title: 'Counterfeit liquor in Erqi', notes: '', references: [] },
      wang,
    );
    const decision = await call(
      'RecordDecision',
      {
        ...cmd(),
        meetingId,
        text: 'Inspect the Erqi warehouses',
        actionItems: [
          { ownerUnitId: 'msb-erqi', description: 'Inspect the warehouses', dueAt: new Date(Date.now() + 1_500).toISOString() },
        ],
      },
      zhao,
    );
    actionItemId = decision.actionItemIds[0]!;
    expect(actionItemId).toBe(`${decision.decisionId}-1`);
  });

  it('the late action item is marked overdue, listed for its owner unit and enters the register, explained by it', async () => {
    await eventually(async () =>
      expect(
        (await call('ListMyActionItems', { page, overdueOnly: true }, wang)).items.map((i) => [i.item.actionItemId, i.item.overdue]),
      ).toContainEqual([actionItemId, true]),
    );
    const entries = await eventually(async () => {
      const found = (await call('ListAccountability', { unitId: '', from: '', to: '', page }, wang)).items.filter(
        (e) => e.recordId === meetingId,
      );
      if (found.length === 0) throw new Error('not yet in the register');
      return found;
    });
    expect(entries).toEqual([
      expect.objectContaining({ kind: 'action_item', unitId: 'msb-erqi', taskId: actionItemId, explainable: true }),
    ]);
    await call('ExplainBreach', { ...cmd(), meetingId, kind: 'action_item', actionItemId, reason: 'warehouse sealed by the court' }, wang);
    await eventually(async () => {
      const [entry] = (await call('ListAccountability', { unitId: 'msb-erqi', from: '', to: '', page }, supervisor)).items.filter(
        (e) => e.taskId === actionItemId,
      );
      // The supervisor reads the entry with a pointer, not the meeting's id (ADR 0020).
      expect(entry).toMatchObject({ recordId: '', explanation: { reason: 'warehouse sealed by the court' } });
    });
    expect((await call('ListMyActionItems', { page, overdueOnly: true }, liu)).items).toEqual([]);
  });

  it('closing it schedules the next occurrence once, a month later, for the same units', async () => {
    await call('CloseMeeting', { ...cmd(), meetingId }, zhao);
    const next = await eventually(async () => {
      const found = (await call('ListMyMeetings', { page, upcomingOnly: true }, wang)).meetings.find(
        (m) => m.previousMeetingId === meetingId,
      );
      if (!found) throw new Error('not scheduled yet');
      return found;
    });
    expect(next).toMatchObject({ seriesId: meetingId, myRole: 'invited' });
    const all = (await call('ListMyMeetings', { page, upcomingOnly: false }, zhao)).meetings;
    expect(all.filter((m) => m.previousMeetingId === meetingId)).toHaveLength(1);
    expect(Date.parse(next.window.startsAt)).toBeGreaterThan(startsAt.getTime() + 27 * 86_400_000);
    expect((await call('GetMeeting', { meetingId }, zhao)).nextMeetingId).toBe(next.meetingId);
    const ics = (await call('GetMeetingCalendar', { meetingId: next.meetingId }, liu)).ics;
    expect(ics).toContain('RRULE:FREQ=MONTHLY');
  });

  it('outsiders get NOT_FOUND on every read and nothing from the lists or the register', async () => {
    await expect(call('GetMeeting', { meetingId }, ma)).rejects.toBeInstanceOf(NotFoundError);
    await expect(call('GetMeetingCalendar', { meetingId }, ma)).rejects.toBeInstanceOf(NotFoundError);
    await expect(call('GetMeeting', { meetingId }, supervisor)).rejects.toBeInstanceOf(NotFoundError);
    await expect(call('GetMeeting', { meetingId: `meeting-${randomUUID()}` }, zhao)).rejects.toBeInstanceOf(NotFoundError);
    expect((await call('ListMyMeetings', { page, upcomingOnly: false }, ma)).meetings).toEqual([]);
    expect((await call('ListMyActionItems', { page, overdueOnly: false }, ma)).items).toEqual([]);
    expect(
      (await call('ListAccountability', { unitId: '', from: '', to: '', page }, ma)).items.filter((e) => e.recordId === meetingId),
    ).toEqual([]);
  });
});
