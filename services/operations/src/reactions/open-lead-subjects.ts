import { type EventEnvelope, isLeadEvent, type LeadEventData, registryOf, evolveLeadAccess } from '@liaison/contracts';
import { type Reaction, retryOnStaleVersion, upsertNewer } from '@liaison/platform';
import { conflictIdFor, raiseConflictCommandId } from '../application/ids';
import type { OperationCommands } from '../application/operation-commands';
import { SYSTEM_ACTOR } from '../domain/commands';
import { subjectKeys } from '../domain/deconfliction';
import { type LeadSubjectRow, type OperationReadModel } from '../projections/operation-read-model';
import { tolerant } from './deconfliction';

/** Leads events that change who may see a lead (evolveLeadAccess in @liaison/contracts folds them). */
const ACCESS_EVENTS = new Set([
  'LeadPosted',
  'LeadShared',
  'LeadDeclined',
  'LeadAssignedForCoHandling',
  'LeadHandedOverToPolice',
  'ProcuratorateSupervisionRequested',
  'LeadClosed',
]);

/**
 * Consumes the leads topic into `open_lead_subjects` (one row per lead and subject key, with the
 * owner unit, contact officer, handling code and whether the lead is open) and `lead_access`
 * (each lead's current access), so ProposeOperation and Reschedule can warn when an operation
 * targets the subject of another unit's open lead. These are copies of another context's records:
 * they are used only to find conflicts, and a conflict is shown to a viewer only by the lead's
 * access (linkDisclosure, application/conflict-disclosure.ts) — never listed or searched as such.
 * A lead posted after an operation is planned is matched here against the planned and launched
 * operations of other units, and the alert is recorded on those operations (the leads service
 * shows it to the lead's owner). Rows are `_v`-guarded (the lead's stream version); LeadClosed
 * marks them closed.
 */
export function openLeadSubjectsReaction(
  commands: Pick<OperationCommands, 'execute'>,
  readModel: Pick<OperationReadModel, 'leadSubjects' | 'targets' | 'leadAccess'>,
  leadsTopic: string,
): Reaction {
  const foldAccess = (event: EventEnvelope) =>
    retryOnStaleVersion(async () => {
      const current = await readModel.leadAccess.findOne({ _id: event.streamId });
      const next = evolveLeadAccess(current, event);
      if (next && next !== current) await upsertNewer(readModel.leadAccess, [next]);
    });

  const posted = async (event: EventEnvelope<'LeadPosted', LeadEventData<'LeadPosted'>>) => {
    const d = event.data;
    const keys = subjectKeys(d.subject);
    const rows: LeadSubjectRow[] = keys.map((k) => ({
      _id: `${d.leadId}:${k.key}`,
      _v: event.version,
      key: k.key,
      leadId: d.leadId,
      ownerUnitId: d.ownerUnitId,
      contactOfficerId: d.postedByOfficerId,
      handlingCode: d.handling.code,
      title: d.title,
      open: true,
      matchedOn: k.matchedOn,
    }));
    await upsertNewer(readModel.leadSubjects, rows);
    const done = new Set<string>();
    for (const row of rows) {
      for (const target of await readModel.targets.find({ key: row.key }).toArray()) {
        if (!target.active || target.ownerUnitId === d.ownerUnitId || done.has(target.operationId)) continue;
        done.add(target.operationId);
        const conflictId = conflictIdFor(target.operationId, d.leadId);
        await tolerant(() =>
          commands.execute(
            target.operationId,
            {
              type: 'RaiseConflict',
              // The whole other side is recorded; what each viewer sees of it is decided on reading.
              conflict: {
                conflictId,
                otherKind: 'lead',
                otherId: d.leadId,
                otherOwnerUnitId: d.ownerUnitId,
                contactOfficerId: d.postedByOfficerId,
                otherTitle: d.title,
                otherWindow: null,
                reason: row.key.startsWith('subject:credit:') ? 'subject_credit_code' : 'subject_name',
                matchedOn: row.matchedOn,
                pointerOnly: d.handling.code === 'RED' || d.handling.code === 'AMBER+STRICT',
              },
            },
            {
              commandId: raiseConflictCommandId(conflictId, target.operationId),
              actor: SYSTEM_ACTOR,
              correlationId: event.correlationId,
              causationId: event.eventId,
              traceparent: event.traceparent,
            },
          ),
        );
      }
    }
  };

  return {
    name: 'open-lead-subjects',
    topics: [leadsTopic],
    // The leads context's contract: LeadPosted arrives validated (and upcast) against it.
    registry: registryOf('leads'),
    handler: async ({ event }) => {
      if (ACCESS_EVENTS.has(event.type)) await foldAccess(event);
      if (isLeadEvent(event, 'LeadPosted')) await posted(event);
      else if (isLeadEvent(event, 'LeadClosed')) {
        await retryOnStaleVersion(() =>
          readModel.leadSubjects.updateMany(
            { leadId: event.streamId, _v: { $lt: event.version } },
            { $set: { open: false, _v: event.version } },
          ),
        );
      }
    },
  };
}
