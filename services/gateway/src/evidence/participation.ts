import { type Actor, evidenceParticipantUnitIds } from '@liaison/contracts';
import { checkParticipation as check } from '../http/participation';
import type { EvidenceDetail, EvidencePort } from './evidence-port';

/**
 * Units that take part in an item, as the contract counts them (`evidenceParticipantUnitIds`):
 * the registering unit, the collecting unit, every unit that held it in custody and every unit
 * asked to recognise it.
 */
export function partiesOf(item: EvidenceDetail): Set<string> {
  return new Set<string>([
    item.ownerUnitId,
    ...evidenceParticipantUnitIds({
      ownerUnitId: item.ownerUnitId,
      collectedByUnitId: item.collectedByUnitId,
      custodyUnitIds: [item.custodianUnitId, ...(item.custody ?? []).flatMap((c) => [c.fromUnitId, c.toUnitId])],
      recognitionUnitIds: (item.recognitionRequests ?? []).flatMap((r) => (r.decisions ?? []).map((d) => d.unitId)),
    }),
  ]);
}

/**
 * Before a command on an existing item: GetEvidence with the caller's identity (NOT_FOUND for an
 * item the caller may not see, passed on to the command, which answers it authoritatively) and
 * the caller's unit must take part in it (else 403, or 404 for RED / AMBER+STRICT). See
 * ../http/participation.ts; the service re-checks everything on the item's stream.
 */
export function checkParticipation(evidence: EvidencePort, actor: Actor, evidenceId: string, correlationId: string): Promise<void> {
  return check({
    kind: 'evidence',
    id: evidenceId,
    actor,
    fetch: () => evidence.call('GetEvidence', { evidenceId }, { actor, correlationId }),
    parties: partiesOf,
    handlingCode: (item) => item.handling?.code ?? '',
  });
}
