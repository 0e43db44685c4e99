import { type FieldIssue, meetingEvent, type MeetingEvent } from '@liaison/contracts';
import { ValidationError } from '@liaison/platform';
import type { MeetingState } from '../meeting';
import { authorise, canonical, checkWindow, contractIssues, fail, nonEmpty, requireScheduled } from '../rules';
import type { CommandOf } from '.';

/**
 * RescheduleMeeting: the convener moves a scheduled meeting (and may change its place or link).
 * A regular meeting's occurrence keeps its slot in the series: the next one still follows the rule.
 */
export function rescheduleMeeting(c: CommandOf<'RescheduleMeeting'>, state: MeetingState): MeetingEvent {
  authorise(state, c, 'convener');
  requireScheduled(state, c);
  const issues: FieldIssue[] = contractIssues(c);
  checkWindow(c.window, c.now, issues);
  const place = nonEmpty(c.place) || nonEmpty(c.onlineLink) ? c.place.trim() : state.place;
  const onlineLink = nonEmpty(c.place) || nonEmpty(c.onlineLink) ? c.onlineLink.trim() : state.onlineLink;
  if (onlineLink && !/^https:\/\/\S+$/.test(onlineLink)) issues.push({ path: 'online_link', message: 'an https:// link' });
  fail(issues);
  const window = { startsAt: canonical(c.window.startsAt), endsAt: canonical(c.window.endsAt) };
  if (
    window.startsAt === state.window.startsAt &&
    window.endsAt === state.window.endsAt &&
    place === state.place &&
    onlineLink === state.onlineLink
  )
    throw ValidationError.field('window', 'the same as the current window and place');
  return meetingEvent('MeetingRescheduled', { window, previous: state.window, place, onlineLink, reason: c.reason.trim(), at: c.now });
}
