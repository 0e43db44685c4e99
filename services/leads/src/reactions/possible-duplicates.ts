import { InvalidTransitionError, NotFoundError, type Reaction } from '@liaison/platform';
import { duplicateCommandId } from '../application/ids';
import type { LeadCommands } from '../application/lead-commands';
import { SYSTEM_ACTOR } from '../domain/commands';
import type { LeadEventData } from '../domain/events';

/**
 * When a new lead records that it may duplicate an earlier one, record the same on the earlier
 * lead, so its owner sees it too. The command id is derived from the pair, so redelivery is
 * answered with the first result; nothing is ever merged.
 */
export function possibleDuplicatesReaction(commands: Pick<LeadCommands, 'execute'>, leadsTopic: string): Reaction {
  return {
    name: 'possible-duplicates',
    topics: [leadsTopic],
    handler: async ({ event }) => {
      if (event.type !== 'LeadPossibleDuplicateDetected') return;
      const data = event.data as LeadEventData<'LeadPossibleDuplicateDetected'>;
      if (data.position !== 'later') return;
      try {
        await commands.execute(
          data.otherLeadId,
          { type: 'FlagPossibleDuplicate', otherLeadId: event.streamId, otherOwnerUnitId: event.actor.unitId, reason: data.reason, matchedOn: data.matchedOn },
          { commandId: duplicateCommandId(data.otherLeadId, event.streamId), actor: SYSTEM_ACTOR, correlationId: event.correlationId, causationId: event.eventId, traceparent: event.traceparent },
        );
      } catch (error) {
        if (!(error instanceof InvalidTransitionError) && !(error instanceof NotFoundError)) throw error;
      }
    },
  };
}
