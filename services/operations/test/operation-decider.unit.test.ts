import { describe, expect, it } from '@jest/globals';
import { refusal } from '@liaison/platform/testing';
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import { SYSTEM_ACTOR } from '../src/domain/commands';
import { OPERATION_LIMITS, operationEvents } from '@liaison/contracts';
import type { ConflictMatch } from '../src/domain/model';
import { evolveOperationView } from '../src/projections/operation-view';
import {
  analyst,
  cmd,
  erqi,
  spec,
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
  zhongmu,
} from './operation-fixtures';

const later = (ms: number) => new Date(Date.parse(T0) + ms).toISOString();
const HOUR = 3_600_000;

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
  matchedOn: '91410105MA1234567T',
  pointerOnly: false,
  ...overrides,
});

describe('ProposeOperation', () => {
  it('records OperationProposed with the lead unit and proposer from the actor', () => {
    const events = spec.givenCommands().when(proposed()).decided().events;
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
    const events = spec
      .givenCommands()
      .when(proposed({ conflicts: [conflict(), conflict()] }))
      .decided().events;
    expect(events.map((e) => e.type)).toEqual(['OperationProposed', 'DeconflictionAlertRaised']);
    valid(events);
  });

  it('refuses a window that ends before it starts, naming the field', () => {
    spec
      .givenCommands()
      .when(proposed({ window: { startsAt: '2026-03-06T04:00:00Z', endsAt: '2026-03-05T20:00:00Z' } }))
      .thenThrows(ValidationError, refusal({ path: 'window.ends_at' }));
  });

  it('names every offending field', () => {
    let paths: string[] = [];
    try {
      spec
        .givenCommands()
        .when(
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
        )
        .decided();
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
    spec
      .givenCommands()
      .when(cmd('ProposeOperation', analyst, proposePayload()))
      .thenThrows(ForbiddenError);
    spec
      .givenCommands(proposed())
      .when(proposed())
      .thenThrows(InvalidTransitionError, refusal({ status: 'proposed' }));
  });
});

describe('invitations', () => {
  it('InviteUnits gives each unit a 3-day limit, 2 hours for an emergency', () => {
    const [normal] = spec.givenCommands(proposed()).when(invited('msb-erqi', 'msb-zhongmu')).decided().events;
    expect(normal).toEqual({
      type: 'UnitsInvited',
      data: expect.objectContaining({ unitIds: ['msb-erqi', 'msb-zhongmu'], respondBy: later(72 * HOUR) }),
    });
    const [urgent] = spec
      .givenCommands(proposed({ urgency: 'emergency' }))
      .when(invited('msb-erqi'))
      .decided().events;
    expect(urgent!.data).toMatchObject({ respondBy: later(2 * HOUR) });
    valid([normal!, urgent!]);
  });

  it('refuses unknown units, the lead unit itself and units already invited', () => {
    spec
      .givenCommands(proposed())
      .when(invited('msb-nowhere'))
      .thenThrows(ValidationError, refusal({ path: 'unit_ids[0]' }));
    spec
      .givenCommands(proposed())
      .when(invited('msb-jinshui'))
      .thenThrows(ValidationError, refusal({ path: 'unit_ids[0]' }));
    spec
      .givenCommands(proposed(), invited('msb-erqi'))
      .when(invited('msb-erqi'))
      .thenThrows(ValidationError, refusal({ path: 'unit_ids[0]' }));
    spec
      .givenCommands(proposed(), invited('msb-erqi'))
      .when(cmd('InviteUnits', erqi, { unitIds: ['msb-zhongmu'], message: '', namedOfficerIds: [] }))
      .thenThrows(ForbiddenError);
  });

  it('an invited unit joins or declines with a reason, once', () => {
    const op = spec.givenCommands(proposed(), invited('msb-erqi', 'msb-zhongmu'));
    expect(op.when(joined(erqi)).decided().events).toEqual([{ type: 'OperationJoined', data: { unitId: 'msb-erqi', at: T0 } }]);
    expect(op.when(cmd('DeclineInvitation', zhongmu, { reason: 'no staff that night' })).decided().events[0]!.data).toMatchObject({
      unitId: 'msb-zhongmu',
      reason: 'no staff that night',
    });
    op.when(cmd('DeclineInvitation', zhongmu, { reason: ' ' })).thenThrows(ValidationError, refusal({ path: 'reason' }));
    spec
      .givenCommands(proposed(), invited('msb-erqi'), joined(erqi))
      .when(joined(erqi))
      .thenThrows(
        InvalidTransitionError,
        refusal({
          status: 'joined',
        }),
      );
  });

  it('refuses a join without an invitation (GREEN: visible, but not invited)', () => {
    const op = spec.givenCommands(
      proposed({ handling: { code: 'GREEN', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] } }),
      invited('msb-erqi'),
    );
    op.when(joined(guancheng)).thenThrows(InvalidTransitionError, refusal({ status: 'not_invited' }));
  });

  it('refuses a join by a unit that may not even see the AMBER operation', () => {
    spec.givenCommands(proposed(), invited('msb-erqi')).when(joined(guancheng)).thenThrows(ForbiddenError);
  });

  it('AMBER+STRICT hides the operation from outsiders (404)', () => {
    const strict = proposed({
      handling: { code: 'AMBER+STRICT', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
    });
    spec.givenCommands(strict).when(joined(guancheng)).thenThrows(NotFoundError);
  });
});

describe('tasks', () => {
  const base = () => spec.givenCommands(proposed(), invited('msb-erqi', 'msb-zhongmu'), joined(erqi));

  it('assigns a task to a participant unit; that unit completes it', () => {
    const assign = cmd('AssignTask', jinshui, {
      taskId: 'task-1',
      unitId: 'msb-erqi',
      description: 'Search warehouse B',
      dueAt: '2026-03-05T22:00:00+08:00',
    });
    const [assigned] = base().when(assign).decided().events;
    expect(assigned).toEqual({
      type: 'TaskAssigned',
      data: {
        taskId: 'task-1',
        unitId: 'msb-erqi',
        description: 'Search warehouse B',
        dueAt: '2026-03-05T14:00:00.000Z',
        dueRule: 'operation task task-1: due 2026-03-05 22:00 (Asia/Shanghai) as set by the lead unit msb-jinshui',
      },
    });
    const op = spec.givenCommands(proposed(), invited('msb-erqi'), joined(erqi), assign);
    expect(op.when(cmd('CompleteTask', erqi, { taskId: 'task-1', note: 'done' })).decided().events[0]!.type).toBe('TaskCompleted');
    op.when(cmd('CompleteTask', jinshui, { taskId: 'task-1', note: '' })).thenThrows(ForbiddenError);
    op.when(cmd('CompleteTask', erqi, { taskId: 'task-9', note: '' })).thenThrows(ValidationError, refusal({ path: 'task_id' }));
  });

  it('refuses tasks for units that did not join', () => {
    base()
      .when(cmd('AssignTask', jinshui, { taskId: 't', unitId: 'msb-zhongmu', description: 'x', dueAt: '' }))
      .thenThrows(ValidationError, refusal({ path: 'unit_id' }));
    base()
      .when(cmd('AssignTask', jinshui, { taskId: 't', unitId: 'msb-nowhere', description: 'x', dueAt: '' }))
      .thenThrows(ValidationError, refusal({ path: 'unit_id' }));
  });
});

describe('lifecycle', () => {
  const running = () => spec.givenCommands(proposed(), invited('msb-erqi'), joined(erqi), launched());
  const report = (actor = erqi) =>
    cmd('ReportProgress', actor, {
      seizures: [{ goods: 'Moutai 53%', quantity: 600, unitOfMeasure: 'bottles', valueYuan: 180000 }],
      inspections: 3,
      arrests: 2,
      notes: '',
    });

  it('launch → progress by participants → conclude', () => {
    expect(spec.givenCommands(proposed()).when(launched()).decided().events).toEqual([{ type: 'OperationLaunched', data: { at: T0 } }]);
    expect(running().when(report()).decided().events[0]).toMatchObject({
      type: 'ProgressReported',
      data: { unitId: 'msb-erqi', inspections: 3, arrests: 2 },
    });
    expect(
      running()
        .when(cmd('Conclude', jinshui, { summary: '600 bottles seized', results: '2 arrests, 1 case transferred' }))
        .decided().events[0]!.type,
    ).toBe('OperationConcluded');
  });

  it('refuses progress before launch, naming the status', () => {
    spec
      .givenCommands(proposed(), invited('msb-erqi'), joined(erqi))
      .when(report())
      .thenThrows(
        InvalidTransitionError,
        refusal({
          status: 'proposed',
        }),
      );
  });

  it('refuses progress from a unit that only was invited, and bad figures', () => {
    const op = spec.givenCommands(proposed(), invited('msb-erqi', 'msb-zhongmu'), joined(erqi), launched());
    op.when(report(zhongmu)).thenThrows(ForbiddenError);
    op.when(
      cmd('ReportProgress', erqi, {
        seizures: [{ goods: '', quantity: -1, unitOfMeasure: '', valueYuan: -5 }],
        inspections: 1.5,
        arrests: 0,
        notes: '',
      }),
    ).thenThrows(ValidationError, refusal({ path: 'seizures[0].value_yuan' }));
  });

  it('refuses conclude before launch, and everything after cancel', () => {
    spec
      .givenCommands(proposed())
      .when(cmd('Conclude', jinshui, { summary: 's', results: '' }))
      .thenThrows(
        InvalidTransitionError,
        refusal({
          status: 'proposed',
        }),
      );
    const cancelled = spec.givenCommands(proposed(), cmd('Cancel', jinshui, { reason: 'target moved' }));
    cancelled.when(cmd('Conclude', jinshui, { summary: 's', results: '' })).thenThrows(
      InvalidTransitionError,
      refusal({
        status: 'cancelled',
      }),
    );
    cancelled.when(launched()).thenThrows(InvalidTransitionError, refusal({ status: 'cancelled' }));
    const concluded = spec.givenCommands(proposed(), launched(), cmd('Conclude', jinshui, { summary: 's', results: '' }));
    concluded.when(cmd('Cancel', jinshui, { reason: 'x' })).thenThrows(InvalidTransitionError, refusal({ status: 'concluded' }));
  });

  it('reschedule needs a valid, different window; only the lead unit reschedules', () => {
    const op = spec.givenCommands(proposed(), invited('msb-erqi'), joined(erqi));
    const w = { startsAt: '2026-03-07T20:00:00Z', endsAt: '2026-03-08T04:00:00Z' };
    expect(op.when(cmd('Reschedule', jinshui, { window: w, reason: 'weather', conflicts: [] })).decided().events[0]).toMatchObject({
      type: 'OperationRescheduled',
      data: { window: { startsAt: '2026-03-07T20:00:00.000Z' } },
    });
    op.when(cmd('Reschedule', jinshui, { window: { startsAt: w.endsAt, endsAt: w.startsAt }, reason: '', conflicts: [] })).thenThrows(
      ValidationError,
      refusal({ path: 'window.ends_at' }),
    );
    op.when(cmd('Reschedule', erqi, { window: w, reason: '', conflicts: [] })).thenThrows(ForbiddenError);
  });
});

describe('deconfliction on the operation', () => {
  it('RaiseConflict is internal and recorded once', () => {
    const op = spec.givenCommands(proposed());
    op.when(cmd('RaiseConflict', jinshui, { conflict: conflict() })).thenThrows(ForbiddenError);
    expect(op.when(cmd('RaiseConflict', SYSTEM_ACTOR, { conflict: conflict() })).decided().events[0]!.type).toBe(
      'DeconflictionAlertRaised',
    );
    spec
      .givenCommands(proposed(), cmd('RaiseConflict', SYSTEM_ACTOR, { conflict: conflict() }))
      .when(cmd('RaiseConflict', SYSTEM_ACTOR, { conflict: conflict() }))
      .thenThrows(InvalidTransitionError);
  });

  it('ResolveConflict: act_jointly invites the other unit, cancel cancels, a second resolution is refused', () => {
    const op = spec.givenCommands(proposed({ conflicts: [conflict()] }));
    expect(
      op
        .when(cmd('ResolveConflict', jinshui, { conflictId: 'conflict-1', outcome: 'act_jointly', note: 'one raid', window: null }))
        .decided()
        .events.map((e) => e.type),
    ).toEqual(['DeconflictionConflictResolved', 'UnitsInvited']);
    expect(
      op
        .when(cmd('ResolveConflict', jinshui, { conflictId: 'conflict-1', outcome: 'cancel', note: '', window: null }))
        .decided()
        .events.map((e) => e.type),
    ).toEqual(['DeconflictionConflictResolved', 'OperationCancelled']);
    op.when(cmd('ResolveConflict', jinshui, { conflictId: 'conflict-1', outcome: 'ignore', note: '', window: null })).thenThrows(
      ValidationError,
      refusal({ path: 'outcome' }),
    );
    op.when(cmd('ResolveConflict', jinshui, { conflictId: 'conflict-9', outcome: 'proceed', note: '', window: null })).thenThrows(
      ValidationError,
      refusal({ path: 'conflict_id' }),
    );
    const resolved = spec.givenCommands(
      proposed({ conflicts: [conflict()] }),
      cmd('ResolveConflict', jinshui, { conflictId: 'conflict-1', outcome: 'proceed', note: '', window: null }),
    );
    resolved
      .when(cmd('ResolveConflict', jinshui, { conflictId: 'conflict-1', outcome: 'delay', note: '', window: null }))
      .thenThrows(InvalidTransitionError, refusal({ status: 'resolved' }));
  });
});

describe('MarkInvitationOverdue', () => {
  const dueAt = later(2 * HOUR);
  const urgent = () => spec.givenCommands(proposed({ urgency: 'emergency' }), invited('msb-erqi'));

  it('records a breach once, only when due and still unanswered', () => {
    const mark = (now: string) => cmd('MarkInvitationOverdue', SYSTEM_ACTOR, { unitId: 'msb-erqi', dueAt }, now);
    expect(
      urgent()
        .when(mark(later(3 * HOUR)))
        .decided().events,
    ).toEqual([
      {
        type: 'InvitationOverdue',
        data: {
          unitId: 'msb-erqi',
          dueAt,
          detectedAt: later(3 * HOUR),
          rule: 'emergency response to a joint operation: 2 hours from 2026-03-01 16:00 (Asia/Shanghai), counted in hours: holidays do not extend it',
        },
      },
    ]);
    urgent()
      .when(mark(later(HOUR)))
      .thenThrows(InvalidTransitionError, refusal({ status: 'pending' }));
    spec
      .givenCommands(proposed({ urgency: 'emergency' }), invited('msb-erqi'), joined(erqi))
      .when(mark(later(3 * HOUR)))
      .thenThrows(InvalidTransitionError, refusal({ status: 'joined' }));
    const breached = spec.givenCommands(proposed({ urgency: 'emergency' }), invited('msb-erqi'), mark(later(3 * HOUR)));
    breached.when(mark(later(4 * HOUR))).thenThrows(InvalidTransitionError, refusal({ status: 'overdue' }));
  });
});

describe('operation view', () => {
  it('folds participants, tasks, totals, conflicts and history', () => {
    const { history } = spec.givenCommands(
      proposed({ conflicts: [conflict()] }),
      invited('msb-erqi', 'msb-zhongmu'),
      joined(erqi),
      cmd('DeclineInvitation', zhongmu, { reason: 'busy' }),
      cmd('AssignTask', jinshui, { taskId: 'task-1', unitId: 'msb-erqi', description: 'search', dueAt: '' }),
      cmd('Launch', jinshui, { overrideReason: 'agreed with Guancheng by phone' }),
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
      // msb-zhongmu declined: it takes no further part.
      sharedWithUnitIds: ['msb-erqi'],
      totals: { reports: 2, seizureItems: 2, seizedValueYuan: 3000.75, inspections: 3, arrests: 1 },
      tasks: [expect.objectContaining({ taskId: 'task-1', status: 'open' })],
      conflicts: [expect.objectContaining({ conflictId: 'conflict-1', status: 'open', overrideReason: 'agreed with Guancheng by phone' })],
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
    const events = spec.givenCommands().when(draft).decided().events;
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
    expect(spec.givenCommands(draft).state.status).toBe('draft');
    spec.givenCommands(draft).when(draft).thenThrows(InvalidTransitionError);
    spec
      .givenCommands()
      .when({ ...draft, actor: jinshui })
      .thenThrows(ForbiddenError);
  });

  it('SubmitDraft by the lead unit needs a window and makes it proposed; other units are refused', () => {
    const op = spec.givenCommands(draft);
    op.when(cmd('SubmitDraft', jinshui, { window: { startsAt: window.endsAt, endsAt: window.startsAt }, conflicts: [] })).thenThrows(
      ValidationError,
      refusal({ path: 'window.ends_at' }),
    );
    op.when(cmd('SubmitDraft', jinshui, { window: { startsAt: '', endsAt: '' }, conflicts: [] })).thenThrows(
      ValidationError,
      refusal({
        path: 'window.starts_at',
      }),
    );
    const events = op.when(cmd('SubmitDraft', jinshui, { window, conflicts: [] })).decided().events;
    expect(events).toEqual([{ type: 'DraftSubmitted', data: { window, at: T0 } }]);
    valid(events);
    const submitted = spec.givenCommands(draft, cmd('SubmitDraft', jinshui, { window, conflicts: [] }));
    expect(submitted.state).toMatchObject({ status: 'proposed', window });
    submitted
      .when(cmd('SubmitDraft', jinshui, { window, conflicts: [] }))
      .thenThrows(InvalidTransitionError, refusal({ status: 'proposed' }));
  });

  it('other commands on a draft are refused naming status draft; Cancel discards it', () => {
    const op = spec.givenCommands(draft);
    op.when(cmd('InviteUnits', jinshui, { unitIds: ['msb-erqi'], message: '', namedOfficerIds: [] })).thenThrows(
      InvalidTransitionError,
      refusal({
        status: 'draft',
      }),
    );
    op.when(cmd('Launch', jinshui, { overrideReason: '' })).thenThrows(InvalidTransitionError, refusal({ status: 'draft' }));
    op.when(cmd('Reschedule', jinshui, { window, reason: '', conflicts: [] })).thenThrows(
      InvalidTransitionError,
      refusal({
        status: 'draft',
      }),
    );
    expect(op.when(cmd('Cancel', jinshui, { reason: 'not needed' })).decided().events[0]!.type).toBe('OperationCancelled');
  });

  it('the view starts from OperationDrafted and follows the submission', () => {
    const { history } = spec.givenCommands(draft, cmd('SubmitDraft', jinshui, { window, conflicts: [] }));
    const view = history.slice(0, 1).reduce(evolveOperationView, null)!;
    expect(view).toMatchObject({ status: 'draft', window: { startsAt: '', endsAt: '' }, linkedLeadIds: [LEAD] });
    expect(history.reduce(evolveOperationView, null)!).toMatchObject({ status: 'proposed', window });
  });
});

describe('the longest request the API allows is recorded (one contract: the event schemas accept it)', () => {
  const max = (n: number) => 'x'.repeat(n);
  const L = OPERATION_LIMITS;

  it('ProposeOperation with every text at its limit', () => {
    spec
      .givenCommands()
      .when(
        proposed({
          title: max(L.title),
          objective: max(L.objective),
          area: max(L.area),
          targets: [
            {
              subject: { enterpriseName: max(L.enterpriseName), creditCode: '', personName: max(L.personName) },
              place: { jurisdiction: 'erqi', address: max(L.address), coordinates: null },
            },
          ],
        }),
      )
      .thenMatches((events) => valid(events));
  });

  it('Conclude with a summary and results at their limits; one more character is refused naming the field', () => {
    const running = spec.givenCommands(proposed(), launched());
    running.when(cmd('Conclude', jinshui, { summary: max(L.summary), results: max(L.results) })).thenMatches((events) => valid(events));
    running
      .when(cmd('Conclude', jinshui, { summary: max(L.summary + 1), results: '' }))
      .thenThrows(ValidationError, refusal({ path: 'summary' }));
  });
});
