import { type FieldIssue, leadEvent, type LeadEvent } from '@liaison/contracts';
import { InvalidTransitionError, ValidationError } from '@liaison/platform';
import type { LeadState } from '../lead';
import { authorise, checkNamedOfficers, checkUnits, contractIssues, fail, type LeadDeciderDependencies, nonEmpty } from '../rules';
import type { CommandOf } from '.';
import { acknowledgeBy } from './shareLead';

/** RequestOnwardSharing: a recipient of a restricted lead asks the originator to share it with more units. */
export function requestOnwardSharing(
  c: CommandOf<'RequestOnwardSharing'>,
  state: LeadState,
  { directory }: LeadDeciderDependencies,
): LeadEvent {
  authorise(state, c, 'recipient');
  const issues: FieldIssue[] = contractIssues(c);
  checkUnits(directory, c.unitIds, 'unit_ids', issues);
  c.unitIds.forEach((id, i) => {
    if (id === state.ownerUnitId || id in state.recipients)
      issues.push({ path: `unit_ids[${i}]`, message: `"${id}" already has the lead` });
  });
  if (!nonEmpty(c.reason)) issues.push({ path: 'reason', message: 'required' });
  fail(issues);
  return leadEvent('OnwardSharingRequested', {
    requestId: c.requestId,
    requestedByUnitId: c.actor.unitId,
    unitIds: c.unitIds,
    reason: c.reason,
  });
}

/** The owner answers a pending request, once. */
function pendingRequest(c: CommandOf<'ApproveOnwardSharing' | 'RefuseOnwardSharing'>, state: LeadState) {
  authorise(state, c, 'owner');
  fail(contractIssues(c));
  const request = state.onwardRequests[c.requestId];
  if (!request) throw ValidationError.field('request_id', `no onward-sharing request "${c.requestId}" on this lead`);
  if (request.status !== 'pending')
    throw new InvalidTransitionError(`onward-sharing request ${c.requestId} is already ${request.status}`, request.status);
  return request;
}

/** ApproveOnwardSharing: the lead is shared, on the requester's behalf, with the requested units that do not have it yet. */
export function approveOnwardSharing(c: CommandOf<'ApproveOnwardSharing'>, state: LeadState, deps: LeadDeciderDependencies): LeadEvent[] {
  const request = pendingRequest(c, state);
  // The requester shares through the owner; a requester that has since declined has left (ADR 0012).
  if (state.recipients[request.requestedByUnitId]?.status === 'declined')
    throw new InvalidTransitionError(`${request.requestedByUnitId} has declined the lead since it asked; refuse the request`, 'declined');
  const newUnits = request.unitIds.filter((id) => !(id in state.recipients) && id !== state.ownerUnitId);
  const issues: FieldIssue[] = [];
  checkNamedOfficers(deps.directory, state.handling.code, newUnits, c.namedOfficerIds, 'named_officer_ids', issues);
  fail(issues);
  const approved = leadEvent('OnwardSharingApproved', { requestId: c.requestId, reason: c.reason });
  if (newUnits.length === 0) return [approved];
  return [
    approved,
    leadEvent('LeadShared', {
      sharedByUnitId: request.requestedByUnitId,
      unitIds: newUnits,
      message: c.reason,
      sharedAt: c.now,
      ...acknowledgeBy(deps, c.now),
      onwardRequestId: c.requestId,
      ...(c.namedOfficerIds.length > 0 ? { namedOfficerIds: c.namedOfficerIds } : {}),
    }),
  ];
}

/** RefuseOnwardSharing: needs a reason. */
export function refuseOnwardSharing(c: CommandOf<'RefuseOnwardSharing'>, state: LeadState): LeadEvent {
  pendingRequest(c, state);
  if (!nonEmpty(c.reason)) throw ValidationError.field('reason', 'a refusal needs a reason');
  return leadEvent('OnwardSharingRefused', { requestId: c.requestId, reason: c.reason });
}
