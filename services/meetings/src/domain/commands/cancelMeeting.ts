import { meetingEvent, type MeetingEvent } from '@liaison/contracts';
import { InvalidTransitionError, ValidationError } from '@liaison/platform';
import type { MeetingState } from '../meeting';
import { authorise, contractIssues, fail, nonEmpty, requireScheduled } from '../rules';
import type { CommandOf } from '.';

/** CancelMeeting: the convener calls off a scheduled meeting with a reason; one that took decisions is closed instead. */
export function cancelMeeting(c: CommandOf<'CancelMeeting'>, state: MeetingState): MeetingEvent {
  authorise(state, c, 'convener');
  requireScheduled(state, c);
  fail(contractIssues(c));
  if (!nonEmpty(c.reason)) throw ValidationError.field('reason', 'cancelling needs a reason');
  if (state.decisionIds.length > 0)
    throw new InvalidTransitionError(`meeting ${c.meetingId} has recorded decisions: close it instead`, 'has_decisions');
  return meetingEvent('MeetingCancelled', { reason: c.reason.trim(), at: c.now });
}
