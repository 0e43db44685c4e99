import { describe, expect, it } from '@jest/globals';
import { accountabilityEntry, type RecordAccess } from '@liaison/contracts';
import { toEnvelopes } from '@liaison/platform/testing';
import type ICALModule from 'ical.js' with { 'resolution-mode': 'import' };
import { meetingCalendar } from '../src/application/calendar';
import { discloseMeeting } from '../src/application/disclosure';
import { SYSTEM_ACTOR } from '../src/domain/commands';
import { accountabilityRows } from '../src/projections/accountability';
import { evolveMeetingView, type MeetingView } from '../src/projections/meeting-view';
import {
  ACTION_ITEM,
  cmd,
  decided,
  decider,
  DUE,
  erqi,
  guancheng,
  jinshui,
  MEETING,
  scheduled,
  supervisor,
  zhongmu,
} from './meeting-fixtures';

// ical.js ships ESM types but a CommonJS build (its `require` export): loaded by require, typed from its module.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL = require('ical.js') as typeof ICALModule;

/** The meeting as the projection and GetMeeting fold it, from commands decided in turn. */
function viewOf(...commands: ReturnType<typeof cmd>[]): MeetingView {
  let state = decider.initialState();
  let view: MeetingView | null = null;
  let version = 0;
  for (const c of commands) {
    const events = [decider.decide(c, state)].flat();
    for (const envelope of toEnvelopes(events, { streamId: MEETING, fromVersion: version, at: c.now, actor: c.actor })) {
      state = decider.evolve(state, envelope);
      view = evolveMeetingView(view, envelope);
      version += 1;
    }
  }
  return view!;
}

const erqiLead: RecordAccess = {
  ownerUnitId: 'msb-erqi',
  createdByOfficerId: 'officer-erqi-msb-wang',
  participantUnitIds: [],
  code: 'AMBER',
  namedOfficerIds: [],
};
const agenda = (actor = erqi, access: RecordAccess | null = erqiLead, kind = 'lead') =>
  cmd('AddAgendaItem', actor, {
    itemId: `item-${actor.unitId}-${kind}`,
    kind,
    title: 'Overdue lead',
    notes: '',
    references: [{ kind, id: 'lead-00000000-0000-8000-8000-000000000009', access }],
  });

describe('the agenda as each viewer may read it', () => {
  it('an item about an AMBER lead of Erqi is shown to Erqi, not to Zhongmu, though both take part', () => {
    const view = viewOf(scheduled(), agenda());
    expect(discloseMeeting(view, erqi).agenda).toHaveLength(1);
    expect(discloseMeeting(view, zhongmu).agenda).toHaveLength(0);
  });

  it('an item whose access came from the proposer’s view is shown to the proposer’s unit only', () => {
    const view = viewOf(scheduled(), agenda(zhongmu, null, 'evidence'));
    expect(discloseMeeting(view, zhongmu).agenda).toHaveLength(1);
    expect(discloseMeeting(view, jinshui).agenda).toHaveLength(0);
  });
});

describe('the iCalendar file', () => {
  it('parses, with the RRULE, the Asia/Shanghai VTIMEZONE, wall-clock times and the invited units as attendees', () => {
    const ics = meetingCalendar(viewOf(scheduled()), (u) => u, new Date('2026-12-01T00:00:00Z'));
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const event = calendar.getFirstSubcomponent('vevent')!;
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Asia/Shanghai');
    expect(String(event.getFirstPropertyValue('rrule'))).toBe('FREQ=MONTHLY;BYDAY=+1TU');
    const start = event.getFirstProperty('dtstart')!;
    expect(start.getParameter('tzid')).toBe('Asia/Shanghai');
    expect(String(start.getFirstValue())).toBe('2026-12-01T09:30:00');
    expect(event.getAllProperties('attendee').map((a) => String(a.getFirstValue()).toLowerCase())).toEqual([
      'mailto:msb-erqi@units.liaison.invalid',
      'mailto:msb-zhongmu@units.liaison.invalid',
    ]);
    expect(event.getFirstPropertyValue('uid')).toBe(`${MEETING}@liaison`);
  });

  it('an ad-hoc meeting has no RRULE', () => {
    const ics = meetingCalendar(viewOf(scheduled({ kind: 'ad_hoc', recurrenceRule: '' })), (u) => u);
    expect(ics).not.toContain('RRULE');
  });
});

describe('the meetings accountability register', () => {
  const late = new Date(Date.parse(DUE) + 60_000).toISOString();
  const overdue = () =>
    viewOf(
      scheduled(),
      decided(),
      cmd('MarkActionItemOverdue', SYSTEM_ACTOR, { actionItemId: ACTION_ITEM, unitId: 'msb-erqi', dueAt: DUE }, late),
    );

  it('a late action item is one row for its owner unit, with the rule and how late', () => {
    const [row, ...more] = accountabilityRows({ ...overdue(), _id: MEETING, _v: 3 });
    expect(more).toEqual([]);
    expect(row).toMatchObject({
      context: 'meetings',
      recordKind: 'meeting',
      recordId: MEETING,
      kind: 'action_item',
      unitId: 'msb-erqi',
      taskId: ACTION_ITEM,
      dueAt: DUE,
      detectedAt: late,
      lateBySeconds: 60,
      answeredAt: '',
    });
    expect(row!.rule).toContain('as set by the convener');
  });

  it('the owner unit reads and may explain it, a supervisor reads it as a pointer, an uninvited unit and an AMBER-cleared analyst nothing', () => {
    const [row] = accountabilityRows({ ...overdue(), _id: MEETING, _v: 3 });
    expect(accountabilityEntry(row!, erqi)).toMatchObject({ recordId: MEETING, explainable: true });
    // A supervisor reads the entry with a pointer only: the meeting's id is for its participants.
    expect(accountabilityEntry(row!, supervisor)).toMatchObject({
      recordId: '',
      pointer: { ownerUnitId: 'msb-jinshui' },
      explainable: false,
    });
    expect(
      accountabilityEntry(row!, { officerId: 'officer-city-lgo-analyst', unitId: 'lgo-city', roles: ['analyst'], clearance: 'AMBER' }),
    ).toBeNull();
    expect(accountabilityEntry(row!, guancheng)).toBeNull();
  });
});
