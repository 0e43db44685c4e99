import { type Actor, operationParticipantUnitIds } from '@liaison/contracts';
import { checkParticipation as check } from '../http/participation';
import type { OperationDetail, OperationsPort } from './operations-port';

/**
 * Units that take part in an operation, as the service's policy counts them: the lead unit and
 * the contract's participants (invited units that have not declined, units given tasks).
 */
export function partiesOf(operation: OperationDetail): Set<string> {
  return new Set<string>([
    operation.leadUnitId,
    ...(operation.participantUnitIds ?? []),
    ...operationParticipantUnitIds(
      (operation.invitations ?? []).map((i) => ({ unitId: i.unitId, status: i.status })),
      (operation.tasks ?? []).map((t) => t.unitId),
    ),
  ]);
}

/**
 * Before a command on an existing operation: GetOperation with the caller's identity (the
 * service answers 404 for hidden RED / AMBER+STRICT operations, 403 otherwise) and, unless
 * `visibilityOnly`, the caller's unit must be a party (else 403, or 404 for RED / AMBER+STRICT).
 * See ../http/participation.ts; the service re-checks everything.
 */
export function checkParticipation(
  operations: OperationsPort,
  actor: Actor,
  operationId: string,
  correlationId: string,
  options: { visibilityOnly?: boolean } = {},
): Promise<void> {
  return check({
    kind: 'operation',
    id: operationId,
    actor,
    fetch: () => operations.call('GetOperation', { operationId }, { actor, correlationId }),
    parties: partiesOf,
    handlingCode: (operation) => operation.handling?.code ?? '',
    visibilityOnly: options.visibilityOnly,
  });
}
