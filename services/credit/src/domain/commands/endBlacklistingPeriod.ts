import { creditEvent, type CreditEvent } from '@liaison/contracts';
import { InvalidTransitionError, NotFoundError } from '@liaison/platform';
import { type BlacklistingState, inForce } from '../blacklisting';
import type { CommandOf } from '.';

/**
 * EndBlacklistingPeriod (the period scheduler): a blacklisting in force whose period has ended
 * is removed. The scheduler names the end it saw: a blacklisting no longer in force, or one
 * whose end is not yet reached, is refused (nothing to do).
 */
export function endBlacklistingPeriod(c: CommandOf<'EndBlacklistingPeriod'>, state: BlacklistingState): CreditEvent {
  if (!state.blacklistingId) throw new NotFoundError('blacklisting', c.streamId);
  if (!inForce(state)) throw new InvalidTransitionError(`the blacklisting is ${state.status}`, state.status);
  if (state.publishedUntil !== c.publishedUntil || Date.parse(state.publishedUntil) > Date.parse(c.now))
    throw new InvalidTransitionError('the publication period has not ended', state.status);
  return creditEvent('BlacklistingRemoved', { reason: 'period_ended', officerId: '', at: c.now });
}
