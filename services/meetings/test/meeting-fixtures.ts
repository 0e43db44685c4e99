import { type Actor, loadDirectory, loadHolidayCalendar, type WireCommand } from '@liaison/contracts';
import { DeciderSpecification } from '@liaison/platform/testing';
import type { MeetingCommand } from '../src/domain/commands';
import { createMeetingDecider } from '../src/domain/meeting-decider';

/** The meetings domain's test fixtures: seeded officers, a valid regular meeting, and the decider's given/when/then specification. */

export const directory = loadDirectory();
export const RECTIFICATION_DAYS = 30;
export const decider = createMeetingDecider({
  directory,
  rectification: { limit: { days: RECTIFICATION_DAYS }, calendar: loadHolidayCalendar() },
});

export const MEETING = 'meeting-00000000-0000-8000-8000-000000000001';
/** Tuesday 1 December 2026, 08:00 in Zhengzhou. */
export const T0 = '2026-12-01T00:00:00.000Z';
/** 09:30–11:30 Asia/Shanghai on the first Tuesday of December 2026. */
export const WINDOW = { startsAt: '2026-12-01T01:30:00.000Z', endsAt: '2026-12-01T03:30:00.000Z' };

export const spec = DeciderSpecification.for(decider, { streamId: MEETING, at: T0 });

const officer = (officerId: string, unitId: string, roles: Actor['roles'] = ['liaison_officer']): Actor => ({ officerId, unitId, roles });
export const jinshui = officer('officer-jinshui-msb-zhao', 'msb-jinshui', ['coordinator', 'liaison_officer']);
export const jinshuiLi = officer('officer-jinshui-msb-li', 'msb-jinshui');
export const erqi = officer('officer-erqi-msb-wang', 'msb-erqi');
export const zhongmu = officer('officer-zhongmu-msb-liu', 'msb-zhongmu', ['liaison_officer', 'coordinator']);
export const guancheng = officer('officer-guancheng-msb-ma', 'msb-guancheng', ['liaison_officer', 'coordinator']);
export const erqiAnalyst = officer('officer-erqi-msb-analyst', 'msb-erqi', ['analyst']);
export const supervisor = officer('officer-city-supervision-wu', 'supervision-city', ['supervisor']);

type Payload<T extends MeetingCommand['type']> = Omit<
  Extract<WireCommand<MeetingCommand>, { type: T }>,
  'type' | 'actor' | 'now' | 'meetingId'
>;

export function cmd<T extends MeetingCommand['type']>(
  type: T,
  actor: Actor,
  payload: Payload<T>,
  now = T0,
  meetingId = MEETING,
): MeetingCommand {
  return { type, actor, now, meetingId, ...payload } as unknown as MeetingCommand;
}

export const schedulePayload = (overrides: Partial<Payload<'ScheduleMeeting'>> = {}): Payload<'ScheduleMeeting'> => ({
  kind: 'regular',
  title: 'Monthly liaison meeting',
  convenerUnitId: 'msb-jinshui',
  window: WINDOW,
  place: 'Jinshui MSB, room 301',
  onlineLink: '',
  invitedUnitIds: ['msb-erqi', 'msb-zhongmu'],
  handling: { code: 'AMBER', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
  recurrenceRule: 'FREQ=MONTHLY;BYDAY=1TU',
  ...overrides,
});

export const scheduled = (overrides: Partial<Payload<'ScheduleMeeting'>> = {}) =>
  cmd('ScheduleMeeting', jinshui, schedulePayload(overrides));
export const DUE = '2026-12-15T10:00:00.000Z';
export const decided = (actionItems = [{ ownerUnitId: 'msb-erqi', description: 'Inspect the Erqi warehouses', dueAt: DUE }]) =>
  cmd('RecordDecision', jinshui, { decisionId: 'decision-1', text: 'Joint inspections in Erqi', actionItems });
export const ACTION_ITEM = 'decision-1-1';
