import { nameBasedUuid } from '@liaison/platform';

/** The meeting id is the stream id, `meeting-<uuid>`, derived from ScheduleMeeting's command id (retries land on the same stream). */
export const meetingIdForSchedule = (commandId: string): string =>
  `meeting-${nameBasedUuid('liaison.meetings.ScheduleMeeting', commandId)}`;

export { MEETING_ID } from '@liaison/contracts';

/** Agenda items and decisions are named after the command that added them. */
export const agendaItemIdFor = (commandId: string): string =>
  `item-${nameBasedUuid('liaison.meetings.AddAgendaItem', commandId).slice(0, 18)}`;
export const decisionIdFor = (commandId: string): string =>
  `decision-${nameBasedUuid('liaison.meetings.RecordDecision', commandId).slice(0, 18)}`;

/** The scheduler's command id for one late action item: the same breach always gets the same id. */
export const actionItemOverdueCommandId = (meetingId: string, actionItemId: string, dueAt: string): string =>
  `overdue:${meetingId}:action_item:${actionItemId}:${dueAt}`;

/** The next-occurrence reaction's command id: derived from the closing event, so a redelivered MeetingClosed schedules nothing twice. */
export const nextOccurrenceCommandId = (closingEventId: string): string => `next-occurrence:${closingEventId}`;
