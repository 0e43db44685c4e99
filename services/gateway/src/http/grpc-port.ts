import type { Actor } from '@liaison/contracts';
import {
  createGrpcClient,
  type GrpcClient,
  type GrpcSecurity,
  loadServiceDefinition,
  type MethodTypes,
  requireSigner,
} from '@liaison/platform';
import { protoPath as healthProtoPath } from 'grpc-health-check';

/** Who calls (sent as a signed identity token), and the request's correlation id. */
export interface CallContext {
  actor: Actor;
  correlationId: string;
  /** Commands only: what the Idempotency-Key is bound to (idempotency.ts, requestDigestOf). */
  requestDigest?: string;
  /** A deadline of this call shorter than the port's (e.g. an optional extra of a read). */
  deadlineMs?: number;
}

/** What the gateway needs of a backend service: one unary call per rpc, plus readiness. */
export interface GrpcPort<M extends MethodTypes> {
  call<K extends keyof M & string>(method: K, request: M[K]['request'], ctx: CallContext): Promise<M[K]['response']>;
  /** An rpc the service serves to anyone (its public methods, e.g. published keys): no identity token is sent. */
  callPublic<K extends keyof M & string>(method: K, request: M[K]['request'], correlationId: string): Promise<M[K]['response']>;
  /** True when the service answers its gRPC health check in time. */
  ready(timeoutMs: number): Promise<boolean>;
  close(): void;
}

type HealthMethods = { Check: { request: { service: string }; response: { status: string } } };

export interface GrpcPortOptions {
  deadlineMs?: number;
  /**
   * Identity signer and TLS of the gateway (grpcSecurityFromConfig). Omitted (tests): the shared
   * dev key, plaintext.
   */
  security?: GrpcSecurity;
}

/**
 * A platform client for the streaming rpcs of one service, signed and secured as the gateway's
 * unary ports are; `deadlineMs` is the stream's own (the bytes or lines it carries).
 */
export function createGatewayStreamClient<M extends MethodTypes>(
  protoFile: string,
  serviceName: string,
  address: string,
  deadlineMs: number,
  { security }: GrpcPortOptions = {},
): GrpcClient<M> {
  return createGrpcClient<M>(loadServiceDefinition(protoFile, serviceName), address, {
    deadlineMs,
    ...(security
      ? { identity: requireSigner(security), credentials: security.channelCredentials, channelOptions: security.channelOptions }
      : {}),
  });
}

/**
 * A port over gRPC for one service of `protos/liaison/v1/<proto>.proto`: the platform client
 * (deadlines, the caller in an identity token the gateway signs for that service, correlation id
 * and trace context in metadata, typed errors back) plus a grpc.health.v1 client for readiness.
 */
export function createGrpcPort<M extends MethodTypes>(
  protoFile: string,
  serviceName: string,
  address: string,
  options: GrpcPortOptions = {},
): GrpcPort<M> {
  const { security } = options;
  const channel = security ? { credentials: security.channelCredentials, channelOptions: security.channelOptions } : {};
  const deadlineMs = options.deadlineMs ?? 5_000;
  const client = createGrpcClient<M>(loadServiceDefinition(protoFile, serviceName), address, {
    deadlineMs,
    ...(security ? { identity: requireSigner(security) } : {}),
    ...channel,
  });
  const health = createGrpcClient<HealthMethods>(loadServiceDefinition(healthProtoPath, 'grpc.health.v1.Health'), address, {
    deadlineMs: 1_000,
    ...channel,
  });
  return {
    call: (method, request, ctx) =>
      client.call(method, request, {
        actor: ctx.actor,
        correlationId: ctx.correlationId,
        requestDigest: ctx.requestDigest,
        ...(ctx.deadlineMs ? { deadlineMs: Math.min(ctx.deadlineMs, deadlineMs) } : {}),
      }),
    callPublic: (method, request, correlationId) => client.call(method, request, { actor: null, correlationId }),
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
