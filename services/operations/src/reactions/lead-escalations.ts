import { type EventEnvelope, isLeadEvent, type LeadEventData, registryOf } from '@liaison/contracts';
import type { Reaction } from '@liaison/platform';
import { draftCommandId, draftOperationIdFor } from '../application/ids';
import type { OperationCommands } from '../application/operation-commands';
import { SYSTEM_ACTOR } from '../domain/commands';
import { tolerant } from './deconfliction';

/**
 * A lead escalated for joint action becomes a **draft** operation for the lead's owner unit
 * (`DraftOperationFromLead` → `OperationDrafted`, status `draft`): title "Joint action: <lead
 * title>", the lead's subject and location as the one target, the lead linked, its handling code,
 * the proposed window if any. Everything comes from the event; leads is never called. The
 * operation id and command id (`draft-from:<eventId>`) derive from the event id, so redelivery
 * drafts nothing twice. The owner completes it with SubmitDraft (window required).
 */
export function leadEscalationsReaction(commands: Pick<OperationCommands, 'execute'>, leadsTopic: string): Reaction {
  const escalated = async (event: EventEnvelope<'LeadEscalated', LeadEventData<'LeadEscalated'>>) => {
    const d = event.data;
    await tolerant(() =>
      commands.execute(
        draftOperationIdFor(event.eventId),
        {
          type: 'DraftOperationFromLead',
          leadUnitId: d.ownerUnitId,
          officerId: d.officerId,
          title: `Joint action: ${d.title}`,
          objective: d.reason,
          targets: [
            {
              subject: { enterpriseName: d.subject.enterpriseName, creditCode: d.subject.creditCode, personName: d.subject.personName },
              place: { jurisdiction: d.location.jurisdiction, address: d.location.address, coordinates: d.location.coordinates },
            },
          ],
          window: d.proposedWindow,
          handling: d.handling,
          fromLeadId: d.leadId,
        },
        {
          commandId: draftCommandId(event.eventId),
          actor: SYSTEM_ACTOR,
          correlationId: event.correlationId,
          causationId: event.eventId,
          traceparent: event.traceparent,
        },
      ),
    );
  };

  return {
    name: 'lead-escalations',
    topics: [leadsTopic],
    // The leads context's contract: LeadEscalated arrives validated (and upcast) against it.
    registry: registryOf('leads'),
    handler: async ({ event }) => {
      if (isLeadEvent(event, 'LeadEscalated')) await escalated(event);
    },
  };
}
