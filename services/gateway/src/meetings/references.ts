import type { RecordAccess, TlpCode } from '@liaison/contracts';
import { ForbiddenError, NotFoundError, ValidationError } from '@liaison/platform';
import type { CallContext } from '../http/grpc-port';
import type { LeadsPort } from '../leads/leads-port';
import { partiesOf as leadParties } from '../leads/participation';
import type { OperationsPort } from '../operations/operations-port';
import { partiesOf as operationParties } from '../operations/participation';

/** An agenda reference as the gateway passes it to the meetings service: the record's access when it could be read. */
export interface ResolvedReference {
  kind: string;
  id: string;
  access: RecordAccess | null;
}

/**
 * The access of each record an agenda item refers to, read from the owning service with the
 * proposer's identity (the "proposer's view", ADR 0020): a lead or an operation the proposer may
 * not see is refused like an unknown one (400, nothing leaks). Evidence and situation analyses
 * are not looked up yet: their access is unknown (null) and the meetings service shows such an
 * item to the proposer's unit only.
 */
export async function resolveReferences(
  ports: { leads: LeadsPort; operations: OperationsPort },
  references: { kind: string; id: string }[],
  ctx: CallContext,
): Promise<ResolvedReference[]> {
  const unknown = (i: number, r: { kind: string; id: string }) =>
    ValidationError.of([{ path: `references.${i}.id`, message: `unknown ${r.kind} "${r.id}"` }], 'request body');
  return Promise.all(
    references.map(async (r, i): Promise<ResolvedReference> => {
      try {
        if (r.kind === 'lead') {
          const lead = await ports.leads.call('GetLead', { leadId: r.id }, ctx);
          return { ...r, access: accessOf(lead.ownerUnitId, lead.postedByOfficerId, leadParties(lead), lead.handling) };
        }
        if (r.kind === 'operation') {
          const op = await ports.operations.call('GetOperation', { operationId: r.id }, ctx);
          return { ...r, access: accessOf(op.leadUnitId, op.proposedByOfficerId, operationParties(op), op.handling) };
        }
        return { ...r, access: null };
      } catch (error) {
        if (error instanceof NotFoundError || error instanceof ForbiddenError || error instanceof ValidationError) throw unknown(i, r);
        throw error;
      }
    }),
  );
}

const accessOf = (
  ownerUnitId: string,
  createdByOfficerId: string,
  parties: Set<string>,
  handling: { code?: string; namedOfficerIds?: string[] } | null | undefined,
): RecordAccess => ({
  ownerUnitId,
  createdByOfficerId,
  participantUnitIds: [...parties].filter((u) => u && u !== ownerUnitId),
  code: (handling?.code ?? 'RED') as TlpCode,
  namedOfficerIds: handling?.namedOfficerIds ?? [],
});
