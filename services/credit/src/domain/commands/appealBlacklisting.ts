import { creditEvent, type CreditEvent, type FieldIssue, mayAct } from '@liaison/contracts';
import { ForbiddenError, InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import type { BlacklistingState } from '../blacklisting';
import { contractIssues, type CreditDeciderDependencies, fail, isLeadingGroupCoordinator, nonEmpty } from '../rules';
import type { CommandOf } from '.';

/**
 * AppealBlacklisting: the subject's appeal against a published blacklisting, recorded by an
 * officer of the leading-group office or of the proposing unit (the subject has no account).
 * One appeal per blacklisting; it does not suspend the publication.
 */
export function appealBlacklisting(
  c: CommandOf<'AppealBlacklisting'>,
  state: BlacklistingState,
  deps: CreditDeciderDependencies,
): CreditEvent {
  if (!state.blacklistingId) throw new NotFoundError('blacklisting', c.streamId);
  const leadingGroup = deps.directory.unit(c.actor.unitId)?.leadingGroup === true;
  if (!mayAct(c.actor) || !(leadingGroup || c.actor.unitId === state.proposedByUnitId))
    throw new ForbiddenError('an appeal is recorded by an officer of the leading-group office or of the proposing unit');
  if (state.status !== 'published')
    throw new InvalidTransitionError(`the blacklisting is ${state.status}: only a published one is appealed`, state.status);
  if (state.appeal) throw new InvalidTransitionError('the blacklisting was appealed already', state.status);
  fail(contractIssues(c));
  const issues: FieldIssue[] = [];
  if (!nonEmpty(c.appellant)) issues.push({ path: 'appellant', message: 'required' });
  if (!nonEmpty(c.grounds)) issues.push({ path: 'grounds', message: 'required' });
  fail(issues);
  return creditEvent('BlacklistingAppealed', {
    appellant: c.appellant.trim(),
    grounds: c.grounds.trim(),
    unitId: c.actor.unitId,
    officerId: c.actor.officerId,
    at: c.now,
  });
}

/** DecideBlacklistingAppeal (leading-group office coordinator): upheld removes the blacklisting now. */
export function decideBlacklistingAppeal(
  c: CommandOf<'DecideBlacklistingAppeal'>,
  state: BlacklistingState,
  deps: CreditDeciderDependencies,
): CreditEvent[] {
  if (!state.blacklistingId) throw new NotFoundError('blacklisting', c.streamId);
  if (!isLeadingGroupCoordinator(c.actor, deps.directory))
    throw new ForbiddenError('only a coordinator of the leading-group office decides an appeal');
  if (state.status !== 'appealed') throw new InvalidTransitionError(`the blacklisting is ${state.status}, no appeal pending`, state.status);
  fail(contractIssues(c));
  if (!nonEmpty(c.reason)) throw ValidationError.field('reason', 'required');
  const decided = creditEvent('BlacklistingAppealDecided', {
    upheld: c.upheld,
    reason: c.reason.trim(),
    unitId: c.actor.unitId,
    officerId: c.actor.officerId,
    at: c.now,
  });
  return c.upheld
    ? [decided, creditEvent('BlacklistingRemoved', { reason: 'appeal_upheld', officerId: c.actor.officerId, at: c.now })]
    : [decided];
}
