import { operationEvent, type OperationEvent } from '@liaison/contracts';
import { InvalidTransitionError, ValidationError } from '@liaison/platform';
import type { OperationState } from '../operation';
import { authorise, contractIssues, fail, type OperationDeciderDependencies, respondBy } from '../rules';
import type { CommandOf } from '.';

/**
 * ResolveConflict: the lead unit answers a deconfliction alert, once. `act_jointly` also invites
 * the other record's owner unit (unless it already takes part); `cancel` cancels this operation.
 */
export function resolveConflict(
  c: CommandOf<'ResolveConflict'>,
  state: OperationState,
  { limits }: OperationDeciderDependencies,
): OperationEvent[] {
  authorise(state, c, 'lead');
  const conflict = state.conflicts[c.conflictId];
  if (!conflict) throw ValidationError.field('conflict_id', `no conflict "${c.conflictId}" on this operation`);
  if (conflict.status === 'resolved') throw new InvalidTransitionError(`conflict ${c.conflictId} is already resolved`, 'resolved');
  fail(contractIssues(c));
  const outcome = c.outcome;
  const resolved = operationEvent('DeconflictionConflictResolved', {
    conflictId: c.conflictId,
    outcome,
    note: c.note,
    resolvedByUnitId: c.actor.unitId,
    at: c.now,
  });
  const other = conflict.otherOwnerUnitId;
  if (outcome === 'act_jointly' && other !== state.leadUnitId && !(other in state.invitations)) {
    return [
      resolved,
      operationEvent('UnitsInvited', {
        unitIds: [other],
        message: c.note || 'invited to act jointly after a deconfliction alert',
        invitedAt: c.now,
        respondBy: respondBy(state, c.now, limits),
        conflictId: c.conflictId,
      }),
    ];
  }
  if (outcome === 'cancel')
    return [resolved, operationEvent('OperationCancelled', { reason: c.note || `cancelled to deconflict (${c.conflictId})`, at: c.now })];
  return [resolved];
}
