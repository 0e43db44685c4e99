import {
  type EventEnvelope,
  evolveOperationAccess,
  isOperationEvent,
  type OperationAccessRecord,
  type OperationEventData,
  operationRecordAccess,
  registryOf,
} from '@liaison/contracts';
import { InvalidTransitionError, NotFoundError, type Reaction } from '@liaison/platform';
import type { Collection } from 'mongodb';
import { operationOutcomeCommandId } from '../application/ids';
import type { LeadCommands } from '../application/lead-commands';
import { SYSTEM_ACTOR } from '../domain/commands';
import type { OperationOutcomeKind } from '../domain/model';

/** `operation_links`: the leads an operation is linked to, as the operations topic announced them, and who may see it. */
export interface OperationLinkRow {
  /** The operation id. */
  _id: string;
  leadUnitId: string;
  linkedLeadIds: string[];
  /**
   * The operation's access, folded from its events by the operations contract's own rule
   * (evolveOperationAccess): owner, proposer, code, named officers, invitations and task units.
   * Absent on rows written before it was kept: the outcome is then recorded without access and
   * shown to nobody (ADR 0012).
   */
  access?: OperationAccessRecord | null;
}

type Started = EventEnvelope<
  'OperationProposed' | 'OperationDrafted',
  OperationEventData<'OperationProposed'> | OperationEventData<'OperationDrafted'>
>;
type Ended = { event: EventEnvelope; outcome: OperationOutcomeKind; summary: string; results: string; at: string };

/** Events that open an operation stream and name its linked leads (a draft from an escalation too). */
const STARTS = ['OperationProposed', 'OperationDrafted'] as const;

/** How the operation ended, from OperationConcluded (summary, results) or OperationCancelled (the reason). */
function ending(event: EventEnvelope): Ended | null {
  if (isOperationEvent(event, 'OperationConcluded'))
    return { event, outcome: 'concluded', summary: event.data.summary, results: event.data.results, at: event.data.at };
  if (isOperationEvent(event, 'OperationCancelled'))
    return { event, outcome: 'cancelled', summary: event.data.reason, results: '', at: event.data.at };
  return null;
}

/**
 * Leads consumes the operations topic: when a joint operation concludes (or is cancelled), each
 * of its linked leads records the outcome (`RecordOperationOutcome` → `LeadOperationOutcomeRecorded`).
 * The linked lead ids are only in the operation's first event, so this reaction keeps a tiny
 * `operation_links` collection (operation id → lead unit, linked lead ids, and the operation's
 * access folded from every event) in the leads database; all events of an operation share its
 * stream key, hence its partition, so they arrive in order. The outcome carries the operation's
 * access, so each reader of a lead sees the summary and results only if they may see the
 * operation (derived data inherits the handling of its source, ADR 0012). Command ids derive from
 * the triggering event id and the lead (`op-outcome:<eventId>:<leadId>`), and the decider refuses
 * an operation already recorded, so redelivery records nothing twice. A linked lead this store
 * does not hold is skipped.
 */
export function operationOutcomesReaction(
  commands: Pick<LeadCommands, 'execute'>,
  links: Collection<OperationLinkRow>,
  operationsTopic: string,
): Reaction {
  const started = async (event: Started) => {
    const existing = await links.findOne({ _id: event.streamId });
    await links.replaceOne(
      { _id: event.streamId },
      {
        leadUnitId: event.data.leadUnitId,
        linkedLeadIds: event.data.linkedLeadIds,
        access: evolveOperationAccess(existing?.access ?? null, event),
      },
      { upsert: true },
    );
  };

  /** Every later event may change who takes part (invitations, answers, tasks): fold it (version-guarded, so redelivery is harmless). */
  const followed = async (event: EventEnvelope): Promise<OperationLinkRow | null> => {
    const link = await links.findOne({ _id: event.streamId });
    if (!link?.access) return link;
    const access = evolveOperationAccess(link.access, event);
    if (access && access.version !== link.access.version) await links.updateOne({ _id: event.streamId }, { $set: { access } });
    return { ...link, access };
  };

  const ended = async ({ event, outcome, summary, results, at }: Ended, link: OperationLinkRow | null) => {
    // The start event is handled first (same partition); a missing row means it was lost: retry, then DLQ.
    if (!link) throw new Error(`operation ${event.streamId} ended but its linked leads are unknown (no ${STARTS.join('/')} seen)`);
    const operationAccess = link.access ? operationRecordAccess(link.access) : null;
    for (const leadId of link.linkedLeadIds) {
      try {
        await commands.execute(
          leadId,
          {
            type: 'RecordOperationOutcome',
            operationId: event.streamId,
            leadUnitId: link.leadUnitId,
            outcome,
            summary,
            results,
            at,
            operationAccess,
          },
          {
            commandId: operationOutcomeCommandId(event.eventId, leadId),
            actor: SYSTEM_ACTOR,
            correlationId: event.correlationId,
            causationId: event.eventId,
            traceparent: event.traceparent,
          },
        );
      } catch (error) {
        // Already recorded (an earlier delivery), or a lead this store does not hold.
        if (!(error instanceof InvalidTransitionError) && !(error instanceof NotFoundError)) throw error;
      }
    }
  };

  return {
    name: 'operation-outcomes',
    topics: [operationsTopic],
    // The operations context's contract: its events arrive validated (and upcast) against it, typed below.
    registry: registryOf('operations'),
    handler: async ({ event }) => {
      if (isOperationEvent(event, 'OperationProposed') || isOperationEvent(event, 'OperationDrafted')) return started(event);
      const link = await followed(event);
      const end = ending(event);
      if (end) await ended(end, link);
    },
  };
}
