import { type EventEnvelope, evolveOperationAccess, registryOf } from '@liaison/contracts';
import { type Reaction, retryOnStaleVersion, upsertNewer } from '@liaison/platform';
import type { EvidenceReadModel, OperationRow } from './read-model';

/**
 * Follows the operations topic into `evidence_operations`: each operation's access as the
 * operations contract folds it (evolveOperationAccess: lead unit, participants, handling) and the
 * time it concluded. The dossier of an operation is shown once it concluded, to whoever may see
 * the operation, listing its evidence item by item as each item's own handling allows. Rows are
 * `_v`-guarded by the operation's stream version, so redelivery and replays converge.
 */
export function operationsFollower(readModel: Pick<EvidenceReadModel, 'operations'>, operationsTopic: string): Reaction {
  return {
    name: 'operations-follower',
    topics: [operationsTopic],
    registry: registryOf('operations'),
    handler: ({ event }: { event: EventEnvelope }) =>
      retryOnStaleVersion(async () => {
        const current = await readModel.operations.findOne({ _id: event.streamId });
        const folded = evolveOperationAccess(current, event);
        if (!folded || folded === current) return;
        const row: OperationRow = {
          ...folded,
          _id: event.streamId,
          _v: event.version,
          concludedAt: event.type === 'OperationConcluded' ? event.occurredAt : (current?.concludedAt ?? ''),
        };
        await upsertNewer(readModel.operations, [row]);
      }),
  };
}
