import {
  type EventEnvelope,
  evolveOperationAccess,
  isOperationEvent,
  type OperationAccessRecord,
  type OperationEventData,
  registryOf,
} from '@liaison/contracts';
import { type Reaction, retryOnStaleVersion } from '@liaison/platform';
import type { Collection } from 'mongodb';

/** `operation_access`: each operation's access as the operations topic tells it (contracts' evolveOperationAccess). */
export interface OperationAccessRow extends OperationAccessRecord {
  _id: string; // the operation id
}

/**
 * `lead_operation_conflicts`: one row per deconfliction alert between another unit's operation
 * and a lead of this store, for the lead owner's inbox. It holds the whole alert; what a viewer
 * sees of the operation is decided on reading by linkDisclosure with `operation_access`.
 */
export interface LeadOperationConflictRow {
  _id: string; // the conflict id
  conflictId: string;
  leadId: string;
  leadOwnerUnitId: string;
  operationId: string;
  reason: string;
  matchedOn: string;
  detectedAt: string;
  status: 'open' | 'resolved';
  outcome: string;
  resolvedByUnitId: string;
  resolvedAt: string;
}

export interface OperationConflictCollections {
  operations: Collection<OperationAccessRow>;
  conflicts: Collection<LeadOperationConflictRow>;
}

/**
 * The lead side of deconfliction (issue 8: "the owner of a lead that conflicts with an operation
 * is warned too, in the leads inbox"). Consumes the operations topic: folds every operation's
 * access (so a pointer-only alert turns into a full one when the lead's owner is invited, and back
 * when it declines), records each DeconflictionAlertRaised about a lead as an alert for the lead's
 * owner, and follows DeconflictionConflictResolved (whoever answered: the operation's lead unit
 * with ResolveConflict or the lead's owner with ResolveLeadConflict — the resolution lives on the
 * operation's stream, see ADR 0015). Idempotent: access rows keep the folded version, alert rows
 * are keyed by conflict id and resolution is a plain $set.
 */
export function operationConflictsReaction(collections: OperationConflictCollections, operationsTopic: string): Reaction {
  const fold = (event: EventEnvelope) =>
    retryOnStaleVersion(async () => {
      const current = await collections.operations.findOne({ _id: event.streamId });
      const next = evolveOperationAccess(current, event);
      if (!next || next === current || (current && next.version === current.version)) return;
      await collections.operations.replaceOne({ _id: event.streamId }, next, { upsert: true });
    });

  const raised = async (event: EventEnvelope<'DeconflictionAlertRaised', OperationEventData<'DeconflictionAlertRaised'>>) => {
    const d = event.data;
    // Alerts recorded before the whole other side was kept name no lead: nobody to warn here.
    if (d.otherKind !== 'lead' || !d.otherId) return;
    await collections.conflicts.updateOne(
      { _id: d.conflictId },
      {
        $setOnInsert: {
          conflictId: d.conflictId,
          leadId: d.otherId,
          leadOwnerUnitId: d.otherOwnerUnitId,
          operationId: event.streamId,
          reason: d.reason,
          matchedOn: d.matchedOn,
          detectedAt: d.detectedAt,
          status: 'open',
          outcome: '',
          resolvedByUnitId: '',
          resolvedAt: '',
        },
      },
      { upsert: true },
    );
  };

  const resolved = async (event: EventEnvelope<'DeconflictionConflictResolved', OperationEventData<'DeconflictionConflictResolved'>>) => {
    const d = event.data;
    await collections.conflicts.updateOne(
      { _id: d.conflictId },
      { $set: { status: 'resolved', outcome: d.outcome, resolvedByUnitId: d.resolvedByUnitId, resolvedAt: d.at } },
    );
  };

  return {
    name: 'operation-conflicts',
    topics: [operationsTopic],
    registry: registryOf('operations'),
    handler: async ({ event }) => {
      await fold(event);
      if (isOperationEvent(event, 'DeconflictionAlertRaised')) await raised(event);
      else if (isOperationEvent(event, 'DeconflictionConflictResolved')) await resolved(event);
    },
  };
}
