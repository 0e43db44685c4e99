import { meetingEvent, type MeetingEvent } from '@liaison/contracts';
import { InvalidTransitionError } from '@liaison/platform';
import type { MeetingState } from '../meeting';
import { requireExists } from '../rules';
import type { CommandOf } from '.';

/**
 * The internal commands, issued by the overdue scheduler and the next-occurrence reaction (never
 * by the API): each is refused once recorded, so a redelivered trigger records nothing twice.
 */

/** MarkActionItemOverdue: an open action item past its due date, recorded once (a closed meeting's items still count). */
export function markActionItemOverdue(c: CommandOf<'MarkActionItemOverdue'>, state: MeetingState): MeetingEvent {
  requireExists(state, c);
  const item = state.actionItems[c.actionItemId];
  if (!item || item.ownerUnitId !== c.unitId || item.dueAt !== c.dueAt)
    throw new InvalidTransitionError(`no action item ${c.actionItemId} of ${c.unitId} due ${c.dueAt}`, state.status);
  if (item.breached) throw new InvalidTransitionError(`the overdue action item ${c.actionItemId} is already recorded`, 'overdue');
  if (item.status !== 'open') throw new InvalidTransitionError(`action item ${c.actionItemId} is ${item.status}`, item.status);
  if (Date.parse(c.now) < Date.parse(c.dueAt)) throw new InvalidTransitionError(`action item ${c.actionItemId} is not due yet`, 'open');
  return meetingEvent('ActionItemOverdue', {
    actionItemId: c.actionItemId,
    unitId: c.unitId,
    dueAt: c.dueAt,
    detectedAt: c.now,
    rule: item.dueRule,
  });
}

/** ScheduleNextOccurrence: the occurrence a closed regular meeting named, scheduled once on its own stream. */
export function scheduleNextOccurrence(c: CommandOf<'ScheduleNextOccurrence'>, state: MeetingState): MeetingEvent {
  if (state.exists) throw new InvalidTransitionError(`meeting ${c.meetingId} already exists`, state.status);
  return meetingEvent('MeetingScheduled', {
    meetingId: c.meetingId,
    kind: 'regular',
    title: c.title,
    convenerUnitId: c.convenerUnitId,
    scheduledByOfficerId: c.scheduledByOfficerId,
    window: c.window,
    place: c.place,
    onlineLink: c.onlineLink,
    invitedUnitIds: c.invitedUnitIds,
    handling: c.handling,
    recurrence: c.recurrence,
    previousMeetingId: c.previousMeetingId,
    scheduledAt: c.now,
  });
}
