import { describe, expect, it } from '@jest/globals';
import { type Actor, meetingEvents, type RecordAccess } from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import { refusal } from '@liaison/platform/testing';
import { SYSTEM_ACTOR } from '../src/domain/commands';
import { occurrenceMeetingId } from '../src/domain/commands/closeMeeting';
import {
  ACTION_ITEM,
  cmd,
  decided,
  DUE,
  erqi,
  erqiAnalyst,
  guancheng,
  jinshui,
  jinshuiLi,
  MEETING,
  scheduled,
  spec,
  supervisor,
  T0,
  WINDOW,
  zhongmu,
} from './meeting-fixtures';

const valid = (events: { type: string; data: unknown }[]) => {
  for (const e of events) expect(meetingEvents.validate(e.type, e.data)).toMatchObject({ ok: true });
};
const issuesOf = (error: ValidationError) => error.issues.map((i) => i.path);
const after = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

describe('ScheduleMeeting', () => {
  it('records a regular meeting convened by the caller’s unit, the series starting with this occurrence', () => {
    const { events } = spec.givenCommands().when(scheduled()).decided();
    valid(events);
    expect(events).toEqual([
      {
        type: 'MeetingScheduled',
        data: expect.objectContaining({
          meetingId: MEETING,
          kind: 'regular',
          convenerUnitId: 'msb-jinshui',
          scheduledByOfficerId: jinshui.officerId,
          window: WINDOW,
          invitedUnitIds: ['msb-erqi', 'msb-zhongmu'],
          recurrence: {
            rule: 'FREQ=MONTHLY;BYDAY=+1TU',
            seriesId: MEETING,
            seriesStartsAt: WINDOW.startsAt,
            occurrenceStartsAt: WINDOW.startsAt,
          },
          previousMeetingId: '',
          scheduledAt: T0,
        }),
      },
    ]);
  });

  it('records ad-hoc and emergency meetings without a recurrence, online only', () => {
    const { events } = spec
      .givenCommands()
      .when(scheduled({ kind: 'emergency', recurrenceRule: '', place: '', onlineLink: 'https://meet.example.cn/r/1' }))
      .decided();
    valid(events);
    expect(events[0]!.data).toMatchObject({ kind: 'emergency', recurrence: null, onlineLink: 'https://meet.example.cn/r/1' });
  });

  it.each([
    ['a start in the past', { window: { startsAt: '2026-11-30T01:30:00.000Z', endsAt: '2026-11-30T03:30:00.000Z' } }, 'window.starts_at'],
    ['an end before the start', { window: { startsAt: WINDOW.startsAt, endsAt: '2026-12-01T01:00:00.000Z' } }, 'window.ends_at'],
    ['no place and no link', { place: '', onlineLink: '' }, 'place'],
    ['a link that is not https', { onlineLink: 'http://x.cn' }, 'online_link'],
    ['no invited unit', { invitedUnitIds: [] }, 'invited_unit_ids'],
    ['an unknown invited unit', { invitedUnitIds: ['msb-nowhere'] }, 'invited_unit_ids[0]'],
    ['the convener invited to itself', { invitedUnitIds: ['msb-jinshui'] }, 'invited_unit_ids[0]'],
    ['another unit as convener', { convenerUnitId: 'msb-erqi' }, 'convener_unit_id'],
    ['an empty title', { title: '  ' }, 'title'],
    ['a regular meeting without a rule', { recurrenceRule: '' }, 'recurrence_rule'],
    ['an unknown FREQ', { recurrenceRule: 'FREQ=FORTNIGHTLY' }, 'recurrence_rule'],
    ['an unknown rule part', { recurrenceRule: 'FREQ=MONTHLY;EVERY=2' }, 'recurrence_rule'],
    ['an unknown BYDAY', { recurrenceRule: 'FREQ=MONTHLY;BYDAY=1XX' }, 'recurrence_rule'],
    ['an hourly series', { recurrenceRule: 'FREQ=HOURLY' }, 'recurrence_rule'],
    ['a start that is not an occurrence of the rule', { recurrenceRule: 'FREQ=MONTHLY;BYDAY=1WE' }, 'window.starts_at'],
    ['a rule on an ad-hoc meeting', { kind: 'ad_hoc' }, 'recurrence_rule'],
    ['an unknown kind', { kind: 'weekly' }, 'kind'],
    [
      'a RED meeting without named officers',
      { handling: { code: 'RED', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] } },
      'handling.named_officer_ids',
    ],
  ])('refuses %s, naming the field', (_what, overrides, path) => {
    spec
      .givenCommands()
      .when(scheduled(overrides as never))
      .thenThrows(ValidationError, refusal({ path }));
  });

  it('names every offending field at once', () => {
    spec
      .givenCommands()
      .when(scheduled({ title: '', place: '', recurrenceRule: 'FREQ=NEVER' }))
      .thenThrows(ValidationError, (e) => expect(issuesOf(e)).toEqual(expect.arrayContaining(['title', 'place', 'recurrence_rule'])));
  });

  it('is refused to analysts and for an existing meeting', () => {
    spec
      .givenCommands()
      .when({ ...scheduled(), actor: erqiAnalyst })
      .thenThrows(ForbiddenError);
    spec.givenCommands(scheduled()).when(scheduled()).thenThrows(InvalidTransitionError);
  });
});

describe('the recurrence (RRULE, Asia/Shanghai wall clock)', () => {
  it('closing a monthly-on-the-first-Tuesday meeting names the first Tuesday of next month, same time and length', () => {
    const { events } = spec
      .givenCommands(scheduled())
      .when(cmd('CloseMeeting', jinshui, {}))
      .decided();
    valid(events);
    const next = { startsAt: '2027-01-05T01:30:00.000Z', endsAt: '2027-01-05T03:30:00.000Z' };
    expect(events[0]!.data).toMatchObject({
      next: { meetingId: occurrenceMeetingId(MEETING, next.startsAt), window: next, occurrenceStartsAt: next.startsAt },
    });
  });

  it('counts the weekday in Zhengzhou: 07:00 on the first Tuesday is a Monday in UTC', () => {
    const window = { startsAt: '2027-01-04T23:00:00.000Z', endsAt: '2027-01-05T00:00:00.000Z' }; // Tue 5 Jan 07:00–08:00 +08:00
    const { events } = spec
      .givenCommands(scheduled({ window }))
      .when(cmd('CloseMeeting', jinshui, {}))
      .decided();
    expect(events[0]!.data).toMatchObject({ next: { window: { startsAt: '2027-02-01T23:00:00.000Z' } } }); // Tue 2 Feb 07:00 +08:00
  });

  it('a rescheduled occurrence keeps its slot: the next one still follows the rule', () => {
    const moved = { startsAt: '2026-12-03T06:00:00.000Z', endsAt: '2026-12-03T07:00:00.000Z' };
    const { events } = spec
      .givenCommands(scheduled(), cmd('RescheduleMeeting', jinshui, { window: moved, place: '', onlineLink: '', reason: 'room taken' }))
      .when(cmd('CloseMeeting', jinshui, {}))
      .decided();
    expect(events[0]!.data).toMatchObject({
      next: { window: { startsAt: '2027-01-05T01:30:00.000Z', endsAt: '2027-01-05T02:30:00.000Z' } },
    });
  });

  it('a series that has run its COUNT names no next occurrence; ad-hoc meetings none either', () => {
    spec
      .givenCommands(scheduled({ recurrenceRule: 'FREQ=MONTHLY;BYDAY=1TU;COUNT=1' }))
      .when(cmd('CloseMeeting', jinshui, {}))
      .thenMatches((events) => expect(events[0]!.data).toMatchObject({ next: null }));
    spec
      .givenCommands(scheduled({ kind: 'ad_hoc', recurrenceRule: '' }))
      .when(cmd('CloseMeeting', jinshui, {}))
      .thenMatches((events) => expect(events[0]!.data).toMatchObject({ next: null }));
  });

  it('ScheduleNextOccurrence is internal, and schedules the named occurrence once', () => {
    const next = {
      previousMeetingId: MEETING,
      title: 'Monthly liaison meeting',
      convenerUnitId: 'msb-jinshui',
      scheduledByOfficerId: jinshui.officerId,
      window: { startsAt: '2027-01-05T01:30:00.000Z', endsAt: '2027-01-05T03:30:00.000Z' },
      place: 'room 301',
      onlineLink: '',
      invitedUnitIds: ['msb-erqi', 'msb-zhongmu'],
      handling: { code: 'AMBER', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
      recurrence: {
        rule: 'FREQ=MONTHLY;BYDAY=+1TU',
        seriesId: MEETING,
        seriesStartsAt: WINDOW.startsAt,
        occurrenceStartsAt: '2027-01-05T01:30:00.000Z',
      },
    };
    spec
      .givenCommands()
      .when(cmd('ScheduleNextOccurrence', jinshui, next))
      .thenThrows(ForbiddenError);
    const internal = cmd('ScheduleNextOccurrence', SYSTEM_ACTOR, next);
    const { events } = spec.givenCommands().when(internal).decided();
    valid(events);
    expect(events[0]!.data).toMatchObject({ kind: 'regular', previousMeetingId: MEETING, window: next.window });
    spec.givenCommands(internal).when(internal).thenThrows(InvalidTransitionError);
  });
});

describe('need-to-know and roles', () => {
  it('an uninvited unit, a supervisor and an analyst of another unit get NOT_FOUND, whatever the code', () => {
    for (const outsider of [guancheng, supervisor])
      spec
        .givenCommands(
          scheduled({
            handling: { code: 'GREEN', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
          }),
        )
        .when(cmd('AddAgendaItem', outsider, { itemId: 'i1', kind: 'other', title: 'x', notes: '', references: [] }))
        .thenThrows(NotFoundError);
  });

  it('an analyst of an invited unit reads but does not act; invited units do not convene', () => {
    spec
      .givenCommands(scheduled())
      .when(cmd('RecordMinutes', erqiAnalyst, { text: 'x' }))
      .thenThrows(ForbiddenError);
    spec
      .givenCommands(scheduled())
      .when(cmd('RecordMinutes', erqi, { text: 'x' }))
      .thenThrows(ForbiddenError);
    spec
      .givenCommands(scheduled())
      .when(cmd('CloseMeeting', zhongmu, {}))
      .thenThrows(ForbiddenError);
  });

  it('RED: only the scheduler and the named officers see it, even within participant units', () => {
    const red = scheduled({
      handling: {
        code: 'RED',
        noCourtUseWithoutConsent: false,
        noOnwardSharingWithoutConsent: false,
        namedOfficerIds: ['officer-erqi-msb-wang'],
      },
    });
    spec
      .givenCommands(red)
      .when(cmd('AddAgendaItem', zhongmu, { itemId: 'i1', kind: 'other', title: 'x', notes: '', references: [] }))
      .thenThrows(NotFoundError);
    spec
      .givenCommands(red)
      .when(cmd('AddAgendaItem', erqi, { itemId: 'i1', kind: 'other', title: 'x', notes: '', references: [] }))
      .thenMatches((events) => expect(events).toHaveLength(1));
  });
});

describe('Reschedule and Cancel', () => {
  it('moves a scheduled meeting; refuses the past, the same window, and invited units', () => {
    const w = { startsAt: '2026-12-02T01:30:00.000Z', endsAt: '2026-12-02T03:30:00.000Z' };
    spec
      .givenCommands(scheduled())
      .when(cmd('RescheduleMeeting', jinshui, { window: w, place: '', onlineLink: '', reason: 'holiday' }))
      .thenMatches((events) => {
        valid(events);
        expect(events[0]!.data).toMatchObject({ window: w, previous: WINDOW, place: 'Jinshui MSB, room 301', reason: 'holiday' });
      });
    spec
      .givenCommands(scheduled())
      .when(
        cmd('RescheduleMeeting', jinshui, {
          window: { startsAt: '2026-11-01T00:00:00Z', endsAt: '2026-11-01T01:00:00Z' },
          place: '',
          onlineLink: '',
          reason: '',
        }),
      )
      .thenThrows(ValidationError, refusal({ path: 'window.starts_at' }));
    spec
      .givenCommands(scheduled())
      .when(cmd('RescheduleMeeting', jinshui, { window: WINDOW, place: '', onlineLink: '', reason: '' }))
      .thenThrows(ValidationError);
    spec
      .givenCommands(scheduled())
      .when(cmd('RescheduleMeeting', zhongmu, { window: w, place: '', onlineLink: '', reason: '' }))
      .thenThrows(ForbiddenError);
  });

  it('cancels with a reason; not without one, not after decisions, not twice', () => {
    spec
      .givenCommands(scheduled())
      .when(cmd('CancelMeeting', jinshui, { reason: 'typhoon' }))
      .thenMatches((events) => valid(events));
    spec
      .givenCommands(scheduled())
      .when(cmd('CancelMeeting', jinshui, { reason: ' ' }))
      .thenThrows(ValidationError, refusal({ path: 'reason' }));
    spec
      .givenCommands(scheduled(), decided())
      .when(cmd('CancelMeeting', jinshui, { reason: 'x' }))
      .thenThrows(InvalidTransitionError, refusal({ status: 'has_decisions' }));
    spec
      .givenCommands(scheduled(), cmd('CancelMeeting', jinshui, { reason: 'x' }))
      .when(cmd('CancelMeeting', jinshui, { reason: 'y' }))
      .thenThrows(InvalidTransitionError, refusal({ status: 'cancelled' }));
  });
});

describe('AddAgendaItem', () => {
  const leadAccess: RecordAccess = {
    ownerUnitId: 'msb-erqi',
    createdByOfficerId: 'officer-erqi-msb-wang',
    participantUnitIds: [],
    code: 'AMBER',
    namedOfficerIds: [],
  };
  const lead = { kind: 'lead', id: 'lead-00000000-0000-8000-8000-000000000009', access: leadAccess };

  it('records the item with each reference’s access from its source', () => {
    const { events } = spec
      .givenCommands(scheduled())
      .when(cmd('AddAgendaItem', erqi, { itemId: 'i1', kind: 'lead', title: 'Overdue lead', notes: '', references: [lead] }))
      .decided();
    valid(events);
    expect(events[0]!.data).toMatchObject({
      proposedByUnitId: 'msb-erqi',
      references: [{ kind: 'lead', access: leadAccess, accessSource: 'source' }],
    });
  });

  it('a reference whose access is unknown takes the proposer’s view: the proposer’s unit only', () => {
    const { events } = spec
      .givenCommands(scheduled())
      .when(
        cmd('AddAgendaItem', erqi, {
          itemId: 'i1',
          kind: 'evidence',
          title: 'Seized labels',
          notes: '',
          references: [{ kind: 'evidence', id: 'evidence-1', access: null }],
        }),
      )
      .decided();
    expect(events[0]!.data).toMatchObject({
      references: [{ accessSource: 'proposer_view', access: { ownerUnitId: 'msb-erqi', code: 'AMBER+STRICT', participantUnitIds: [] } }],
    });
  });

  it('refuses a record the proposer may not see, an item without the record its kind names, duplicates and closed meetings', () => {
    const hidden = { ...lead, access: { ...leadAccess, ownerUnitId: 'msb-guancheng', code: 'AMBER+STRICT' as const } };
    spec
      .givenCommands(scheduled())
      .when(cmd('AddAgendaItem', erqi, { itemId: 'i1', kind: 'lead', title: 'x', notes: '', references: [hidden] }))
      .thenThrows(ValidationError, refusal({ path: 'references[0].id' }));
    spec
      .givenCommands(scheduled())
      .when(cmd('AddAgendaItem', erqi, { itemId: 'i1', kind: 'operation', title: 'x', notes: '', references: [lead] }))
      .thenThrows(ValidationError, refusal({ path: 'references' }));
    spec
      .givenCommands(scheduled())
      .when(cmd('AddAgendaItem', erqi, { itemId: 'i1', kind: 'lead', title: 'x', notes: '', references: [lead, lead] }))
      .thenThrows(ValidationError, refusal({ path: 'references[1]' }));
    spec
      .givenCommands(scheduled())
      .when(
        cmd('AddAgendaItem', erqi, {
          itemId: 'i1',
          kind: 'situation_analysis',
          title: 'x',
          notes: '',
          references: [{ kind: 'situation_analysis', id: 'sa-1', access: null }],
        }),
      )
      .thenMatches((events) => valid(events));
    spec
      .givenCommands(scheduled(), cmd('CloseMeeting', jinshui, {}))
      .when(cmd('AddAgendaItem', erqi, { itemId: 'i1', kind: 'other', title: 'x', notes: '', references: [] }))
      .thenThrows(InvalidTransitionError, refusal({ status: 'closed' }));
  });
});

describe('RecordAttendance and RecordMinutes', () => {
  it('records present, absent and delegated attendance of participant units', () => {
    spec
      .givenCommands(scheduled())
      .when(
        cmd('RecordAttendance', jinshui, { unitId: 'msb-erqi', officerId: 'officer-erqi-msb-wang', status: 'present', delegatedTo: '' }),
      )
      .thenMatches((e) => valid(e));
    spec
      .givenCommands(scheduled())
      .when(cmd('RecordAttendance', jinshui, { unitId: 'msb-zhongmu', officerId: '', status: 'absent', delegatedTo: '' }))
      .thenMatches((e) => valid(e));
    spec
      .givenCommands(scheduled())
      .when(
        cmd('RecordAttendance', jinshui, {
          unitId: 'msb-zhongmu',
          officerId: 'officer-zhongmu-msb-liu',
          status: 'delegated',
          delegatedTo: 'Deputy Zhang',
        }),
      )
      .thenMatches((events) =>
        expect(events[0]!.data).toMatchObject({ status: 'delegated', delegatedTo: 'Deputy Zhang', recordedByOfficerId: jinshui.officerId }),
      );
    spec
      .givenCommands(scheduled())
      .when(cmd('RecordAttendance', jinshui, { unitId: 'msb-jinshui', officerId: jinshuiLi.officerId, status: 'present', delegatedTo: '' }))
      .thenMatches((e) => valid(e));
  });

  it.each([
    [
      'a unit not invited',
      { unitId: 'msb-guancheng', officerId: 'officer-guancheng-msb-ma', status: 'present', delegatedTo: '' },
      'unit_id',
    ],
    ['present without an officer', { unitId: 'msb-erqi', officerId: '', status: 'present', delegatedTo: '' }, 'officer_id'],
    [
      'an officer of another unit',
      { unitId: 'msb-erqi', officerId: 'officer-zhongmu-msb-liu', status: 'present', delegatedTo: '' },
      'officer_id',
    ],
    [
      'delegated without a delegate',
      { unitId: 'msb-erqi', officerId: 'officer-erqi-msb-wang', status: 'delegated', delegatedTo: '' },
      'delegated_to',
    ],
    ['an unknown status', { unitId: 'msb-erqi', officerId: 'officer-erqi-msb-wang', status: 'late', delegatedTo: '' }, 'status'],
  ])('refuses attendance for %s', (_what, payload, path) => {
    spec
      .givenCommands(scheduled())
      .when(cmd('RecordAttendance', jinshui, payload))
      .thenThrows(ValidationError, refusal({ path }));
  });

  it('records minutes; refuses empty ones', () => {
    spec
      .givenCommands(scheduled())
      .when(cmd('RecordMinutes', jinshui, { text: 'Discussed the Erqi cases.' }))
      .thenMatches((e) => valid(e));
    spec
      .givenCommands(scheduled())
      .when(cmd('RecordMinutes', jinshui, { text: '' }))
      .thenThrows(ValidationError, refusal({ path: 'text' }));
  });
});

describe('RecordDecision and action items', () => {
  it('records a decision whose action items carry owner, due date and its rule', () => {
    const { events } = spec.givenCommands(scheduled()).when(decided()).decided();
    valid(events);
    expect(events[0]!.data).toMatchObject({
      decisionId: 'decision-1',
      actionItems: [
        {
          actionItemId: ACTION_ITEM,
          ownerUnitId: 'msb-erqi',
          dueAt: DUE,
          dueRule: expect.stringContaining('as set by the convener msb-jinshui'),
        },
      ],
    });
  });

  it.each([
    ['without an owner', { ownerUnitId: '', description: 'x', dueAt: DUE }, 'action_items[0].owner_unit_id'],
    ['owned by a unit not taking part', { ownerUnitId: 'msb-guancheng', description: 'x', dueAt: DUE }, 'action_items[0].owner_unit_id'],
    ['without a due date', { ownerUnitId: 'msb-erqi', description: 'x', dueAt: '' }, 'action_items[0].due_at'],
    ['due in the past', { ownerUnitId: 'msb-erqi', description: 'x', dueAt: '2026-11-01T00:00:00Z' }, 'action_items[0].due_at'],
    ['without a description', { ownerUnitId: 'msb-erqi', description: ' ', dueAt: DUE }, 'action_items[0].description'],
  ])('refuses an action item %s', (_what, item, path) => {
    spec
      .givenCommands(scheduled())
      .when(decided([item]))
      .thenThrows(ValidationError, refusal({ path }));
  });

  it('refuses decisions on a closed meeting', () => {
    spec
      .givenCommands(scheduled(), cmd('CloseMeeting', jinshui, {}))
      .when(decided())
      .thenThrows(InvalidTransitionError, refusal({ status: 'closed' }));
  });

  it('the owner unit completes an action item once, also after the meeting closed; other units may not', () => {
    const complete = (actor = erqi) => cmd('CompleteActionItem', actor, { actionItemId: ACTION_ITEM, note: 'done' });
    spec
      .givenCommands(scheduled(), decided(), cmd('CloseMeeting', jinshui, {}))
      .when(complete())
      .thenMatches((e) => valid(e));
    spec.givenCommands(scheduled(), decided()).when(complete(zhongmu)).thenThrows(ForbiddenError);
    spec
      .givenCommands(scheduled(), decided(), complete())
      .when(complete())
      .thenThrows(InvalidTransitionError, refusal({ status: 'done' }));
    spec
      .givenCommands(scheduled(), decided())
      .when(cmd('CompleteActionItem', erqi, { actionItemId: 'nope', note: '' }))
      .thenThrows(ValidationError, refusal({ path: 'action_item_id' }));
  });

  it('MarkActionItemOverdue records a late open item once, not before it is due, not a done one', () => {
    const mark = (now: string) =>
      cmd('MarkActionItemOverdue', SYSTEM_ACTOR, { actionItemId: ACTION_ITEM, unitId: 'msb-erqi', dueAt: DUE }, now);
    const late = after(DUE, 1000);
    const { events } = spec
      .givenCommands(scheduled(), decided(), cmd('CloseMeeting', jinshui, {}))
      .when(mark(late))
      .decided();
    valid(events);
    expect(events[0]!.data).toMatchObject({
      actionItemId: ACTION_ITEM,
      unitId: 'msb-erqi',
      dueAt: DUE,
      detectedAt: late,
      rule: expect.stringContaining(ACTION_ITEM),
    });
    spec
      .givenCommands(scheduled(), decided(), mark(late))
      .when(mark(late))
      .thenThrows(InvalidTransitionError, refusal({ status: 'overdue' }));
    spec
      .givenCommands(scheduled(), decided())
      .when(mark(T0))
      .thenThrows(InvalidTransitionError, refusal({ status: 'open' }));
    spec
      .givenCommands(scheduled(), decided(), cmd('CompleteActionItem', erqi, { actionItemId: ACTION_ITEM, note: '' }))
      .when(mark(late))
      .thenThrows(InvalidTransitionError, refusal({ status: 'done' }));
    spec
      .givenCommands(scheduled(), decided())
      .when(cmd('MarkActionItemOverdue', erqi, { actionItemId: ACTION_ITEM, unitId: 'msb-erqi', dueAt: DUE }, late))
      .thenThrows(ForbiddenError);
  });

  it('ExplainBreach: only the owner unit explains a recorded breach', () => {
    const late = after(DUE, 1000);
    const breached = [
      scheduled(),
      decided(),
      cmd('MarkActionItemOverdue', SYSTEM_ACTOR, { actionItemId: ACTION_ITEM, unitId: 'msb-erqi', dueAt: DUE }, late),
    ] as const;
    const explain = (actor = erqi, actionItemId = ACTION_ITEM) =>
      cmd('ExplainBreach', actor, { kind: 'action_item', actionItemId, reason: 'warehouse sealed by court' }, late);
    spec
      .givenCommands(...breached)
      .when(explain())
      .thenMatches((events) => {
        valid(events);
        expect(events[0]!.data).toMatchObject({
          kind: 'action_item',
          unitId: 'msb-erqi',
          actionItemId: ACTION_ITEM,
          dueAt: DUE,
          officerId: erqi.officerId,
        });
      });
    spec
      .givenCommands(...breached)
      .when(explain(zhongmu))
      .thenThrows(NotFoundError);
    spec
      .givenCommands(...breached)
      .when(explain(guancheng))
      .thenThrows(NotFoundError);
    spec.givenCommands(scheduled(), decided()).when(explain()).thenThrows(NotFoundError);
    spec
      .givenCommands(...breached)
      .when(cmd('ExplainBreach', erqi, { kind: 'action_item', actionItemId: ACTION_ITEM, reason: '' }, late))
      .thenThrows(ValidationError, refusal({ path: 'reason' }));
  });
});

describe('IssueRectificationOrder (ADR 0021)', () => {
  const lgo: Actor = { officerId: 'officer-city-lgo-gao', unitId: 'lgo-city', roles: ['coordinator'] };
  const lgoMeeting = scheduled({ convenerUnitId: 'lgo-city', invitedUnitIds: ['msb-erqi', 'msb-jinshui'] });
  const asLgo = { ...lgoMeeting, actor: lgo };
  const order = (actor = lgo, overrides: Partial<{ unitId: string; period: string; reasons: string[] }> = {}) =>
    cmd('IssueRectificationOrder', actor, {
      decisionId: 'decision-r',
      unitId: 'msb-erqi',
      period: '2026-11',
      reasons: ['on-time rate 50.0% below 90.0%'],
      note: '',
      ...overrides,
    });

  it('the leading-group office orders a problem unit to rectify: a decision with one action item due by the period rule', () => {
    const { events } = spec.givenCommands(asLgo).when(order()).decided();
    valid(events);
    // 30 days from Tuesday 1 December 2026: ends 31 December 24:00 in Zhengzhou (dueBy, ADR 0013).
    expect(events).toEqual([
      {
        type: 'DecisionRecorded',
        data: expect.objectContaining({
          decisionId: 'decision-r',
          actionItems: [
            expect.objectContaining({
              actionItemId: 'decision-r-1',
              ownerUnitId: 'msb-erqi',
              dueAt: '2026-12-31T16:00:00.000Z',
              dueRule: expect.stringContaining('rectification order decision-r-1 of the leading-group office lgo-city: 30 days from'),
            }),
          ],
        }),
      },
      {
        type: 'RectificationOrdered',
        data: expect.objectContaining({
          actionItemId: 'decision-r-1',
          unitId: 'msb-erqi',
          period: '2026-11',
          dueAt: '2026-12-31T16:00:00.000Z',
        }),
      },
    ]);
  });

  it('the order is an action item like any other: past its due date it breaches', () => {
    const late = '2027-01-01T00:00:00.000Z';
    const { events } = spec
      .givenCommands(asLgo, order())
      .when(
        cmd(
          'MarkActionItemOverdue',
          SYSTEM_ACTOR,
          { actionItemId: 'decision-r-1', unitId: 'msb-erqi', dueAt: '2026-12-31T16:00:00.000Z' },
          late,
        ),
      )
      .decided();
    expect(events).toEqual([
      { type: 'ActionItemOverdue', data: expect.objectContaining({ actionItemId: 'decision-r-1', unitId: 'msb-erqi' }) },
    ]);
  });

  it('refuses another convener unit, a unit not taking part, a bad period, no reasons, a closed meeting', () => {
    spec.givenCommands(scheduled()).when(order(jinshui)).thenThrows(ForbiddenError);
    spec
      .givenCommands(asLgo)
      .when(order(lgo, { unitId: 'msb-zhongmu', period: '2026-13', reasons: [] }))
      .thenThrows(ValidationError, (e) => expect(issuesOf(e)).toEqual(['unit_id', 'period', 'reasons']));
    spec
      .givenCommands(asLgo, cmd('CloseMeeting', lgo, {}))
      .when(order())
      .thenThrows(InvalidTransitionError);
    spec.givenCommands(asLgo).when(order(erqi)).thenThrows(ForbiddenError);
  });
});
