import { describe, expect, it } from '@jest/globals';
import { type Actor, intakeEvents, loadDirectory } from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import { DeciderSpecification } from '@liaison/platform/testing';
import { type IntakeCommand, SYSTEM_ACTOR } from '../src/domain/commands';
import { publicStatusOf, PUBLIC_ACTOR } from '../src/domain/report';
import { createReportDecider } from '../src/domain/report-decider';
import { rewardVisible } from '../src/domain/rewards';

/** 有奖举报 (ADR 0031): the reward workflow on a report's stream, decided purely. */
const directory = loadDirectory();
const actor = (officerId: string): Actor => {
  const o = directory.officer(officerId)!;
  return { officerId: o.officerId, unitId: o.unitId, roles: o.roles, ...(o.clearance ? { clearance: o.clearance } : {}) };
};
const li = actor('officer-jinshui-msb-li'); // named screening officer
const zhao = actor('officer-jinshui-msb-zhao'); // same unit, not named
const wang = actor('officer-erqi-msb-wang');
const feng = actor('officer-city-lgo-feng'); // leading-group office coordinator

const REPORT = 'report-00000000-0000-4000-8000-000000000001';
const LEAD = 'lead-00000000-0000-4000-8000-00000000000a';
const SOURCE = '00000000-0000-4000-8000-0000000000ee';
const T0 = '2026-03-01T08:00:00.000Z';
const spec = DeciderSpecification.for(createReportDecider({ directory }), { streamId: REPORT });
const stamp = (a: Actor) => ({ streamId: REPORT, actor: a, now: T0 });

const submit: IntakeCommand = {
  type: 'SubmitReport',
  ...stamp(PUBLIC_ACTOR),
  category: 'trademark',
  what: 'Counterfeit handbags',
  where: { jurisdiction: 'jinshui', address: 'stall 7' },
  hasContact: true,
  receiptDigest: 'a'.repeat(64),
  routedToUnitId: 'msb-jinshui',
  screeningOfficerIds: [li.officerId],
  screeningDays: 7,
};
const convert: IntakeCommand = { type: 'ConvertReport', ...stamp(zhao), leadId: LEAD };
const propose = (by: Actor = SYSTEM_ACTOR, leadId = LEAD): IntakeCommand => ({
  type: 'ProposeReward',
  ...stamp(by),
  leadId,
  basis: 'administrative_penalty',
  sourceEventId: SOURCE,
});
const approve = (by: Actor = feng, amountYuan = 2_000): IntakeCommand => ({
  type: 'ApproveReward',
  ...stamp(by),
  amountYuan,
  note: 'per the rules',
});
const decline = (by: Actor = feng): IntakeCommand => ({ type: 'DeclineReward', ...stamp(by), reason: 'the report added nothing' });
const pay = (by: Actor = li, amountYuan = 2_000): IntakeCommand => ({
  type: 'RecordRewardPayment',
  ...stamp(by),
  amountYuan,
  reference: 'voucher 2026-0042',
});

describe('rewards for reports (有奖举报)', () => {
  it('proposed by the service on a converted report, approved by the office, paid by the named officer; each step with its actor', () => {
    const { events, state } = spec.givenCommands(submit, convert, propose(), approve()).when(pay()).decided();
    for (const e of events) expect(intakeEvents.validate(e.type, e.data)).toMatchObject({ ok: true });
    expect(state.rewardStatus).toBe('paid');
    expect(state.reward).toMatchObject({
      basis: 'administrative_penalty',
      leadId: LEAD,
      amountYuan: 2_000,
      paymentReference: 'voucher 2026-0042',
    });
    expect(state.reward!.history.map((h) => [h.type, h.unitId, h.officerId])).toEqual([
      ['RewardProposed', SYSTEM_ACTOR.unitId, SYSTEM_ACTOR.officerId],
      ['RewardApproved', 'lgo-city', feng.officerId],
      ['RewardPaid', 'msb-jinshui', li.officerId],
    ]);
    // The reporter sees that a reward exists and its status, nothing more.
    expect(publicStatusOf(state)).toEqual({
      status: 'converted',
      reason: '',
      submittedAt: T0,
      updatedAt: T0,
      rewardStatus: 'paid',
      attachmentCount: 0,
    });
  });

  it('only the service proposes, once, and only for the lead the report became', () => {
    spec.givenCommands(submit, convert).when(propose(li)).thenThrows(ForbiddenError);
    spec.givenCommands(submit).when(propose()).thenThrows(InvalidTransitionError);
    spec
      .givenCommands(submit, convert)
      .when(propose(SYSTEM_ACTOR, 'lead-00000000-0000-4000-8000-00000000000b'))
      .thenThrows(InvalidTransitionError);
    spec.givenCommands(submit, convert, propose()).when(propose()).thenThrows(InvalidTransitionError);
  });

  it('only a coordinator of the leading-group office approves or declines; a declined reward is not paid', () => {
    spec.givenCommands(submit, convert, propose()).when(approve(li)).thenThrows(ForbiddenError);
    spec.givenCommands(submit, convert, propose()).when(approve(zhao)).thenThrows(ForbiddenError);
    spec.givenCommands(submit, convert).when(approve()).thenThrows(NotFoundError);
    spec.givenCommands(submit, convert, propose(), decline()).when(pay()).thenThrows(InvalidTransitionError);
    spec.givenCommands(submit, convert, propose(), decline()).when(approve()).thenThrows(InvalidTransitionError);
  });

  it('the payment: a named screening officer only (others of the unit and other units: not found), of the approved amount', () => {
    spec.givenCommands(submit, convert, propose(), approve()).when(pay(zhao)).thenThrows(NotFoundError);
    spec.givenCommands(submit, convert, propose(), approve()).when(pay(wang)).thenThrows(NotFoundError);
    spec.givenCommands(submit, convert, propose()).when(pay()).thenThrows(InvalidTransitionError);
    spec.givenCommands(submit, convert, propose(), approve()).when(pay(li, 3_000)).thenThrows(ValidationError);
  });

  it('the reward is visible to the named screening officers and the office only', () => {
    const { state } = spec.givenCommands(submit, convert).when(propose()).decided();
    expect([li, feng, zhao, wang].map((a) => rewardVisible(state, a, directory))).toEqual([true, true, false, false]);
  });
});
