import { randomUUID } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import type { Writable } from 'node:stream';
import { context, SpanKind, trace } from '@opentelemetry/api';
import type { Actor } from '@liaison/contracts';
import { tracer, withSpan } from '../telemetry';
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

/** A streaming call's options: its deadline should be long or proportional to the bytes it carries. */
export interface StreamCallOptions extends UnaryCallOptions {
  /** Aborting it cancels the call (e.g. the HTTP client behind it went away). */
  signal?: AbortSignal;
}

/** `{ GetLead: { request: GetLeadRequest; response: Lead } }` — optional typing per method. */
export type MethodTypes = Record<string, { request: unknown; response: unknown }>;

export interface GrpcClient<M extends MethodTypes = MethodTypes> {
  readonly service: string;
  readonly raw: grpc.Client;
  call<K extends keyof M & string>(method: K, request: M[K]['request'], options?: UnaryCallOptions): Promise<M[K]['response']>;
  /**
   * A client-streaming call: `feed` writes the request messages into `sink` and ends it (with
   * stream.pipeline, so a slow server slows the source). The server's status wins: when it
   * refuses early, the sink is destroyed (the feed fails and stops reading its source) and the
   * call rejects with the server's typed error; when the feed fails, the call is cancelled.
   */
  clientStream<K extends keyof M & string>(
    method: K,
    options: StreamCallOptions,
    feed: (sink: Writable) => Promise<void>,
  ): Promise<M[K]['response']>;
  /**
   * A server-streaming call's messages, pulled as the caller iterates (backpressure); leaving
   * the loop early or aborting `options.signal` cancels the call. Errors are the typed errors.
   */
  serverStream<K extends keyof M & string>(
    method: K,
    request: M[K]['request'],
    options?: StreamCallOptions,
  ): AsyncIterable<M[K]['response']>;
  waitForReady(timeoutMs?: number): Promise<void>;
  close(): void;
}

/**
 * Calls spread over every address the target resolves to (`ipv4:a:1,b:2`, or a DNS name with
 * several records) instead of grpc-js' default pick_first, which sends everything to the first
 * address: so replicas of a service share the load, and a replica that dies is skipped until it
 * is back (its connection reports TRANSIENT_FAILURE). One address behaves as before (ADR 0033).
 */
export const ROUND_ROBIN: grpc.ChannelOptions = {
  'grpc.service_config': JSON.stringify({ loadBalancingConfig: [{ round_robin: {} }] }),
};

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
  const raw = new grpc.Client(address, options.credentials ?? grpc.credentials.createInsecure(), {
    ...ROUND_ROBIN,
    ...options.channelOptions,
  });
  const signer = (): IdentitySigner => options.identity ?? defaultDevSigner();

  const methodsByName = new Map<string, grpc.MethodDefinition<unknown, unknown>>();
  for (const [name, method] of Object.entries(service.definition)) {
    methodsByName.set(name, method as grpc.MethodDefinition<unknown, unknown>);
    if (method.originalName) methodsByName.set(method.originalName, method as grpc.MethodDefinition<unknown, unknown>);
  }

  /** Method, absolute deadline and metadata (without the identity token) of a call. */
  const prepare = (methodName: string, callOptions: UnaryCallOptions, streaming: boolean) => {
    const method = methodsByName.get(methodName);
    if (!method) throw new Error(`${service.name} has no rpc ${methodName}`);
    if (streaming !== Boolean(method.requestStream || method.responseStream)) {
      throw new Error(`${service.name}/${methodName} is ${streaming ? 'unary' : 'streaming'}`);
    }
    const ownDeadline = Date.now() + (callOptions.deadlineMs ?? defaultDeadlineMs);
    const deadline = new Date(Math.min(ownDeadline, callOptions.deadline?.getTime() ?? Infinity));
    const metadata = new grpc.Metadata();
    writeCorrelationId(metadata, callOptions.correlationId ?? randomUUID());
    if (callOptions.requestDigest) metadata.set(METADATA.requestDigest, callOptions.requestDigest);
    const rpcMethod = method.path.split('/')[2] ?? methodName;
    const attributes = { 'rpc.system': 'grpc', 'rpc.service': service.name, 'rpc.method': rpcMethod, 'server.address': address };
    return { method, deadline, metadata, rpcMethod, attributes };
  };
  const sign = async (metadata: grpc.Metadata, actor: Actor | null | undefined) => {
    injectIntoMetadata(metadata);
    if (actor) writeBearerToken(metadata, await signer().tokenFor(actor, service.name));
  };

  return {
    service: service.name,
    raw,
    async clientStream(methodName, callOptions, feed) {
      const { method, deadline, metadata, rpcMethod, attributes } = prepare(methodName, callOptions, true);
      return withSpan(`${service.name}/${rpcMethod}`, SpanKind.CLIENT, attributes, async (span) => {
        await sign(metadata, callOptions.actor);
        return new Promise<M[typeof methodName]['response']>((resolve, reject) => {
          let settled = false;
          const settle = (error: Error | null, response?: unknown) => {
            if (settled) return;
            settled = true;
            callOptions.signal?.removeEventListener('abort', cancel);
            if (error) reject(error);
            else resolve(response as M[typeof methodName]['response']);
          };
          const call = raw.makeClientStreamRequest(
            method.path,
            method.requestSerialize,
            method.responseDeserialize,
            metadata,
            { deadline },
            (error, response) => {
              span.setAttribute('rpc.grpc.status_code', error ? error.code : grpc.status.OK);
              if (!error) return settle(null, response);
              const mapped = fromGrpcError(error, method.path);
              settle(mapped);
              call.destroy(mapped);
            },
          );
          const cancel = () => {
            call.cancel();
            settle(callOptions.signal?.reason instanceof Error ? callOptions.signal.reason : new Error(`${method.path} cancelled`));
          };
          if (callOptions.signal?.aborted) return cancel();
          callOptions.signal?.addEventListener('abort', cancel, { once: true });
          feed(call).catch((error: unknown) => {
            if (settled) return;
            call.cancel();
            settle(error instanceof Error ? error : new Error(String(error)));
          });
        });
      });
    },
    async *serverStream(methodName, request, callOptions = {}) {
      const { method, deadline, metadata, rpcMethod, attributes } = prepare(methodName, callOptions, true);
      const span = tracer().startSpan(`${service.name}/${rpcMethod}`, { kind: SpanKind.CLIENT, attributes });
      await context.with(trace.setSpan(context.active(), span), () => sign(metadata, callOptions.actor));
      const call = raw.makeServerStreamRequest(method.path, method.requestSerialize, method.responseDeserialize, request, metadata, {
        deadline,
      });
      const cancel = () => call.cancel();
      callOptions.signal?.addEventListener('abort', cancel, { once: true });
      try {
        for await (const message of call) yield message as M[typeof methodName]['response'];
        span.setAttribute('rpc.grpc.status_code', grpc.status.OK);
      } catch (error) {
        const serviceError = error as grpc.ServiceError;
        span.setAttribute('rpc.grpc.status_code', serviceError.code ?? grpc.status.UNKNOWN);
        throw typeof serviceError.code === 'number' ? fromGrpcError(serviceError, method.path) : error;
      } finally {
        callOptions.signal?.removeEventListener('abort', cancel);
        call.cancel();
        span.end();
      }
    },
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
