import { protoFile } from '@liaison/contracts';
import {
  createGrpcClient,
  ForbiddenError,
  type GrpcClient,
  type GrpcSecurity,
  loadServiceDefinition,
  NotFoundError,
  requireSigner,
} from '@liaison/platform';
import type { LeadsLookup } from '../application/operation-commands';

type LeadsMethods = { GetLead: { request: { leadId: string }; response: { leadId: string } } };

/**
 * Linked-lead validation over gRPC: leads' GetLead for the caller (forwardCallOptions shape),
 * in a token this service signs (issuer `operations`) naming the caller it acts for, with its
 * correlation id and deadline. NotFound and PermissionDenied both mean "not a lead you can
 * link"; any other failure (leads down, deadline) propagates, so the proposal fails rather than
 * being stored unchecked.
 */
export function grpcLeadsLookup(address: string, security: GrpcSecurity, deadlineMs = 5_000): LeadsLookup & { close(): void } {
  const client: GrpcClient<LeadsMethods> = createGrpcClient<LeadsMethods>(
    loadServiceDefinition(protoFile('leads'), 'liaison.v1.LeadsService'),
    address,
    {
      deadlineMs,
      identity: requireSigner(security),
      credentials: security.channelCredentials,
      channelOptions: security.channelOptions,
    },
  );
  return {
    async isVisible(leadId, ctx) {
      try {
        await client.call('GetLead', { leadId }, { actor: ctx.actor, correlationId: ctx.correlationId, deadline: ctx.deadline });
        return true;
      } catch (error) {
        if (error instanceof NotFoundError || error instanceof ForbiddenError) return false;
        throw error;
      }
    },
    close: () => client.close(),
  };
}
