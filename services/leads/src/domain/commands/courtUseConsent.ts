import { type FieldIssue, leadEvent, type LeadEvent } from '@liaison/contracts';
import { InvalidTransitionError, ValidationError } from '@liaison/platform';
import type { LeadState } from '../lead';
import { authorise, contractIssues, fail, type LeadDeciderDependencies, nonEmpty } from '../rules';
import type { CommandOf } from '.';

/**
 * The originator's consent to court use (`noCourtUseWithoutConsent`; ADR 0014), shaped like the
 * onward-sharing consent: a party asks for a named unit (the police unit a case is to be handed
 * to, later a unit recognising evidence), the owner unit answers once. The rule that reads the
 * answers is courtUseAllowed in @liaison/contracts.
 */

/** RequestCourtUseConsent: the owner or a participant unit asks for `unitId`'s court use. */
export function requestCourtUseConsent(
  c: CommandOf<'RequestCourtUseConsent'>,
  state: LeadState,
  { directory }: LeadDeciderDependencies,
): LeadEvent {
  authorise(state, c, 'party');
  const issues: FieldIssue[] = contractIssues(c);
  if (!directory.unit(c.unitId)) issues.push({ path: 'unit_id', message: `unknown unit "${c.unitId}"` });
  if (!nonEmpty(c.reason)) issues.push({ path: 'reason', message: 'required' });
  fail(issues);
  const open = Object.entries(state.courtUseConsents).find(([, r]) => r.unitId === c.unitId && r.status !== 'refused');
  if (open) throw new InvalidTransitionError(`court use by ${c.unitId} is already ${open[1].status} (request ${open[0]})`, open[1].status);
  return leadEvent('CourtUseConsentRequested', {
    requestId: c.requestId,
    requestedByUnitId: c.actor.unitId,
    unitId: c.unitId,
    reason: c.reason,
  });
}

/** The owner answers a pending request, once. */
function pendingRequest(c: CommandOf<'ApproveCourtUseConsent' | 'RefuseCourtUseConsent'>, state: LeadState) {
  authorise(state, c, 'owner');
  fail(contractIssues(c));
  const request = state.courtUseConsents[c.requestId];
  if (!request) throw ValidationError.field('request_id', `no court-use consent request "${c.requestId}" on this lead`);
  if (request.status !== 'pending')
    throw new InvalidTransitionError(`court-use consent request ${c.requestId} is already ${request.status}`, request.status);
  return request;
}

export function approveCourtUseConsent(c: CommandOf<'ApproveCourtUseConsent'>, state: LeadState): LeadEvent {
  pendingRequest(c, state);
  return leadEvent('CourtUseConsentApproved', { requestId: c.requestId, reason: c.reason });
}

export function refuseCourtUseConsent(c: CommandOf<'RefuseCourtUseConsent'>, state: LeadState): LeadEvent {
  pendingRequest(c, state);
  if (!nonEmpty(c.reason)) throw ValidationError.field('reason', 'a refusal needs a reason');
  return leadEvent('CourtUseConsentRefused', { requestId: c.requestId, reason: c.reason });
}
