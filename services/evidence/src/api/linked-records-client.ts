import { leadParticipantUnitIds, operationParticipantUnitIds, protoFile, type proto } from '@liaison/contracts';
import {
  createGrpcClient,
  ForbiddenError,
  type GrpcClient,
  type GrpcSecurity,
  loadServiceDefinition,
  NotFoundError,
  requireSigner,
} from '@liaison/platform';
import type { LinkedRecords } from '../application/linked-records';

type LeadsMethods = { GetLead: { request: { leadId: string }; response: proto.LeadDetail__Output } };
type OperationsMethods = { GetOperation: { request: { operationId: string }; response: proto.OperationDetail__Output } };

/**
 * Who takes part in a lead or an operation, asked of its own service for the caller: leads'
 * GetLead and operations' GetOperation in a token this service signs (issuer `evidence`) naming
 * the caller it acts for, with its correlation id and deadline (as operations' leads-client.ts).
 * The owning context's answer is current (a unit that declined has left) and already filtered by
 * what the caller may see; the participant set is computed from it with the owning contract's
 * one rule (leadParticipantUnitIds / operationParticipantUnitIds). NotFound and PermissionDenied
 * both mean "no record you take part in" (null); any other failure propagates, so the command
 * fails rather than being decided on a guess.
 */
export function grpcLinkedRecords(
  addresses: { leads: string; operations: string },
  security: GrpcSecurity,
  deadlineMs = 5_000,
): LinkedRecords & { close(): void } {
  const options = {
    deadlineMs,
    identity: requireSigner(security),
    credentials: security.channelCredentials,
    channelOptions: security.channelOptions,
  };
  const leads: GrpcClient<LeadsMethods> = createGrpcClient<LeadsMethods>(
    loadServiceDefinition(protoFile('leads'), 'liaison.v1.LeadsService'),
    addresses.leads,
    options,
  );
  const operations: GrpcClient<OperationsMethods> = createGrpcClient<OperationsMethods>(
    loadServiceDefinition(protoFile('operations'), 'liaison.v1.OperationsService'),
    addresses.operations,
    options,
  );
  const orNull = async <T>(call: () => Promise<T>): Promise<T | null> => {
    try {
      return await call();
    } catch (error) {
      if (error instanceof NotFoundError || error instanceof ForbiddenError) return null;
      throw error;
    }
  };
  return {
    async parties(recordId, ctx) {
      const call = { actor: ctx.actor, correlationId: ctx.correlationId, deadline: ctx.deadline };
      if (recordId.startsWith('lead-')) {
        const lead = await orNull(() => leads.call('GetLead', { leadId: recordId }, call));
        if (!lead) return null;
        return {
          ownerUnitId: lead.ownerUnitId,
          participantUnitIds: leadParticipantUnitIds({
            recipients: lead.recipients,
            coHandlingUnitIds: lead.coHandlingTasks.map((t) => t.unitId),
            policeUnitId: lead.transfer?.policeUnitId ?? '',
            procuratorateUnitId: lead.transfer?.procuratorateUnitId ?? '',
          }),
        };
      }
      if (recordId.startsWith('operation-')) {
        const op = await orNull(() => operations.call('GetOperation', { operationId: recordId }, call));
        if (!op) return null;
        return {
          ownerUnitId: op.leadUnitId,
          participantUnitIds: operationParticipantUnitIds(
            op.invitations,
            op.tasks.map((t) => t.unitId),
          ),
        };
      }
      return null;
    },
    close: () => {
      leads.close();
      operations.close();
    },
  };
}
