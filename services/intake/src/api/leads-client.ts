import { protoFile, type proto } from '@liaison/contracts';
import { type CommandContext, createGrpcClient, type GrpcSecurity, loadServiceDefinition, requireSigner } from '@liaison/platform';

type LeadsMethods = { PostLead: { request: proto.PostLeadRequest; response: proto.LeadCommandResult__Output } };

export interface LeadPoster {
  /** Posts a lead with the officer's identity (a token this service signs, issuer `intake`, naming the officer). */
  post(request: proto.PostLeadRequest, ctx: CommandContext): Promise<{ leadId: string }>;
  close(): void;
}

/** Leads' PostLead for converted reports: the leads service decides as for any officer's post (ADR 0028). */
export function grpcLeadPoster(address: string, security: GrpcSecurity, deadlineMs = 5_000): LeadPoster {
  const client = createGrpcClient<LeadsMethods>(loadServiceDefinition(protoFile('leads'), 'liaison.v1.LeadsService'), address, {
    deadlineMs,
    identity: requireSigner(security),
    credentials: security.channelCredentials,
    channelOptions: security.channelOptions,
  });
  return {
    post: async (request, ctx) => {
      const result = await client.call('PostLead', request, {
        actor: ctx.actor,
        correlationId: ctx.correlationId,
        deadline: ctx.deadline ?? undefined,
      });
      return { leadId: result.leadId };
    },
    close: () => client.close(),
  };
}
