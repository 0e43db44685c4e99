import type { Actor } from '@liaison/contracts';
import { ForbiddenError, NotFoundError } from '@liaison/platform';
import type { LeadDetail, LeadsPort } from './leads-port';

/** Codes whose existence must not leak to outsiders: denials are 404, not 403. */
const SECRET_CODES = new Set(['RED', 'AMBER+STRICT']);

/** Units that take part in a lead: the owner, recipients, co-handling units, the police unit. */
export function partiesOf(lead: LeadDetail): Set<string> {
  const units = new Set<string>([lead.ownerUnitId]);
  for (const recipient of lead.recipients ?? []) units.add(recipient.unitId);
  for (const task of lead.coHandlingTasks ?? []) units.add(task.unitId);
  if (lead.transfer?.policeUnitId) units.add(lead.transfer.policeUnitId);
  return units;
}

/**
 * Gateway-side check before a command on an existing lead: may the caller see it (GetLead with
 * the caller's identity: the service answers NotFound for hidden RED / AMBER+STRICT leads and
 * Forbidden otherwise), and is the caller's unit a party to it? The leads service re-checks
 * everything on the event stream; this check only spares it calls that cannot succeed.
 *
 * A NotFound from GetLead is passed through to the command rather than answered here: GetLead
 * reads a projection, which may lag behind a lead posted or shared a moment ago, and the command
 * itself answers NotFound authoritatively for a lead that is missing or hidden.
 */
export async function checkParticipation(leads: LeadsPort, actor: Actor, leadId: string, correlationId: string): Promise<void> {
  let lead: LeadDetail;
  try {
    lead = await leads.call('GetLead', { leadId }, { actor, correlationId });
  } catch (error) {
    if (error instanceof NotFoundError) return;
    throw error;
  }
  if (partiesOf(lead).has(actor.unitId)) return;
  if (SECRET_CODES.has(lead.handling?.code ?? '')) throw new NotFoundError('lead', leadId);
  throw new ForbiddenError(`unit ${actor.unitId} is not a party to lead ${leadId}`, { leadId });
}
