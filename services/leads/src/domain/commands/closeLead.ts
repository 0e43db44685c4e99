import { leadEvent, type LeadEvent } from '@liaison/contracts';
import type { LeadState } from '../lead';
import { authorise, contractIssues, fail } from '../rules';
import type { CommandOf } from '.';

/** CloseLead: the owner closes with an outcome; every open deadline is resolved. */
export function closeLead(c: CommandOf<'CloseLead'>, state: LeadState): LeadEvent {
  authorise(state, c, 'owner');
  fail(contractIssues(c));
  return leadEvent('LeadClosed', { outcome: c.outcome, summary: c.summary, at: c.now });
}
