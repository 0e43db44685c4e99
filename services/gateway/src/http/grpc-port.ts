import type { Actor } from '@liaison/contracts';
import { createGrpcClient, loadServiceDefinition, type MethodTypes } from '@liaison/platform';
import { protoPath as healthProtoPath } from 'grpc-health-check';

/** Who calls, and the request's correlation id: both travel to the service in gRPC metadata. */
export interface CallContext {
  actor: Actor;
  correlationId: string;
}

/** What the gateway needs of a backend service: one unary call per rpc, plus readiness. */
export interface GrpcPort<M extends MethodTypes> {
  call<K extends keyof M & string>(method: K, request: M[K]['request'], ctx: CallContext): Promise<M[K]['response']>;
  /** True when the service answers its gRPC health check in time. */
  ready(timeoutMs: number): Promise<boolean>;
  close(): void;
}

type HealthMethods = { Check: { request: { service: string }; response: { status: string } } };

/**
 * A port over gRPC for one service of `protos/liaison/v1/<proto>.proto`: the platform client
 * (deadlines, identity, correlation id and trace context in metadata, typed errors back) plus a
 * grpc.health.v1 client for readiness.
 */
export function createGrpcPort<M extends MethodTypes>(
  protoFile: string,
  serviceName: string,
  address: string,
  options: { deadlineMs?: number } = {},
): GrpcPort<M> {
  const client = createGrpcClient<M>(loadServiceDefinition(protoFile, serviceName), address, { deadlineMs: options.deadlineMs ?? 5_000 });
  const health = createGrpcClient<HealthMethods>(loadServiceDefinition(healthProtoPath, 'grpc.health.v1.Health'), address, { deadlineMs: 1_000 });
  return {
    call: (method, request, ctx) => client.call(method, request, { actor: ctx.actor, correlationId: ctx.correlationId }),
    async ready(timeoutMs) {
      try {
        const answer = await health.call('Check', { service: serviceName }, { deadlineMs: timeoutMs });
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
