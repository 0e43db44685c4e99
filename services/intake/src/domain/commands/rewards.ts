import { intakeEvent, type IntakeEvent, isLeadingGroupCoordinator, mayAct, visibility } from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import { reporterAccess, type ReportState } from '../report';
import { contractIssues, fail, type IntakeDeciderDependencies, nonEmpty } from '../rules';
import type { CommandOf } from '.';

/** ProposeReward (the leads topic): the lead the report became ended in a penalty or a criminal case; one reward per report. */
export function proposeReward(c: CommandOf<'ProposeReward'>, state: ReportState): IntakeEvent {
  fail(contractIssues(c));
  if ((state.status !== 'converted' && state.status !== 'concluded') || state.leadId !== c.leadId)
    throw new InvalidTransitionError(`the report is ${state.status}, not converted into ${c.leadId}`, state.status);
  if (state.rewardStatus !== 'none') throw new InvalidTransitionError(`a reward was ${state.rewardStatus} already`, state.rewardStatus);
  return intakeEvent('RewardProposed', { leadId: c.leadId, basis: c.basis, sourceEventId: c.sourceEventId, at: c.now });
}

function office(c: CommandOf<'ApproveReward' | 'DeclineReward'>, state: ReportState, deps: IntakeDeciderDependencies) {
  if (!state.reportId || !state.reward) throw new NotFoundError('reward', c.streamId);
  if (!isLeadingGroupCoordinator(c.actor, deps.directory))
    throw new ForbiddenError('only a coordinator of the leading-group office approves or declines a reward');
  if (state.rewardStatus !== 'proposed')
    throw new InvalidTransitionError(`the reward is ${state.rewardStatus}, not proposed`, state.rewardStatus);
  fail(contractIssues(c));
}

/** ApproveReward: the office sets the amount. */
export function approveReward(c: CommandOf<'ApproveReward'>, state: ReportState, deps: IntakeDeciderDependencies): IntakeEvent {
  office(c, state, deps);
  return intakeEvent('RewardApproved', {
    amountYuan: c.amountYuan,
    note: c.note.trim(),
    unitId: c.actor.unitId,
    officerId: c.actor.officerId,
    at: c.now,
  });
}

export function declineReward(c: CommandOf<'DeclineReward'>, state: ReportState, deps: IntakeDeciderDependencies): IntakeEvent {
  office(c, state, deps);
  if (!nonEmpty(c.reason)) throw ValidationError.field('reason', 'required');
  return intakeEvent('RewardDeclined', { reason: c.reason.trim(), unitId: c.actor.unitId, officerId: c.actor.officerId, at: c.now });
}

/**
 * RecordRewardPayment: a named screening officer of the unit (only they know who the reporter is)
 * records the payment of the approved amount with its reference.
 */
export function recordRewardPayment(c: CommandOf<'RecordRewardPayment'>, state: ReportState): IntakeEvent {
  if (!state.reportId || !state.reward || visibility(reporterAccess(state), c.actor) !== 'visible')
    throw new NotFoundError('reward', c.streamId);
  if (!mayAct(c.actor)) throw new ForbiddenError('only liaison officers and coordinators record a payment');
  if (state.rewardStatus !== 'approved')
    throw new InvalidTransitionError(`the reward is ${state.rewardStatus}, not approved`, state.rewardStatus);
  fail(contractIssues(c));
  if (c.amountYuan !== state.reward.amountYuan)
    throw ValidationError.field('amount_yuan', `the approved amount is ${state.reward.amountYuan} yuan`);
  if (!nonEmpty(c.reference)) throw ValidationError.field('reference', 'required: the payment’s reference');
  return intakeEvent('RewardPaid', {
    amountYuan: c.amountYuan,
    reference: c.reference.trim(),
    unitId: c.actor.unitId,
    officerId: c.actor.officerId,
    at: c.now,
  });
}
