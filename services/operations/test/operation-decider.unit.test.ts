import { describe, expect, it } from '@jest/globals';
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import { SYSTEM_ACTOR } from '../src/domain/commands';
import { operationEvents } from '@liaison/contracts';
import type { ConflictMatch } from '../src/domain/model';
import { evolveOperationView } from '../src/projections/operation-view';
import {
  analyst,
  cmd,
  erqi,
  given,
  guancheng,
  invited,
  jinshui,
  joined,
  launched,
  LEAD,
  OP,
  OTHER_OP,
  proposed,
  proposePayload,
  T0,
  when,
  zhongmu,
} from './support/given';

const later = (ms: number) => new Date(Date.parse(T0) + ms).toISOString();
const HOUR = 3_600_000;

function refused(fn: () => unknown, type: new (...args: never[]) => Error, detail?: { path?: string; status?: string }) {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(type);
  if (detail?.path) expect((caught as ValidationError).issues.map((i) => i.path)).toContain(detail.path);
  if (detail?.status) expect((caught as InvalidTransitionError).currentStatus).toBe(detail.status);
}

const valid = (events: { type: string; data: unknown }[]) => {
  for (const e of events) expect(operationEvents.validate(e.type, e.data)).toMatchObject({ ok: true });
};

const conflict = (overrides: Partial<ConflictMatch> = {}): ConflictMatch => ({
  conflictId: 'conflict-1',
  otherKind: 'operation',
  otherId: OTHER_OP,
  otherOwnerUnitId: 'msb-guancheng',
  contactOfficerId: 'officer-guancheng-msb-ma',
  otherTitle: 'Guancheng sweep',
  otherWindow: { startsAt: '2026-03-05T22:00:00.000Z', endsAt: '2026-03-06T02:00:00.000Z' },
  reason: 'subject_credit_code',
  matchedOn: '91410105MA12345678',
  pointerOnly: false,
  ...overrides,
});

describe('ProposeOperation', () => {
  it('records OperationProposed with the lead unit and proposer from the actor', () => {
    const events = when(given().state, proposed());
    expect(events).toEqual([
      {
        type: 'OperationProposed',
        data: expect.objectContaining({
          operationId: OP,
          leadUnitId: 'msb-jinshui',
          proposedByOfficerId: jinshui.officerId,
          urgency: 'normal',
          proposedAt: T0,
        }),
      },
    ]);
    valid(events);
  });

  it('records deconfliction matches in the same commit', () => {
    const events = when(given().state, proposed({ conflicts: [conflict(), conflict()] }));
    expect(events.map((e) => e.type)).toEqual(['OperationProposed', 'DeconflictionAlertRaised']);
    valid(events);
  });

  it('refuses a window that ends before it starts, naming the field', () => {
    refused(
      () => when(given().state, proposed({ window: { startsAt: '2026-03-06T04:00:00Z', endsAt: '2026-03-05T20:00:00Z' } })),
      ValidationError,
      { path: 'window.ends_at' },
    );
  });

  it('names every offending field', () => {
    let paths: string[] = [];
    try {
      when(
        given().state,
        cmd(
          'ProposeOperation',
          jinshui,
          proposePayload({
            title: ' ',
            objective: '',
            targets: [
              {
                subject: { enterpriseName: '', creditCode: 'bad', personName: '' },
                place: { jurisdiction: 'atlantis', address: 'x', coordinates: null },
              },
            ],
            window: { startsAt: 'yesterday', endsAt: '' },
            linkedLeadIds: ['lead-1'],
            urgency: 'asap',
            handling: {
              code: 'PURPLE' as 'RED',
              noCourtUseWithoutConsent: false,
              noOnwardSharingWithoutConsent: false,
              namedOfficerIds: [],
            },
          }),
        ),
      );
    } catch (error) {
      paths = (error as ValidationError).issues.map((i) => i.path);
    }
    expect(paths).toEqual(
      expect.arrayContaining([
        'title',
        'objective',
        'targets[0].subject.credit_code',
        'targets[0].place.jurisdiction',
        'window.starts_at',
        'window.ends_at',
        'linked_lead_ids[0]',
        'urgency',
        'handling.code',
      ]),
    );
  });

  it('refuses analysts (read-only) and an existing operation', () => {
    refused(() => when(given().state, cmd('ProposeOperation', analyst, proposePayload())), ForbiddenError);
    refused(() => when(given(proposed()).state, proposed()), InvalidTransitionError, { status: 'proposed' });
  });
});

describe('invitations', () => {
  it('InviteUnits gives each unit a 3-day limit, 2 hours for an emergency', () => {
    const [normal] = when(given(proposed()).state, invited('msb-erqi', 'msb-zhongmu'));
    expect(normal).toEqual({
      type: 'UnitsInvited',
      data: expect.objectContaining({ unitIds: ['msb-erqi', 'msb-zhongmu'], respondBy: later(72 * HOUR) }),
    });
    const [urgent] = when(given(proposed({ urgency: 'emergency' })).state, invited('msb-erqi'));
    expect(urgent!.data).toMatchObject({ respondBy: later(2 * HOUR) });
    valid([normal!, urgent!]);
  });

  it('refuses unknown units, the lead unit itself and units already invited', () => {
    refused(() => when(given(proposed()).state, invited('msb-nowhere')), ValidationError, { path: 'unit_ids[0]' });
    refused(() => when(given(proposed()).state, invited('msb-jinshui')), ValidationError, { path: 'unit_ids[0]' });
    refused(() => when(given(proposed(), invited('msb-erqi')).state, invited('msb-erqi')), ValidationError, { path: 'unit_ids[0]' });
    refused(
      () => when(given(proposed(), invited('msb-erqi')).state, cmd('InviteUnits', erqi, { unitIds: ['msb-zhongmu'], message: '' })),
      ForbiddenError,
    );
  });

  it('an invited unit joins or declines with a reason, once', () => {
    const { state } = given(proposed(), invited('msb-erqi', 'msb-zhongmu'));
    expect(when(state, joined(erqi))).toEqual([{ type: 'OperationJoined', data: { unitId: 'msb-erqi', at: T0 } }]);
    expect(when(state, cmd('DeclineInvitation', zhongmu, { reason: 'no staff that night' }))[0]!.data).toMatchObject({
      unitId: 'msb-zhongmu',
      reason: 'no staff that night',
    });
    refused(() => when(state, cmd('DeclineInvitation', zhongmu, { reason: ' ' })), ValidationError, { path: 'reason' });
    refused(() => when(given(proposed(), invited('msb-erqi'), joined(erqi)).state, joined(erqi)), InvalidTransitionError, {
      status: 'joined',
    });
  });

  it('refuses a join without an invitation (GREEN: visible, but not invited)', () => {
    const { state } = given(
      proposed({ handling: { code: 'GREEN', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] } }),
      invited('msb-erqi'),
    );
    refused(() => when(state, joined(guancheng)), InvalidTransitionError, { status: 'not_invited' });
  });

  it('refuses a join by a unit that may not even see the AMBER operation', () => {
    refused(() => when(given(proposed(), invited('msb-erqi')).state, joined(guancheng)), ForbiddenError);
  });

  it('AMBER+STRICT hides the operation from outsiders (404)', () => {
    const strict = proposed({
      handling: { code: 'AMBER+STRICT', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
    });
    refused(() => when(given(strict).state, joined(guancheng)), NotFoundError);
  });
});

describe('tasks', () => {
  const base = () => given(proposed(), invited('msb-erqi', 'msb-zhongmu'), joined(erqi));

  it('assigns a task to a participant unit; that unit completes it', () => {
    const assign = cmd('AssignTask', jinshui, {
      taskId: 'task-1',
      unitId: 'msb-erqi',
      description: 'Search warehouse B',
      dueAt: '2026-03-05T22:00:00+08:00',
    });
    const [assigned] = when(base().state, assign);
    expect(assigned).toEqual({
      type: 'TaskAssigned',
      data: { taskId: 'task-1', unitId: 'msb-erqi', description: 'Search warehouse B', dueAt: '2026-03-05T14:00:00.000Z' },
    });
    const { state } = given(proposed(), invited('msb-erqi'), joined(erqi), assign);
    expect(when(state, cmd('CompleteTask', erqi, { taskId: 'task-1', note: 'done' }))[0]!.type).toBe('TaskCompleted');
    refused(() => when(state, cmd('CompleteTask', jinshui, { taskId: 'task-1', note: '' })), ForbiddenError);
    refused(() => when(state, cmd('CompleteTask', erqi, { taskId: 'task-9', note: '' })), ValidationError, { path: 'task_id' });
  });

  it('refuses tasks for units that did not join', () => {
    refused(
      () => when(base().state, cmd('AssignTask', jinshui, { taskId: 't', unitId: 'msb-zhongmu', description: 'x', dueAt: '' })),
      ValidationError,
      { path: 'unit_id' },
    );
    refused(
      () => when(base().state, cmd('AssignTask', jinshui, { taskId: 't', unitId: 'msb-nowhere', description: 'x', dueAt: '' })),
      ValidationError,
      { path: 'unit_id' },
    );
  });
});

describe('lifecycle', () => {
  const running = () => given(proposed(), invited('msb-erqi'), joined(erqi), launched());
  const report = (actor = erqi) =>
    cmd('ReportProgress', actor, {
      seizures: [{ goods: 'Moutai 53%', quantity: 600, unitOfMeasure: 'bottles', valueYuan: 180000 }],
      inspections: 3,
      arrests: 2,
      notes: '',
    });

  it('launch → progress by participants → conclude', () => {
    expect(when(given(proposed()).state, launched())).toEqual([{ type: 'OperationLaunched', data: { at: T0 } }]);
    expect(when(running().state, report())[0]).toMatchObject({
      type: 'ProgressReported',
      data: { unitId: 'msb-erqi', inspections: 3, arrests: 2 },
    });
    expect(
      when(running().state, cmd('Conclude', jinshui, { summary: '600 bottles seized', results: '2 arrests, 1 case transferred' }))[0]!.type,
    ).toBe('OperationConcluded');
  });

  it('refuses progress before launch, naming the status', () => {
    refused(() => when(given(proposed(), invited('msb-erqi'), joined(erqi)).state, report()), InvalidTransitionError, {
      status: 'proposed',
    });
  });

  it('refuses progress from a unit that only was invited, and bad figures', () => {
    const { state } = given(proposed(), invited('msb-erqi', 'msb-zhongmu'), joined(erqi), launched());
    refused(() => when(state, report(zhongmu)), ForbiddenError);
    refused(
      () =>
        when(
          state,
          cmd('ReportProgress', erqi, {
            seizures: [{ goods: '', quantity: -1, unitOfMeasure: '', valueYuan: -5 }],
            inspections: 1.5,
            arrests: 0,
            notes: '',
          }),
        ),
      ValidationError,
      { path: 'seizures[0].value_yuan' },
    );
  });

  it('refuses conclude before launch, and everything after cancel', () => {
    refused(() => when(given(proposed()).state, cmd('Conclude', jinshui, { summary: 's', results: '' })), InvalidTransitionError, {
      status: 'proposed',
    });
    const cancelled = given(proposed(), cmd('Cancel', jinshui, { reason: 'target moved' })).state;
    refused(() => when(cancelled, cmd('Conclude', jinshui, { summary: 's', results: '' })), InvalidTransitionError, {
      status: 'cancelled',
    });
    refused(() => when(cancelled, launched()), InvalidTransitionError, { status: 'cancelled' });
    const concluded = given(proposed(), launched(), cmd('Conclude', jinshui, { summary: 's', results: '' })).state;
    refused(() => when(concluded, cmd('Cancel', jinshui, { reason: 'x' })), InvalidTransitionError, { status: 'concluded' });
  });

  it('reschedule needs a valid, different window; only the lead unit reschedules', () => {
    const { state } = given(proposed(), invited('msb-erqi'), joined(erqi));
    const w = { startsAt: '2026-03-07T20:00:00Z', endsAt: '2026-03-08T04:00:00Z' };
    expect(when(state, cmd('Reschedule', jinshui, { window: w, reason: 'weather', conflicts: [] }))[0]).toMatchObject({
      type: 'OperationRescheduled',
      data: { window: { startsAt: '2026-03-07T20:00:00.000Z' } },
    });
    refused(
      () => when(state, cmd('Reschedule', jinshui, { window: { startsAt: w.endsAt, endsAt: w.startsAt }, reason: '', conflicts: [] })),
      ValidationError,
      { path: 'window.ends_at' },
    );
    refused(() => when(state, cmd('Reschedule', erqi, { window: w, reason: '', conflicts: [] })), ForbiddenError);
  });
});

describe('deconfliction on the operation', () => {
  it('RaiseConflict is internal and recorded once', () => {
    const { state } = given(proposed());
    refused(() => when(state, cmd('RaiseConflict', jinshui, { conflict: conflict() })), ForbiddenError);
    expect(when(state, cmd('RaiseConflict', SYSTEM_ACTOR, { conflict: conflict() }))[0]!.type).toBe('DeconflictionAlertRaised');
    refused(
      () =>
        when(
          given(proposed(), cmd('RaiseConflict', SYSTEM_ACTOR, { conflict: conflict() })).state,
          cmd('RaiseConflict', SYSTEM_ACTOR, { conflict: conflict() }),
        ),
      InvalidTransitionError,
    );
  });

  it('ResolveConflict: act_jointly invites the other unit, cancel cancels, a second resolution is refused', () => {
    const { state } = given(proposed({ conflicts: [conflict()] }));
    expect(
      when(state, cmd('ResolveConflict', jinshui, { conflictId: 'conflict-1', outcome: 'act_jointly', note: 'one raid' })).map(
        (e) => e.type,
      ),
    ).toEqual(['DeconflictionConflictResolved', 'UnitsInvited']);
    expect(
      when(state, cmd('ResolveConflict', jinshui, { conflictId: 'conflict-1', outcome: 'cancel', note: '' })).map((e) => e.type),
    ).toEqual(['DeconflictionConflictResolved', 'OperationCancelled']);
    refused(
      () => when(state, cmd('ResolveConflict', jinshui, { conflictId: 'conflict-1', outcome: 'ignore', note: '' })),
      ValidationError,
      { path: 'outcome' },
    );
    refused(
      () => when(state, cmd('ResolveConflict', jinshui, { conflictId: 'conflict-9', outcome: 'proceed', note: '' })),
      ValidationError,
      { path: 'conflict_id' },
    );
    const resolved = given(
      proposed({ conflicts: [conflict()] }),
      cmd('ResolveConflict', jinshui, { conflictId: 'conflict-1', outcome: 'proceed', note: '' }),
    ).state;
    refused(
      () => when(resolved, cmd('ResolveConflict', jinshui, { conflictId: 'conflict-1', outcome: 'delay', note: '' })),
      InvalidTransitionError,
      { status: 'resolved' },
    );
  });
});

describe('MarkInvitationOverdue', () => {
  const dueAt = later(2 * HOUR);
  const urgent = () => given(proposed({ urgency: 'emergency' }), invited('msb-erqi'));

  it('records a breach once, only when due and still unanswered', () => {
    const mark = (now: string) => cmd('MarkInvitationOverdue', SYSTEM_ACTOR, { unitId: 'msb-erqi', dueAt }, now);
    expect(when(urgent().state, mark(later(3 * HOUR)))).toEqual([
      { type: 'InvitationOverdue', data: { unitId: 'msb-erqi', dueAt, detectedAt: later(3 * HOUR) } },
    ]);
    refused(() => when(urgent().state, mark(later(HOUR))), InvalidTransitionError, { status: 'pending' });
    refused(
      () => when(given(proposed({ urgency: 'emergency' }), invited('msb-erqi'), joined(erqi)).state, mark(later(3 * HOUR))),
      InvalidTransitionError,
      { status: 'joined' },
    );
    const breached = given(proposed({ urgency: 'emergency' }), invited('msb-erqi'), mark(later(3 * HOUR))).state;
    refused(() => when(breached, mark(later(4 * HOUR))), InvalidTransitionError, { status: 'overdue' });
  });
});

describe('operation view', () => {
  it('folds participants, tasks, totals, conflicts and history', () => {
    const { history } = given(
      proposed({ conflicts: [conflict()] }),
      invited('msb-erqi', 'msb-zhongmu'),
      joined(erqi),
      cmd('DeclineInvitation', zhongmu, { reason: 'busy' }),
      cmd('AssignTask', jinshui, { taskId: 'task-1', unitId: 'msb-erqi', description: 'search', dueAt: '' }),
      launched(),
      cmd('ReportProgress', erqi, {
        seizures: [{ goods: 'liquor', quantity: 10, unitOfMeasure: 'bottles', valueYuan: 1000.5 }],
        inspections: 1,
        arrests: 0,
        notes: '',
      }),
      cmd('ReportProgress', jinshui, {
        seizures: [{ goods: 'labels', quantity: 5000, unitOfMeasure: 'pieces', valueYuan: 2000.25 }],
        inspections: 2,
        arrests: 1,
        notes: '',
      }),
    );
    const view = history.reduce(evolveOperationView, null)!;
    expect(view).toMatchObject({
      status: 'launched',
      participantUnitIds: ['msb-erqi'],
      sharedWithUnitIds: ['msb-erqi', 'msb-zhongmu'],
      totals: { reports: 2, seizureItems: 2, seizedValueYuan: 3000.75, inspections: 3, arrests: 1 },
      tasks: [expect.objectContaining({ taskId: 'task-1', status: 'open' })],
      conflicts: [expect.objectContaining({ conflictId: 'conflict-1', status: 'open' })],
    });
    expect(view.invitations.find((i) => i.unitId === 'msb-zhongmu')).toMatchObject({ status: 'declined', declineReason: 'busy' });
    expect(view.history).toHaveLength(history.length);
  });
});

describe('drafts from an escalated lead', () => {
  const draft = cmd('DraftOperationFromLead', SYSTEM_ACTOR, {
    leadUnitId: 'msb-jinshui',
    officerId: jinshui.officerId,
    title: 'Joint action: Counterfeit Moutai',
    objective: 'needs Erqi',
    targets: [
      {
        subject: { enterpriseName: 'Jiuxiang', creditCode: '', personName: '' },
        place: { jurisdiction: 'erqi', address: '18 Jiefang Road', coordinates: null },
      },
    ],
    window: null,
    handling: { code: 'AMBER', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
    fromLeadId: LEAD,
  });
  const window = { startsAt: '2026-03-05T08:00:00.000Z', endsAt: '2026-03-05T16:00:00.000Z' };

  it('DraftOperationFromLead records OperationDrafted for the lead owner, once; system only', () => {
    const events = when(given().state, draft);
    expect(events).toEqual([
      {
        type: 'OperationDrafted',
        data: expect.objectContaining({
          leadUnitId: 'msb-jinshui',
          proposedByOfficerId: jinshui.officerId,
          linkedLeadIds: [LEAD],
          window: null,
          fromLeadId: LEAD,
        }),
      },
    ]);
    valid(events);
    expect(given(draft).state.status).toBe('draft');
    refused(() => when(given(draft).state, draft), InvalidTransitionError);
    refused(() => when(given().state, { ...draft, actor: jinshui }), ForbiddenError);
  });

  it('SubmitDraft by the lead unit needs a window and makes it proposed; other units are refused', () => {
    const { state } = given(draft);
    refused(
      () => when(state, cmd('SubmitDraft', jinshui, { window: { startsAt: window.endsAt, endsAt: window.startsAt }, conflicts: [] })),
      ValidationError,
      { path: 'window.ends_at' },
    );
    refused(() => when(state, cmd('SubmitDraft', jinshui, { window: { startsAt: '', endsAt: '' }, conflicts: [] })), ValidationError, {
      path: 'window.starts_at',
    });
    const events = when(state, cmd('SubmitDraft', jinshui, { window, conflicts: [] }));
    expect(events).toEqual([{ type: 'DraftSubmitted', data: { window, at: T0 } }]);
    valid(events);
    const submitted = given(draft, cmd('SubmitDraft', jinshui, { window, conflicts: [] })).state;
    expect(submitted).toMatchObject({ status: 'proposed', window });
    refused(() => when(submitted, cmd('SubmitDraft', jinshui, { window, conflicts: [] })), InvalidTransitionError, { status: 'proposed' });
  });

  it('other commands on a draft are refused naming status draft; Cancel discards it', () => {
    const { state } = given(draft);
    refused(() => when(state, cmd('InviteUnits', jinshui, { unitIds: ['msb-erqi'], message: '' })), InvalidTransitionError, {
      status: 'draft',
    });
    refused(() => when(state, cmd('Launch', jinshui, {})), InvalidTransitionError, { status: 'draft' });
    refused(() => when(state, cmd('Reschedule', jinshui, { window, reason: '', conflicts: [] })), InvalidTransitionError, {
      status: 'draft',
    });
    expect(when(state, cmd('Cancel', jinshui, { reason: 'not needed' }))[0]!.type).toBe('OperationCancelled');
  });

  it('the view starts from OperationDrafted and follows the submission', () => {
    const { history } = given(draft, cmd('SubmitDraft', jinshui, { window, conflicts: [] }));
    const view = history.slice(0, 1).reduce(evolveOperationView, null)!;
    expect(view).toMatchObject({ status: 'draft', window: { startsAt: '', endsAt: '' }, linkedLeadIds: [LEAD] });
    expect(history.reduce(evolveOperationView, null)!).toMatchObject({ status: 'proposed', window });
  });
});
