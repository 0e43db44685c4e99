import type { EventEnvelope } from '@liaison/contracts';
import { InvalidTransitionError, NotFoundError, type Reaction, upsertNewer } from '@liaison/platform';
import { duplicateCommandId } from '../application/ids';
import type { LeadCommands } from '../application/lead-commands';
import { SYSTEM_ACTOR } from '../domain/commands';
import { type LeadReadModel, type SubjectRow, subjectRows } from '../projections/lead-read-model';
import { evolveLeadView, viewAccess } from '../projections/lead-view';
import { asRecord } from '../domain/policy';

/**
 * Possible duplicates, symmetric and race-free. PostLead already records matches it finds in
 * lead_subjects on the new lead (same commit), but that view may lag: two leads about the same
 * subject posted a moment apart can miss each other. So, for every LeadPosted, this reaction
 * first writes the lead's own lead_subjects rows (the same rows the projection writes, `_v`-guarded),
 * then looks for other leads under the same keys, and flags the pair on both leads. Of two
 * leads processed at the same time, at least one sees the other's row (each writes before it
 * reads). Command ids derive from the pair, and the decider refuses a pair already recorded, so
 * redelivery and the PostLead path never double-flag. Nothing is ever merged.
 *
 * Leads of every code take part: each flag carries the other lead's access, and the lead's
 * readers learn of it only as linkDisclosure allows (an AMBER+STRICT or RED other side: a pointer
 * to the two owners, nothing to anyone else; ADR 0012).
 */
export function possibleDuplicatesReaction(
  commands: Pick<LeadCommands, 'execute'>,
  readModel: Pick<LeadReadModel, 'subjects'>,
  leadsTopic: string,
): Reaction {
  const flag = async (target: SubjectRow, other: SubjectRow, cause: EventEnvelope) => {
    try {
      await commands.execute(
        target.leadId,
        {
          type: 'FlagPossibleDuplicate',
          otherLeadId: other.leadId,
          otherOwnerUnitId: other.ownerUnitId,
          otherAccess: asRecord(viewAccess(other)),
          reason: target.key.startsWith('credit:') ? 'credit_code' : 'name_and_address',
          matchedOn: target.key.slice(target.key.indexOf(':') + 1),
          position:
            target.postedAt < other.postedAt || (target.postedAt === other.postedAt && target.leadId < other.leadId) ? 'earlier' : 'later',
        },
        {
          commandId: duplicateCommandId(target.leadId, other.leadId),
          actor: SYSTEM_ACTOR,
          correlationId: cause.correlationId,
          causationId: cause.eventId,
          traceparent: cause.traceparent,
        },
      );
    } catch (error) {
      // Already recorded (by PostLead or an earlier delivery), or a lead this store does not hold.
      if (!(error instanceof InvalidTransitionError) && !(error instanceof NotFoundError)) throw error;
    }
  };

  return {
    name: 'possible-duplicates',
    topics: [leadsTopic],
    handler: async ({ event }) => {
      if (event.type !== 'LeadPosted') return;
      const view = evolveLeadView(null, event);
      const own = subjectRows({ ...view, _id: event.streamId, _v: event.version });
      await upsertNewer(readModel.subjects, own);
      const flagged = new Set<string>();
      for (const mine of own) {
        for (const other of await readModel.subjects.find({ key: mine.key }).toArray()) {
          if (other.leadId === mine.leadId || flagged.has(other.leadId)) continue;
          flagged.add(other.leadId);
          await flag(mine, other, event);
          await flag({ ...other, key: mine.key }, mine, event);
        }
      }
    },
  };
}
