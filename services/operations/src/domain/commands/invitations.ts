import { type FieldIssue, namedOfficerIssues, operationEvent, type OperationEvent } from '@liaison/contracts';
import { InvalidTransitionError, ValidationError } from '@liaison/platform';
import type { OperationState } from '../operation';
import { authorise, checkUnits, contractIssues, fail, nonEmpty, type OperationDeciderDependencies, respondBy } from '../rules';
import type { CommandOf } from '.';

/** InviteUnits: the lead unit invites known units that were not invited yet; each answers within the response limit. */
export function inviteUnits(c: CommandOf<'InviteUnits'>, state: OperationState, deps: OperationDeciderDependencies): OperationEvent {
  const { directory } = deps;
  authorise(state, c, 'lead');
  const issues: FieldIssue[] = contractIssues(c);
  checkUnits(directory, c.unitIds, 'unit_ids', issues);
  c.unitIds.forEach((id, i) => {
    if (id === state.leadUnitId) issues.push({ path: `unit_ids[${i}]`, message: 'the lead unit cannot invite itself' });
    else if (id in state.invitations) issues.push({ path: `unit_ids[${i}]`, message: `"${id}" was already invited` });
  });
  // A RED operation is seen only by its named officers: each invited unit needs one.
  issues.push(
    ...namedOfficerIssues(directory, {
      code: state.handling.code,
      record: 'operation',
      unitIds: c.unitIds,
      namedOfficerIds: c.namedOfficerIds,
      path: 'named_officer_ids',
      alreadyNamedOfficerIds: state.handling.namedOfficerIds,
    }),
  );
  fail(issues);
  return operationEvent('UnitsInvited', {
    unitIds: c.unitIds,
    message: c.message,
    invitedAt: c.now,
    ...respondBy(state, c.now, deps),
    conflictId: '',
    namedOfficerIds: c.namedOfficerIds,
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

/** Declining leaves the operation: on a RED one, the unit's named officers lose access with it. */
export function declineInvitation(
  c: CommandOf<'DeclineInvitation'>,
  state: OperationState,
  { directory }: OperationDeciderDependencies,
): OperationEvent {
  pendingInvitation(c, state);
  fail(contractIssues(c));
  if (!nonEmpty(c.reason)) throw ValidationError.field('reason', 'declining an invitation needs a reason');
  const revokedOfficerIds =
    state.handling.code === 'RED'
      ? state.handling.namedOfficerIds.filter((id) => id !== state.proposedByOfficerId && directory.officer(id)?.unitId === c.actor.unitId)
      : [];
  return operationEvent('InvitationDeclined', {
    unitId: c.actor.unitId,
    reason: c.reason,
    at: c.now,
    ...(revokedOfficerIds.length > 0 ? { revokedOfficerIds } : {}),
  });
}
