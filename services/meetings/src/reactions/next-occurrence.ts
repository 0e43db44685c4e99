import { type EventEnvelope, isMeetingEvent, type MeetingEventData, registryOf } from '@liaison/contracts';
import { InvalidTransitionError, type Reaction } from '@liaison/platform';
import { nextOccurrenceCommandId } from '../application/ids';
import type { MeetingCommands } from '../application/meeting-commands';
import { SYSTEM_ACTOR } from '../domain/commands';
import { evolveMeeting, initialMeetingState } from '../domain/meeting';

/**
 * A closed regular meeting's next occurrence (named in MeetingClosed by the RRULE) is scheduled on
 * its own stream with the series' convener, invitations, place and handling. The command id
 * derives from the closing event's id, and the occurrence's id from the series and its slot, so a
 * redelivered MeetingClosed schedules nothing twice (the store answers the repeat; a stream that
 * already exists is refused and skipped).
 */
export function nextOccurrenceReaction(commands: Pick<MeetingCommands, 'execute' | 'store'>, meetingsTopic: string): Reaction {
  const closed = async (event: EventEnvelope<'MeetingClosed', MeetingEventData<'MeetingClosed'>>) => {
    const next = event.data.next;
    if (!next) return;
    const closedState = (await commands.store.readStream(event.streamId)).reduce(evolveMeeting, initialMeetingState());
    if (!closedState.recurrence) return;
    try {
      await commands.execute(
        next.meetingId,
        {
          type: 'ScheduleNextOccurrence',
          previousMeetingId: event.streamId,
          title: closedState.title,
          convenerUnitId: closedState.convenerUnitId,
          scheduledByOfficerId: closedState.scheduledByOfficerId,
          window: next.window,
          place: closedState.place,
          onlineLink: closedState.onlineLink,
          invitedUnitIds: closedState.invitedUnitIds,
          handling: closedState.handling,
          recurrence: { ...closedState.recurrence, occurrenceStartsAt: next.occurrenceStartsAt },
        },
        {
          commandId: nextOccurrenceCommandId(event.eventId),
          actor: SYSTEM_ACTOR,
          correlationId: event.correlationId,
          causationId: event.eventId,
          traceparent: event.traceparent,
        },
      );
    } catch (error) {
      // Already scheduled (another closing of the same slot): nothing to do.
      if (!(error instanceof InvalidTransitionError)) throw error;
    }
  };

  return {
    name: 'next-occurrence',
    topics: [meetingsTopic],
    registry: registryOf('meetings'),
    handler: async ({ event }) => {
      if (isMeetingEvent(event, 'MeetingClosed')) await closed(event);
    },
  };
}
