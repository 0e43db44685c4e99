import type { Actor } from '@liaison/contracts';
import { checkParticipation as check } from '../http/participation';
import type { LeadDetail, LeadsPort } from './leads-port';

/** Units that take part in a lead: the owner, recipients, co-handling units, the police unit. */
export function partiesOf(lead: LeadDetail): Set<string> {
  const units = new Set<string>([lead.ownerUnitId]);
  for (const recipient of lead.recipients ?? []) units.add(recipient.unitId);
  for (const task of lead.coHandlingTasks ?? []) units.add(task.unitId);
  if (lead.transfer?.policeUnitId) units.add(lead.transfer.policeUnitId);
  return units;
}

/**
 * Before a command on an existing lead: GetLead with the caller's identity, and the caller's
 * unit must be a party (else 403, or 404 for RED / AMBER+STRICT). See ../http/participation.ts.
 */
export function checkParticipation(leads: LeadsPort, actor: Actor, leadId: string, correlationId: string): Promise<void> {
  return check({
    kind: 'lead',
    id: leadId,
    actor,
    fetch: () => leads.call('GetLead', { leadId }, { actor, correlationId }),
    parties: partiesOf,
    handlingCode: (lead) => lead.handling?.code ?? '',
  });
}
