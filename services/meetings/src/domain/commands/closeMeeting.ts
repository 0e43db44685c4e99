import { meetingEvent, type MeetingEvent, type TimeWindowData } from '@liaison/contracts';
import { nameBasedUuid } from '@liaison/platform';
import type { MeetingState } from '../meeting';
import { nextOccurrenceStart } from '../recurrence';
import { authorise, contractIssues, fail, requireScheduled } from '../rules';
import type { CommandOf } from '.';

/** A series' occurrence has one id, whoever closes the one before it and however often: derived from the series and its slot. */
export const occurrenceMeetingId = (seriesId: string, occurrenceStartsAt: string): string =>
  `meeting-${nameBasedUuid('liaison.meetings.occurrence', `${seriesId}|${occurrenceStartsAt}`)}`;

/** The next occurrence of a regular meeting by its RRULE, as long as the current one (null when the series ended). */
export function nextOccurrence(state: MeetingState): { meetingId: string; window: TimeWindowData; occurrenceStartsAt: string } | null {
  const r = state.recurrence;
  if (state.kind !== 'regular' || !r) return null;
  const startsAt = nextOccurrenceStart(r.rule, r.seriesStartsAt, r.occurrenceStartsAt);
  if (!startsAt) return null;
  const length = Date.parse(state.window.endsAt) - Date.parse(state.window.startsAt);
  return {
    meetingId: occurrenceMeetingId(r.seriesId, startsAt),
    window: { startsAt, endsAt: new Date(Date.parse(startsAt) + length).toISOString() },
    occurrenceStartsAt: startsAt,
  };
}

/**
 * CloseMeeting: the convener closes a scheduled meeting. For a regular meeting the event names
 * the next occurrence (by the RRULE, counted from the series' first start, after this
 * occurrence's slot); the next-occurrence reaction schedules it.
 */
export function closeMeeting(c: CommandOf<'CloseMeeting'>, state: MeetingState): MeetingEvent {
  authorise(state, c, 'convener');
  requireScheduled(state, c);
  fail(contractIssues(c));
  return meetingEvent('MeetingClosed', { at: c.now, officerId: c.actor.officerId, next: nextOccurrence(state) });
}
