import { type Actor, leadParticipantUnitIds } from '@liaison/contracts';
import { checkParticipation as check } from '../http/participation';
import type { LeadDetail, LeadsPort } from './leads-port';

/**
 * Units that take part in a lead: the owner and the contract's one participant rule (recipients
 * that have not declined, co-handling units, the police unit).
 */
export function partiesOf(lead: LeadDetail): Set<string> {
  return new Set<string>([
    lead.ownerUnitId,
    ...leadParticipantUnitIds({
      recipients: lead.recipients ?? [],
      coHandlingUnitIds: (lead.coHandlingTasks ?? []).map((task) => task.unitId),
      policeUnitId: lead.transfer?.policeUnitId ?? '',
      procuratorateUnitId: lead.transfer?.procuratorateUnitId ?? '',
    }),
  ]);
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
