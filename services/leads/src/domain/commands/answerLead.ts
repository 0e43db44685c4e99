import { leadEvent, type LeadEvent } from '@liaison/contracts';
import { InvalidTransitionError, ValidationError } from '@liaison/platform';
import type { LeadState } from '../lead';
import type { RecipientStatus } from '../model';
import { authorise, contractIssues, fail, nonEmpty } from '../rules';
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

export function declineLead(c: CommandOf<'DeclineLead'>, state: LeadState): LeadEvent {
  recipientStatus(c, state, 'shared', 'acknowledged');
  fail(contractIssues(c));
  if (!nonEmpty(c.reason)) throw ValidationError.field('reason', 'declining a lead needs a reason');
  return leadEvent('LeadDeclined', { unitId: c.actor.unitId, reason: c.reason, at: c.now });
}
