import { leadParticipantUnitIds } from '@liaison/contracts';
import type { LeadDetail } from './leads-port';

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
