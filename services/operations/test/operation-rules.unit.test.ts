import { describe, expect, it } from '@jest/globals';
import { type Actor, creditCodeFrom, operationEvents } from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import { refusal } from '@liaison/platform/testing';
import { SYSTEM_ACTOR } from '../src/domain/commands';
import type { ConflictMatch } from '../src/domain/model';
import { visibility } from '../src/domain/policy';
import { operationAccess } from '../src/domain/operation';
import {
  cmd,
  erqi,
  guancheng,
  invited,
  jinshui,
  joined,
  launched,
  LEAD,
  OTHER_OP,
  proposed,
  proposePayload,
  spec,
  zhongmu,
} from './operation-fixtures';

/** Issue 8's operations rules, given/when/then on the decider. */

const officer = (officerId: string, unitId: string, roles: Actor['roles'], clearance?: Actor['clearance']): Actor => ({
  officerId,
  unitId,
  roles,
  ...(clearance ? { clearance } : {}),
});
const jinshuiLiaison = officer('officer-jinshui-msb-li', 'msb-jinshui', ['liaison_officer']);
const erqiLiaison = officer('officer-erqi-msb-wang', 'msb-erqi', ['liaison_officer']);
const handling = (code: 'GREEN' | 'AMBER' | 'AMBER+STRICT' | 'RED', namedOfficerIds: string[] = []) => ({
  code,
  noCourtUseWithoutConsent: false,
  noOnwardSharingWithoutConsent: false,
  namedOfficerIds,
});
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
const leadConflict = conflict({
  conflictId: 'conflict-2',
  otherKind: 'lead',
  otherId: LEAD,
  otherOwnerUnitId: 'msb-zhongmu',
  contactOfficerId: 'officer-zhongmu-msb-liu',
  otherWindow: null,
});

describe('roles: the lead unit’s commands are the coordinator’s, invited units’ liaison officers answer and report', () => {
  it('a liaison officer of the lead unit may not propose, invite, assign, launch, conclude or cancel', () => {
    spec
      .givenCommands()
      .when(cmd('ProposeOperation', jinshuiLiaison, proposePayload()))
      .thenThrows(ForbiddenError);
    const op = spec.givenCommands(proposed());
    op.when(cmd('InviteUnits', jinshuiLiaison, { unitIds: ['msb-erqi'], message: '', namedOfficerIds: [] })).thenThrows(ForbiddenError);
    op.when(cmd('Launch', jinshuiLiaison, { overrideReason: '' })).thenThrows(ForbiddenError);
    op.when(cmd('Cancel', jinshuiLiaison, { reason: 'no' })).thenThrows(ForbiddenError);
    op.when(cmd('AssignTask', jinshuiLiaison, { taskId: 't', unitId: 'msb-jinshui', description: 'x', dueAt: '' })).thenThrows(
      ForbiddenError,
    );
    spec
      .givenCommands(proposed(), launched())
      .when(cmd('Conclude', jinshuiLiaison, { summary: 's', results: '' }))
      .thenThrows(ForbiddenError);
  });

  it('a liaison officer of an invited unit joins and reports progress; an analyst does neither', () => {
    const op = spec.givenCommands(proposed(), invited('msb-erqi'));
    expect(op.when(joined(erqiLiaison)).decided().events[0]!.type).toBe('OperationJoined');
    const running = spec.givenCommands(proposed(), invited('msb-erqi'), joined(erqi), launched());
    const report = { seizures: [], inspections: 1, arrests: 0, notes: '' };
    expect(running.when(cmd('ReportProgress', erqiLiaison, report)).decided().events[0]!.type).toBe('ProgressReported');
    const analyst = officer('officer-city-lgo-analyst', 'lgo-city', ['analyst'], 'AMBER');
    running.when(cmd('ReportProgress', analyst, report)).thenThrows(ForbiddenError);
  });

  it('admins, supervisors and procurators see no operation; analysts within their clearance', () => {
    const { state } = spec.givenCommands(proposed({ handling: handling('GREEN') }));
    const access = operationAccess(state);
    expect(visibility(access, officer('officer-city-lgo-admin', 'lgo-city', ['admin']))).toBe('forbidden');
    expect(visibility(access, officer('officer-city-supervision-wu', 'supervision-city', ['supervisor']))).toBe('forbidden');
    expect(visibility(access, officer('officer-city-procuratorate-zheng', 'procuratorate-city', ['procurator']))).toBe('forbidden');
    const amber = operationAccess(spec.givenCommands(proposed()).state);
    expect(visibility(amber, officer('officer-city-lgo-analyst', 'lgo-city', ['analyst'], 'AMBER'))).toBe('visible');
    expect(visibility(amber, officer('analyst-green', 'lgo-city', ['analyst']))).toBe('forbidden');
    const strict = operationAccess(spec.givenCommands(proposed({ handling: handling('AMBER+STRICT') })).state);
    expect(visibility(strict, officer('officer-city-procuratorate-zheng', 'procuratorate-city', ['procurator']))).toBe('hidden');
  });
});

describe('RED operations name officers of every unit invited', () => {
  const red = () => proposed({ handling: handling('RED', ['officer-jinshui-msb-zhao']) });

  it('refuses an invitation naming no officer of the unit, or an officer of another unit', () => {
    const op = spec.givenCommands(red());
    op.when(invited('msb-erqi')).thenThrows(ValidationError, refusal({ path: 'named_officer_ids' }));
    op.when(cmd('InviteUnits', jinshui, { unitIds: ['msb-erqi'], message: '', namedOfficerIds: ['officer-zhongmu-msb-liu'] })).thenThrows(
      ValidationError,
      refusal({ path: 'named_officer_ids[0]' }),
    );
  });

  it('the named officer then sees the operation and joins; an unnamed colleague of the unit does not see it', () => {
    const invite = cmd('InviteUnits', jinshui, { unitIds: ['msb-erqi'], message: '', namedOfficerIds: ['officer-erqi-msb-sun'] });
    const events = spec.givenCommands(red()).when(invite).decided().events;
    expect(events[0]!.data).toMatchObject({ namedOfficerIds: ['officer-erqi-msb-sun'] });
    valid(events);
    const op = spec.givenCommands(red(), invite);
    expect(op.state.handling.namedOfficerIds).toEqual(['officer-jinshui-msb-zhao', 'officer-erqi-msb-sun']);
    expect(op.when(joined(erqi)).decided().events[0]!.type).toBe('OperationJoined');
    op.when(joined(erqiLiaison)).thenThrows(NotFoundError);
  });

  it('other codes name nobody on invitation', () => {
    spec
      .givenCommands(proposed())
      .when(cmd('InviteUnits', jinshui, { unitIds: ['msb-erqi'], message: '', namedOfficerIds: ['officer-erqi-msb-sun'] }))
      .thenThrows(ValidationError, refusal({ path: 'named_officer_ids' }));
  });
});

describe('leaving stops access', () => {
  it('a unit that declined an AMBER operation may no longer see it, act on it or answer again', () => {
    const op = spec.givenCommands(proposed(), invited('msb-erqi', 'msb-zhongmu'), cmd('DeclineInvitation', erqi, { reason: 'busy' }));
    expect(visibility(operationAccess(op.state), erqi)).toBe('forbidden');
    expect(visibility(operationAccess(op.state), zhongmu)).toBe('visible');
    op.when(joined(erqi)).thenThrows(ForbiddenError);
    op.when(cmd('ReportProgress', erqi, { seizures: [], inspections: 1, arrests: 0, notes: '' })).thenThrows(ForbiddenError);
  });

  it('on a RED operation the declining unit’s named officers lose access with it', () => {
    const op = spec.givenCommands(
      proposed({ handling: handling('RED', ['officer-jinshui-msb-zhao']) }),
      cmd('InviteUnits', jinshui, { unitIds: ['msb-erqi'], message: '', namedOfficerIds: ['officer-erqi-msb-sun'] }),
    );
    const events = op.when(cmd('DeclineInvitation', erqi, { reason: 'busy' })).decided().events;
    expect(events[0]!.data).toMatchObject({ revokedOfficerIds: ['officer-erqi-msb-sun'] });
    valid(events);
    const declined = spec.givenCommands(
      proposed({ handling: handling('RED', ['officer-jinshui-msb-zhao']) }),
      cmd('InviteUnits', jinshui, { unitIds: ['msb-erqi'], message: '', namedOfficerIds: ['officer-erqi-msb-sun'] }),
      cmd('DeclineInvitation', erqi, { reason: 'busy' }),
    );
    expect(visibility(operationAccess(declined.state), erqi)).toBe('hidden');
    declined.when(joined(erqi)).thenThrows(NotFoundError);
  });

  it('on AMBER+STRICT the declined unit gets 404', () => {
    const op = spec.givenCommands(
      proposed({ handling: handling('AMBER+STRICT') }),
      invited('msb-erqi'),
      cmd('DeclineInvitation', erqi, { reason: 'busy' }),
    );
    op.when(joined(erqi)).thenThrows(NotFoundError);
  });
});

describe('launching over an unresolved conflict needs an override with a reason', () => {
  it('is refused with status unresolved_conflict, then recorded with the reason', () => {
    const op = spec.givenCommands(proposed({ conflicts: [conflict()] }));
    op.when(launched()).thenThrows(InvalidTransitionError, refusal({ status: 'unresolved_conflict' }));
    const events = op.when(cmd('Launch', jinshui, { overrideReason: 'target moves tonight' })).decided().events;
    expect(events).toEqual([
      { type: 'DeconflictionOverridden', data: { conflictIds: ['conflict-1'], reason: 'target moves tonight', at: expect.any(String) } },
      { type: 'OperationLaunched', data: { at: expect.any(String) } },
    ]);
    valid(events);
  });

  it('a resolved conflict does not stand in the way', () => {
    const events = spec
      .givenCommands(
        proposed({ conflicts: [conflict()] }),
        cmd('ResolveConflict', jinshui, { conflictId: 'conflict-1', outcome: 'proceed', note: '', window: null }),
      )
      .when(launched())
      .decided().events;
    expect(events.map((e) => e.type)).toEqual(['OperationLaunched']);
  });
});

describe('resolving as delay reschedules', () => {
  const op = () => spec.givenCommands(proposed({ conflicts: [conflict()] }));
  const later = { startsAt: '2026-03-08T20:00:00.000Z', endsAt: '2026-03-09T04:00:00.000Z' };

  it('needs a new, later window and applies it in the same commit', () => {
    op()
      .when(cmd('ResolveConflict', jinshui, { conflictId: 'conflict-1', outcome: 'delay', note: '', window: null }))
      .thenThrows(ValidationError, refusal({ path: 'window' }));
    op()
      .when(
        cmd('ResolveConflict', jinshui, {
          conflictId: 'conflict-1',
          outcome: 'delay',
          note: '',
          window: { startsAt: '2026-03-01T20:00:00.000Z', endsAt: '2026-03-02T04:00:00.000Z' },
        }),
      )
      .thenThrows(ValidationError, refusal({ path: 'window.starts_at' }));
    const events = op()
      .when(cmd('ResolveConflict', jinshui, { conflictId: 'conflict-1', outcome: 'delay', note: 'after theirs', window: later }))
      .decided().events;
    expect(events.map((e) => e.type)).toEqual(['DeconflictionConflictResolved', 'OperationRescheduled']);
    expect(events[1]!.data).toMatchObject({ window: later, reason: 'delayed' });
    valid(events);
  });

  it('only a delay carries a window', () => {
    op()
      .when(cmd('ResolveConflict', jinshui, { conflictId: 'conflict-1', outcome: 'proceed', note: '', window: later }))
      .thenThrows(ValidationError, refusal({ path: 'window' }));
  });
});

describe('the owner of a conflicting lead answers the alert (ResolveLeadConflict)', () => {
  const op = () => spec.givenCommands(proposed({ conflicts: [conflict(), leadConflict] }));
  const zhongmuLiaison = officer('officer-zhongmu-msb-liu', 'msb-zhongmu', ['liaison_officer']);

  it('records the resolution on the operation, by the lead owner’s unit', () => {
    const events = op()
      .when(cmd('ResolveLeadConflict', zhongmuLiaison, { conflictId: 'conflict-2', outcome: 'act_jointly', note: 'call us' }))
      .decided().events;
    expect(events).toEqual([
      {
        type: 'DeconflictionConflictResolved',
        data: expect.objectContaining({ conflictId: 'conflict-2', outcome: 'act_jointly', resolvedByUnitId: 'msb-zhongmu' }),
      },
    ]);
    valid(events);
  });

  it('is 404 to any other unit and for an operation–operation conflict; cancel is refused; once only', () => {
    op()
      .when(cmd('ResolveLeadConflict', guancheng, { conflictId: 'conflict-2', outcome: 'proceed', note: '' }))
      .thenThrows(NotFoundError);
    op()
      .when(cmd('ResolveLeadConflict', guancheng, { conflictId: 'conflict-1', outcome: 'proceed', note: '' }))
      .thenThrows(NotFoundError);
    op()
      .when(cmd('ResolveLeadConflict', zhongmu, { conflictId: 'conflict-2', outcome: 'cancel', note: '' }))
      .thenThrows(ValidationError, refusal({ path: 'outcome' }));
    spec
      .givenCommands(
        proposed({ conflicts: [leadConflict] }),
        cmd('ResolveLeadConflict', zhongmu, { conflictId: 'conflict-2', outcome: 'proceed', note: '' }),
      )
      .when(cmd('ResolveLeadConflict', zhongmu, { conflictId: 'conflict-2', outcome: 'delay', note: '' }))
      .thenThrows(InvalidTransitionError, refusal({ status: 'resolved' }));
  });

  it('a lead owner’s resolution lets the operation launch', () => {
    const events = spec
      .givenCommands(
        proposed({ conflicts: [leadConflict] }),
        cmd('ResolveLeadConflict', zhongmu, { conflictId: 'conflict-2', outcome: 'proceed', note: '' }),
      )
      .when(launched())
      .decided().events;
    expect(events.map((e) => e.type)).toEqual(['OperationLaunched']);
  });

  it('is not internal: the system actor gets 404 like any unit that is not the lead’s owner', () => {
    op()
      .when(cmd('ResolveLeadConflict', SYSTEM_ACTOR, { conflictId: 'conflict-2', outcome: 'proceed', note: '' }))
      .thenThrows(NotFoundError);
  });
});

describe('GB 32100-2015 check character on credit codes', () => {
  it('refuses a well-formed code whose check character is wrong, naming the field; accepts a computed one', () => {
    const target = (creditCode: string) => [
      { subject: { enterpriseName: '', creditCode, personName: '' }, place: proposePayload().targets[0]!.place },
    ];
    spec
      .givenCommands()
      .when(proposed({ targets: target('91410105MA12345678') }))
      .thenThrows(ValidationError, refusal({ path: 'targets[0].subject.credit_code' }));
    expect(
      spec
        .givenCommands()
        .when(proposed({ targets: target(creditCodeFrom('91410105MA1234567')) }))
        .decided().events,
    ).toHaveLength(1);
  });
});
