import { protoFile } from '@liaison/contracts';
import { createGrpcClient, loadServiceDefinition } from '@liaison/platform';
import { protoPath as healthProtoPath } from 'grpc-health-check';
import type { LeadsMethods, LeadsPort } from './leads-port';

export const LEADS_SERVICE = 'liaison.v1.LeadsService';

type HealthMethods = { Check: { request: { service: string }; response: { status: string } } };

/** The LeadsPort over gRPC: the platform client (deadlines, identity, trace context in metadata). */
export function createGrpcLeadsPort(address: string, options: { deadlineMs?: number } = {}): LeadsPort {
  const client = createGrpcClient<LeadsMethods>(loadServiceDefinition(protoFile('leads'), LEADS_SERVICE), address, {
    deadlineMs: options.deadlineMs ?? 5_000,
  });
  const health = createGrpcClient<HealthMethods>(loadServiceDefinition(healthProtoPath, 'grpc.health.v1.Health'), address, { deadlineMs: 1_000 });
  return {
    call: (method, request, ctx) => client.call(method, request, { actor: ctx.actor, correlationId: ctx.correlationId }),
    async ready(timeoutMs) {
      try {
        const answer = await health.call('Check', { service: LEADS_SERVICE }, { deadlineMs: timeoutMs });
        return answer.status === 'SERVING';
      } catch {
        return false;
      }
    },
    close() {
      client.close();
      health.close();
    },
  };
}
