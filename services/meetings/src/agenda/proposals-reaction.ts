import { type EventEnvelope, isMeetingEvent, type MeetingEventData, registryOf } from '@liaison/contracts';
import { InvalidTransitionError, type Reaction } from '@liaison/platform';
import type { MeetingCommands } from '../application/meeting-commands';
import { SYSTEM_ACTOR } from '../domain/commands';
import type { StuckItems } from '../projections/stuck-items-feed';
import { proposalsFor } from './proposals';

/** The reaction's command id: derived from the MeetingScheduled event, so a redelivery proposes nothing twice. */
export const agendaProposalsCommandId = (scheduledEventId: string): string => `agenda-proposals:${scheduledEventId}`;

/**
 * When a meeting is scheduled (by an officer, or as a series' next occurrence), the records that
 * are overdue or stuck for its units (the stuck-items projection) are proposed for its agenda
 * (ProposeAgendaItems). A meeting with nothing stuck gets no proposals; one cancelled or closed
 * before the reaction ran is refused by the decider and skipped.
 */
export function agendaProposalsReaction(
  commands: Pick<MeetingCommands, 'execute'>,
  stuckItems: Pick<StuckItems, 'stuck'>,
  meetingsTopic: string,
): Reaction {
  const scheduled = async (event: EventEnvelope<'MeetingScheduled', MeetingEventData<'MeetingScheduled'>>) => {
    const proposals = proposalsFor(event.data, await stuckItems.stuck());
    if (proposals.length === 0) return;
    try {
      await commands.execute(
        event.streamId,
        { type: 'ProposeAgendaItems', proposals },
        {
          commandId: agendaProposalsCommandId(event.eventId),
          actor: SYSTEM_ACTOR,
          correlationId: event.correlationId,
          causationId: event.eventId,
          traceparent: event.traceparent,
        },
      );
    } catch (error) {
      if (!(error instanceof InvalidTransitionError)) throw error;
    }
  };
  return {
    name: 'agenda-proposals',
    topics: [meetingsTopic],
    registry: registryOf('meetings'),
    handler: async ({ event }) => {
      if (isMeetingEvent(event, 'MeetingScheduled')) await scheduled(event);
    },
  };
}
