import { type FieldIssue, operationEvent, type OperationEvent } from '@liaison/contracts';
import { InvalidTransitionError, ValidationError } from '@liaison/platform';
import type { OperationState } from '../operation';
import { authorise, checkUnits, contractIssues, fail, nonEmpty, type OperationDeciderDependencies, respondBy } from '../rules';
import type { CommandOf } from '.';

/** InviteUnits: the lead unit invites known units that were not invited yet; each answers within the response limit. */
export function inviteUnits(
  c: CommandOf<'InviteUnits'>,
  state: OperationState,
  { directory, limits }: OperationDeciderDependencies,
): OperationEvent {
  authorise(state, c, 'lead');
  const issues: FieldIssue[] = contractIssues(c);
  checkUnits(directory, c.unitIds, 'unit_ids', issues);
  c.unitIds.forEach((id, i) => {
    if (id === state.leadUnitId) issues.push({ path: `unit_ids[${i}]`, message: 'the lead unit cannot invite itself' });
    else if (id in state.invitations) issues.push({ path: `unit_ids[${i}]`, message: `"${id}" was already invited` });
  });
  fail(issues);
  return operationEvent('UnitsInvited', {
    unitIds: c.unitIds,
    message: c.message,
    invitedAt: c.now,
    respondBy: respondBy(state, c.now, limits),
    conflictId: '',
  });
}

/** An invited unit answers once. */
function pendingInvitation(c: CommandOf<'JoinOperation' | 'DeclineInvitation'>, state: OperationState): void {
  authorise(state, c, 'invited');
  const invitation = state.invitations[c.actor.unitId]!;
  if (invitation.status !== 'pending')
    throw new InvalidTransitionError(`unit ${c.actor.unitId} has already ${invitation.status}`, invitation.status);
}

export function joinOperation(c: CommandOf<'JoinOperation'>, state: OperationState): OperationEvent {
  pendingInvitation(c, state);
  return operationEvent('OperationJoined', { unitId: c.actor.unitId, at: c.now });
}

export function declineInvitation(c: CommandOf<'DeclineInvitation'>, state: OperationState): OperationEvent {
  pendingInvitation(c, state);
  fail(contractIssues(c));
  if (!nonEmpty(c.reason)) throw ValidationError.field('reason', 'declining an invitation needs a reason');
  return operationEvent('InvitationDeclined', { unitId: c.actor.unitId, reason: c.reason, at: c.now });
}
