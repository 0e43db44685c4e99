import { leadEvent, type LeadEvent } from '@liaison/contracts';
import type { LeadState } from '../lead';
import { authorise, contractIssues, fail } from '../rules';
import type { CommandOf } from '.';

/** RegradeLead: the owner changes source reliability / information grade; the previous grading is kept. */
export function regradeLead(c: CommandOf<'RegradeLead'>, state: LeadState): LeadEvent {
  authorise(state, c, 'owner');
  fail(contractIssues(c));
  return leadEvent('LeadRegraded', { grading: c.grading, previous: state.grading, reason: c.reason });
}
