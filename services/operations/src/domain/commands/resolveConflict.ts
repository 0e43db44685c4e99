import { type FieldIssue, operationEvent, type OperationEvent } from '@liaison/contracts';
import { InvalidTransitionError, ValidationError } from '@liaison/platform';
import type { OperationState } from '../operation';
import {
  authorise,
  canonicalWindow,
  checkWindow,
  contractIssues,
  fail,
  type OperationDeciderDependencies,
  requireStatus,
  respondBy,
} from '../rules';
import type { CommandOf } from '.';

/**
 * ResolveConflict: the lead unit answers a deconfliction alert, once. `act_jointly` also invites
 * the other record's owner unit (unless it already takes part; on a RED operation its contact
 * officer is named); `cancel` cancels this operation; `delay` moves the operation to the new,
 * later window the command carries, in the same commit (OperationRescheduled, deconflicted again
 * by the reaction) — a delay without a new window is refused, so "delay" always means a new date.
 * Texts copied into events every viewer of the operation sees (invitation message, cancellation
 * and reschedule reasons) never mention the conflict: it may be disclosed to the owners only.
 */
export function resolveConflict(
  c: CommandOf<'ResolveConflict'>,
  state: OperationState,
  deps: OperationDeciderDependencies,
): OperationEvent[] {
  authorise(state, c, 'lead');
  const conflict = state.conflicts[c.conflictId];
  if (!conflict) throw ValidationError.field('conflict_id', `no conflict "${c.conflictId}" on this operation`);
  if (conflict.status === 'resolved') throw new InvalidTransitionError(`conflict ${c.conflictId} is already resolved`, 'resolved');
  const issues: FieldIssue[] = contractIssues(c);
  const outcome = c.outcome;
  if (outcome === 'delay') {
    if (!c.window) issues.push({ path: 'window', message: 'a delay needs the new window (starts_at, ends_at)' });
    else {
      checkWindow(c.window, 'window', issues);
      if (issues.length === 0 && Date.parse(c.window.startsAt) <= Date.parse(state.window.startsAt))
        issues.push({ path: 'window.starts_at', message: `a delay starts later than the current start ${state.window.startsAt}` });
    }
  } else if (c.window) issues.push({ path: 'window', message: 'only a delay carries a new window' });
  fail(issues);
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
        message: c.note || 'invited to act jointly',
        invitedAt: c.now,
        ...respondBy(state, c.now, deps),
        conflictId: c.conflictId,
        namedOfficerIds: state.handling.code === 'RED' && conflict.contactOfficerId ? [conflict.contactOfficerId] : [],
      }),
    ];
  }
  if (outcome === 'cancel')
    return [resolved, operationEvent('OperationCancelled', { reason: c.note || 'cancelled by the lead unit', at: c.now })];
  if (outcome === 'delay' && c.window) {
    requireStatus(state, c, 'proposed', 'launched');
    return [
      resolved,
      operationEvent('OperationRescheduled', { window: canonicalWindow(c.window), previous: state.window, reason: 'delayed' }),
    ];
  }
  return [resolved];
}
