import { operationEvent, type OperationEvent } from '@liaison/contracts';
import { InvalidTransitionError, NotFoundError, ValidationError } from '@liaison/platform';
import type { OperationState } from '../operation';
import { contractIssues, fail, requireRole } from '../rules';
import type { CommandOf } from '.';

/**
 * ResolveLeadConflict: the owner unit of a lead that conflicts with this operation answers the
 * alert it got in its leads inbox. The resolution lives on the operation's stream, where the
 * alert lives, so one conflict has one status whichever owner answers (the same
 * DeconflictionConflictResolved as the lead unit's ResolveConflict; the leads inbox follows it).
 * The lead's owner need not see the operation (a pointer-only alert names only the conflict), so
 * this is authorised by its part in the conflict, not by the operation's visibility: anyone else
 * gets 404, as if there were no such conflict. A lead has no window and the operation is not
 * theirs, so `proceed`, `act_jointly` and `delay` are recorded as the lead owner's answer and
 * `cancel` is refused.
 */
export function resolveLeadConflict(c: CommandOf<'ResolveLeadConflict'>, state: OperationState): OperationEvent {
  const conflict = state.exists ? state.conflicts[c.conflictId] : undefined;
  if (!conflict || conflict.otherKind !== 'lead' || conflict.otherOwnerUnitId !== c.actor.unitId)
    throw new NotFoundError('conflict', c.conflictId);
  requireRole(c, 'lead_owner');
  if (state.status === 'concluded' || state.status === 'cancelled')
    throw new InvalidTransitionError(`the operation of conflict ${c.conflictId} is ${state.status}`, state.status);
  if (conflict.status === 'resolved') throw new InvalidTransitionError(`conflict ${c.conflictId} is already resolved`, 'resolved');
  fail(contractIssues(c));
  if (c.outcome === 'cancel') throw ValidationError.field('outcome', "a lead's owner cannot cancel another unit's operation");
  return operationEvent('DeconflictionConflictResolved', {
    conflictId: c.conflictId,
    outcome: c.outcome,
    note: c.note,
    resolvedByUnitId: c.actor.unitId,
    at: c.now,
  });
}
