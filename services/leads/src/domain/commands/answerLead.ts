import { leadEvent, type LeadEvent } from '@liaison/contracts';
import { InvalidTransitionError, ValidationError } from '@liaison/platform';
import { type LeadState, participantUnitIds } from '../lead';
import type { RecipientStatus } from '../model';
import { authorise, contractIssues, fail, type LeadDeciderDependencies, nonEmpty } from '../rules';
import type { CommandOf } from '.';

/** A recipient unit answers a lead shared with it: acknowledge, then accept or decline (each once). */
function recipientStatus(
  c: CommandOf<'AcknowledgeLead' | 'AcceptLead' | 'DeclineLead'>,
  state: LeadState,
  ...allowed: RecipientStatus[]
): void {
  authorise(state, c, 'recipient');
  const status = state.recipients[c.actor.unitId]!.status;
  if (!allowed.includes(status))
    throw new InvalidTransitionError(`${c.type}: unit ${c.actor.unitId} has already ${status} lead ${c.leadId}`, status);
}

export function acknowledgeLead(c: CommandOf<'AcknowledgeLead'>, state: LeadState): LeadEvent {
  recipientStatus(c, state, 'shared');
  return leadEvent('LeadAcknowledged', { unitId: c.actor.unitId, at: c.now });
}

export function acceptLead(c: CommandOf<'AcceptLead'>, state: LeadState): LeadEvent {
  recipientStatus(c, state, 'shared', 'acknowledged');
  return leadEvent('LeadAccepted', { unitId: c.actor.unitId, at: c.now });
}

/**
 * DeclineLead: the unit leaves the lead (ADR 0012). It is no longer a participant, and on a RED
 * lead its named officers are named no more (unless the unit still takes part otherwise, e.g.
 * through a co-handling task), so none of them sees what happens afterwards.
 */
export function declineLead(c: CommandOf<'DeclineLead'>, state: LeadState, { directory }: LeadDeciderDependencies): LeadEvent {
  recipientStatus(c, state, 'shared', 'acknowledged');
  fail(contractIssues(c));
  if (!nonEmpty(c.reason)) throw ValidationError.field('reason', 'declining a lead needs a reason');
  const unit = c.actor.unitId;
  const after = { ...state, recipients: { ...state.recipients, [unit]: { ...state.recipients[unit]!, status: 'declined' as const } } };
  const stays = participantUnitIds(after).includes(unit);
  const revoked = stays ? [] : state.handling.namedOfficerIds.filter((id) => directory.officer(id)?.unitId === unit);
  return leadEvent('LeadDeclined', {
    unitId: unit,
    reason: c.reason,
    at: c.now,
    ...(revoked.length > 0 ? { revokedOfficerIds: revoked } : {}),
  });
}
