import { meetingEvent, type MeetingEvent } from '@liaison/contracts';
import { ValidationError } from '@liaison/platform';
import type { MeetingState } from '../meeting';
import { authorise, contractIssues, fail, nonEmpty, requireScheduled } from '../rules';
import type { CommandOf } from '.';

/** RecordMinutes: the convener records the minutes (a later record replaces them) before closing. */
export function recordMinutes(c: CommandOf<'RecordMinutes'>, state: MeetingState): MeetingEvent {
  authorise(state, c, 'convener');
  requireScheduled(state, c);
  fail(contractIssues(c));
  if (!nonEmpty(c.text)) throw ValidationError.field('text', 'required');
  return meetingEvent('MinutesRecorded', { text: c.text, officerId: c.actor.officerId, at: c.now });
}
