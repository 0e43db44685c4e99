import { randomUUID } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { SpanKind } from '@opentelemetry/api';
import type { Actor } from '@liaison/contracts';
import { withSpan } from '../telemetry';
import { fromGrpcError } from './error-mapping';
import { defaultDevSigner } from './identity/default-identity';
import type { IdentitySigner } from './identity/identity-token';
import type { LoadedService } from './load-service';
import { injectIntoMetadata, METADATA, writeBearerToken, writeCorrelationId } from './metadata';

export interface GrpcClientOptions {
  /** Deadline of each call unless the call sets its own; docs/architecture.md wants one on every call. */
  deadlineMs?: number;
  /** TLS (GrpcSecurity.channelCredentials); plaintext when omitted. */
  credentials?: grpc.ChannelCredentials;
  channelOptions?: grpc.ChannelOptions;
  /**
   * Signs the identity token of each call that names an actor (GrpcSecurity.signer). Omitted:
   * the shared dev key with issuer `gateway` — what tests and local tools use; production code
   * passes the configured signer.
   */
  identity?: IdentitySigner;
}

export interface UnaryCallOptions {
  /** Who calls: sent as a signed identity token. Omit only for methods the server marks public. */
  actor?: Actor | null;
  /** Defaults to a new id: a call that starts a new flow starts a new correlation. */
  correlationId?: string;
  deadlineMs?: number;
  /** An absolute deadline inherited from the caller's own call; the earlier one wins. */
  deadline?: Date | null;
  /** See CallContext.requestDigest: the gateway sends it with every command it forwards. */
  requestDigest?: string;
}

/** `{ GetLead: { request: GetLeadRequest; response: Lead } }` — optional typing per method. */
export type MethodTypes = Record<string, { request: unknown; response: unknown }>;

export interface GrpcClient<M extends MethodTypes = MethodTypes> {
  readonly service: string;
  readonly raw: grpc.Client;
  call<K extends keyof M & string>(method: K, request: M[K]['request'], options?: UnaryCallOptions): Promise<M[K]['response']>;
  waitForReady(timeoutMs?: number): Promise<void>;
  close(): void;
}

/**
 * Promise-based unary client. Every call gets a deadline, carries identity, correlation id and
 * trace context in metadata, runs in a CLIENT span, and rejects with the same typed errors the
 * server threw (ValidationError with its issues, InvalidTransitionError with the status, …).
 */
export function createGrpcClient<M extends MethodTypes = MethodTypes>(
  service: LoadedService,
  address: string,
  options: GrpcClientOptions = {},
): GrpcClient<M> {
  const defaultDeadlineMs = options.deadlineMs ?? 5_000;
  const raw = new grpc.Client(address, options.credentials ?? grpc.credentials.createInsecure(), options.channelOptions);
  const signer = (): IdentitySigner => options.identity ?? defaultDevSigner();

  const methodsByName = new Map<string, grpc.MethodDefinition<unknown, unknown>>();
  for (const [name, method] of Object.entries(service.definition)) {
    methodsByName.set(name, method as grpc.MethodDefinition<unknown, unknown>);
    if (method.originalName) methodsByName.set(method.originalName, method as grpc.MethodDefinition<unknown, unknown>);
  }

  return {
    service: service.name,
    raw,
    call(methodName, request, callOptions = {}) {
      const method = methodsByName.get(methodName);
      if (!method) return Promise.reject(new Error(`${service.name} has no rpc ${methodName}`));
      if (method.requestStream || method.responseStream) {
        return Promise.reject(new Error(`${service.name}/${methodName} is streaming; call() is for unary rpcs`));
      }

      const ownDeadline = Date.now() + (callOptions.deadlineMs ?? defaultDeadlineMs);
      const deadline = new Date(Math.min(ownDeadline, callOptions.deadline?.getTime() ?? Infinity));
      const metadata = new grpc.Metadata();
      writeCorrelationId(metadata, callOptions.correlationId ?? randomUUID());
      if (callOptions.requestDigest) metadata.set(METADATA.requestDigest, callOptions.requestDigest);
      const actor = callOptions.actor;

      const rpcMethod = method.path.split('/')[2] ?? methodName;
      const attributes = { 'rpc.system': 'grpc', 'rpc.service': service.name, 'rpc.method': rpcMethod, 'server.address': address };
      return withSpan(`${service.name}/${rpcMethod}`, SpanKind.CLIENT, attributes, async (span) => {
        // Inside the span, so the server's parent is this CLIENT span.
        injectIntoMetadata(metadata);
        // The token's audience is the called service: it is worthless against any other.
        if (actor) writeBearerToken(metadata, await signer().tokenFor(actor, service.name));
        return new Promise<M[typeof methodName]['response']>((resolve, reject) => {
          raw.makeUnaryRequest(
            method.path,
            method.requestSerialize,
            method.responseDeserialize,
            request,
            metadata,
            { deadline },
            (error, response) => {
              span.setAttribute('rpc.grpc.status_code', error ? error.code : grpc.status.OK);
              if (error) reject(fromGrpcError(error, method.path));
              else resolve(response as M[typeof methodName]['response']);
            },
          );
        });
      });
    },
    waitForReady(timeoutMs = defaultDeadlineMs) {
      return new Promise<void>((resolve, reject) => {
        raw.waitForReady(Date.now() + timeoutMs, (error) => (error ? reject(error) : resolve()));
      });
    },
    close() {
      raw.close();
    },
  };
}
