import { creditEvent, type CreditEvent, mayDisclose } from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import type { BlacklistingState } from '../blacklisting';
import { contractIssues, type CreditDeciderDependencies, fail, isLeadingGroupCoordinator, nonEmpty } from '../rules';
import type { CommandOf } from '.';

const DAY_MS = 86_400_000;

/** The leading-group office's coordinator decides; it must be able to see what the grounds rest on. */
function reviewer(c: CommandOf<'ApproveBlacklisting' | 'RejectBlacklisting'>, state: BlacklistingState, deps: CreditDeciderDependencies) {
  if (!state.blacklistingId) throw new NotFoundError('blacklisting', c.streamId);
  if (!isLeadingGroupCoordinator(c.actor, deps.directory))
    throw new ForbiddenError('only a coordinator of the leading-group office approves or rejects a blacklisting');
  if (state.status !== 'proposed') throw new InvalidTransitionError(`the blacklisting is ${state.status}, not proposed`, state.status);
  if (!mayDisclose(state.citedAccess, c.actor))
    throw new ForbiddenError('the cited entries are not visible to the leading-group office: the proposer must cite entries it may see');
  fail(contractIssues(c));
}

/** ApproveBlacklisting: published from now for the period proposed; it ends by itself at publishedUntil. */
export function approveBlacklisting(
  c: CommandOf<'ApproveBlacklisting'>,
  state: BlacklistingState,
  deps: CreditDeciderDependencies,
): CreditEvent {
  reviewer(c, state, deps);
  const publishedUntil = new Date(Date.parse(c.now) + state.periodDays * DAY_MS).toISOString();
  return creditEvent('BlacklistingApproved', {
    unitId: c.actor.unitId,
    officerId: c.actor.officerId,
    note: c.note.trim(),
    publishedFrom: c.now,
    publishedUntil,
    at: c.now,
  });
}

export function rejectBlacklisting(
  c: CommandOf<'RejectBlacklisting'>,
  state: BlacklistingState,
  deps: CreditDeciderDependencies,
): CreditEvent {
  reviewer(c, state, deps);
  if (!nonEmpty(c.reason)) throw ValidationError.field('reason', 'required');
  return creditEvent('BlacklistingRejected', { unitId: c.actor.unitId, officerId: c.actor.officerId, reason: c.reason.trim(), at: c.now });
}
