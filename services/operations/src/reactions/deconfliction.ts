import { type EventEnvelope, isOperationEvent, type OperationEventData } from '@liaison/contracts';
import { type EventStore, InvalidTransitionError, NotFoundError, type Reaction, upsertNewer } from '@liaison/platform';
import type { DeconflictionCheck } from '../application/deconfliction';
import { mirrorResolutionCommandId, raiseConflictCommandId } from '../application/ids';
import type { OperationCommands } from '../application/operation-commands';
import { SYSTEM_ACTOR } from '../domain/commands';
import type { ConflictMatch } from '../domain/model';
import { type OperationReadModel, targetRows } from '../projections/operation-read-model';
import { evolveOperationView, type OperationView } from '../projections/operation-view';

/** Runs an internal command; "already recorded", "closed meanwhile" and "not in this store" are fine. */
export async function tolerant(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof InvalidTransitionError) && !(error instanceof NotFoundError)) throw error;
  }
}

/**
 * Deconfliction, symmetric and race-free (the leads possible-duplicate pattern). ProposeOperation
 * and Reschedule already record what the check finds on their own operation (same commit), but
 * the view may lag: two operations planned a moment apart can miss each other. So, for every
 * OperationProposed / OperationRescheduled, this reaction first writes the operation's own
 * deconfliction_targets rows (`_v`-guarded, the same rows the projection writes), then runs the
 * check again and records every match on both operations. Of two operations processed at the
 * same time, at least one sees the other's rows. Command ids derive from the conflict and the
 * side, and the decider refuses a conflict already recorded, so nothing is recorded twice.
 * A resolution by one owner is mirrored onto the other operation of the pair.
 */
export function deconflictionReaction(
  commands: Pick<OperationCommands, 'execute'>,
  store: Pick<EventStore, 'readStream'>,
  readModel: Pick<OperationReadModel, 'targets' | 'conflicts'>,
  check: DeconflictionCheck,
  operationsTopic: string,
): Reaction {
  const raise = (operationId: string, conflict: ConflictMatch, cause: EventEnvelope) =>
    tolerant(() =>
      commands.execute(
        operationId,
        { type: 'RaiseConflict', conflict },
        {
          commandId: raiseConflictCommandId(conflict.conflictId, operationId),
          actor: SYSTEM_ACTOR,
          correlationId: cause.correlationId,
          causationId: cause.eventId,
          traceparent: cause.traceparent,
        },
      ),
    );

  const planChanged = async (event: EventEnvelope) => {
    const events = await store.readStream(event.streamId);
    if (events.length === 0) return;
    const view = events.reduce<OperationView | null>(evolveOperationView, null)!;
    const version = events.at(-1)!.version;
    await upsertNewer(readModel.targets, targetRows({ ...view, _v: version }));
    if (view.status !== 'proposed' && view.status !== 'launched') return;
    const matches = await check.find({
      operationId: view.operationId,
      ownerUnitId: view.leadUnitId,
      contactOfficerId: view.proposedByOfficerId,
      handlingCode: view.handlingCode,
      title: view.title,
      window: view.window,
      targets: view.targets,
      linkedLeadIds: view.linkedLeadIds,
    });
    for (const conflict of matches.mine) await raise(view.operationId, conflict, event);
    for (const { operationId, match } of matches.theirs) await raise(operationId, match, event);
  };

  const resolved = async (event: EventEnvelope<'DeconflictionConflictResolved', OperationEventData<'DeconflictionConflictResolved'>>) => {
    if (event.actor.unitId === SYSTEM_ACTOR.unitId) return; // a mirror itself
    const data = event.data;
    for (const row of await readModel.conflicts.find({ conflictId: data.conflictId }).toArray()) {
      if (row.operationId === event.streamId) continue;
      await tolerant(() =>
        commands.execute(
          row.operationId,
          {
            type: 'NoteConflictResolved',
            conflictId: data.conflictId,
            outcome: data.outcome,
            note: data.note,
            resolvedByUnitId: data.resolvedByUnitId,
          },
          {
            commandId: mirrorResolutionCommandId(data.conflictId, row.operationId),
            actor: SYSTEM_ACTOR,
            correlationId: event.correlationId,
            causationId: event.eventId,
            traceparent: event.traceparent,
          },
        ),
      );
    }
  };

  return {
    name: 'deconfliction',
    topics: [operationsTopic],
    handler: async ({ event }) => {
      if (event.type === 'OperationProposed' || event.type === 'OperationRescheduled' || event.type === 'DraftSubmitted')
        await planChanged(event);
      else if (isOperationEvent(event, 'DeconflictionConflictResolved')) await resolved(event);
    },
  };
}
