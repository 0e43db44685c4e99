import * as grpc from '@grpc/grpc-js';
import { ReflectionService } from '@grpc/reflection';
import { HealthImplementation, type ServingStatus } from 'grpc-health-check';
import { context, type Context, ROOT_CONTEXT, SpanKind, trace } from '@opentelemetry/api';
import { isLiaisonError, UnauthenticatedError } from '../errors';
import { contextLogger, type Logger } from '../logging';
import { observeGrpcCall } from '../metrics';
import { injectTraceparent, withSpan } from '../telemetry';
import type {
  CallContext,
  ClientStreamingHandler,
  PublicCallContext,
  PublicUnaryHandler,
  ServerStreamingHandler,
  UnaryHandler,
} from './call-context';
import { normalizeError, toGrpcStatus } from './error-mapping';
import { defaultDevVerifier } from './identity/default-identity';
import type { IdentityVerifier } from './identity/identity-token';
import type { LoadedService } from './load-service';
import { reflectionPackage } from './reflection';
import { extractFromMetadata, hasLegacyIdentity, METADATA, metadataString, readBearerToken, readCorrelationId } from './metadata';

export interface ServiceRegistration {
  definition: LoadedService;
  /** Handlers keyed by rpc name (`GetLead`) or its camelCase form (`getLead`). */
  implementation: Record<string, UnaryHandler>;
  /** Methods callable without identity. Listing a method here is what marks it public. */
  publicImplementation?: Record<string, PublicUnaryHandler>;
  /**
   * Handlers of streaming rpcs (always identity-bearing): a client-streaming handler reads the
   * call as an async iterable of messages, a server-streaming one returns an async iterable that
   * is written with backpressure. Kept apart from `implementation`, which the admission gate
   * wraps: a long upload must not hold one of its slots (ADR 0019).
   */
  streamingImplementation?: Record<string, ClientStreamingHandler | ServerStreamingHandler>;
}

export interface GrpcServerOptions {
  logger: Logger;
  services: ServiceRegistration[];
  /** Extra name to report in grpc.health.v1 (besides "" and each service's full name). */
  healthName?: string;
  channelOptions?: grpc.ServerOptions;
  /**
   * Verifies the identity token of every call (GrpcSecurity.verifier). Omitted: the shared dev
   * key (tests); production passes the verifier of its configuration.
   */
  identity?: IdentityVerifier;
  /** TLS / mTLS (GrpcSecurity.serverCredentials); plaintext when omitted. */
  credentials?: grpc.ServerCredentials;
}

export interface GrpcServer {
  readonly server: grpc.Server;
  readonly health: HealthImplementation;
  /** Binds and serves; resolves with the bound port (useful with port 0). */
  start(port: number, host?: string): Promise<number>;
  setServing(status: ServingStatus): void;
  /** Stops accepting calls, lets in-flight ones finish up to `timeoutMs`, then cuts them. */
  shutdown(timeoutMs?: number): Promise<void>;
}

const toDeadline = (deadline: grpc.Deadline): Date | null => {
  if (deadline instanceof Date) return deadline;
  return Number.isFinite(deadline) ? new Date(deadline) : null;
};

// Nobody is listening any more: the caller cancelled or its deadline passed. Not an error of ours.
const logCancelled = (logger: Logger, started: number): void =>
  logger.info({ grpcCode: 'CANCELLED', durationMs: Math.round(performance.now() - started) }, 'rpc cancelled by the caller');

const secondsSince = (started: number): number => (performance.now() - started) / 1000;

type AnyHandler = (request: unknown, ctx: PublicCallContext) => unknown;

/**
 * Wraps one handler: identity, correlation id and trace context out of metadata, a SERVER span
 * around the work, typed errors mapped to status codes, one log line per call.
 */
/**
 * The verified caller: the actor of a valid identity token addressed to `service`, null for a
 * public method called without one. Plain x-liaison-* identity headers count for nothing.
 */
async function callerOf(metadata: grpc.Metadata, service: string, path: string, isPublic: boolean, verifier: IdentityVerifier) {
  const token = readBearerToken(metadata);
  if (token) return verifier.verify(token, service);
  if (isPublic) return null;
  const legacy = hasLegacyIdentity(metadata) ? ' (x-liaison-officer-id / -unit-id / -roles are not accepted as identity)' : '';
  throw new UnauthenticatedError(`caller identity missing: ${path} requires "authorization: Bearer <identity token>"${legacy}`);
}

/** What the call wrapper needs of a grpc-js call, whatever its kind. */
type AnyServerCall = Pick<grpc.ServerUnaryCall<unknown, unknown>, 'metadata' | 'getDeadline'> & NodeJS.EventEmitter;
type Finish = (error: grpc.StatusObject | null, response?: unknown) => void;

function wrapUnary(
  path: string,
  handler: AnyHandler,
  isPublic: boolean,
  rootLogger: Logger,
  verifier: IdentityVerifier,
): grpc.handleUnaryCall<unknown, unknown> {
  return wrapCall(path, isPublic, rootLogger, verifier, (call, ctx) =>
    handler((call as grpc.ServerUnaryCall<unknown, unknown>).request, ctx),
  );
}

/**
 * The common wrapper of every kind of call: `work` gets the grpc-js call and the context and
 * resolves with the response (unary, client streaming) or when the last message is written
 * (server streaming); `finish` is the callback of unary and client-streaming calls.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function wrapCall<C extends AnyServerCall = any>(
  path: string,
  isPublic: boolean,
  rootLogger: Logger,
  verifier: IdentityVerifier,
  work: (call: C, ctx: PublicCallContext) => unknown,
  finishOf: (call: C, callback?: grpc.sendUnaryData<unknown>) => Finish = (_call, callback) => (error, response) =>
    error ? callback!(error) : callback!(null, response),
): (call: C, callback?: grpc.sendUnaryData<unknown>) => void {
  const [, service = '', method = ''] = path.split('/');
  return (call, sendUnaryData) => {
    const callback = finishOf(call, sendUnaryData);
    const started = performance.now();
    const correlationId = readCorrelationId(call.metadata);
    const logger = contextLogger(rootLogger, { correlationId, rpc: path });
    const abort = new AbortController();
    call.on('cancelled', () => abort.abort(new Error('call cancelled by the client or its deadline')));

    const attributes = { 'rpc.system': 'grpc', 'rpc.service': service, 'rpc.method': method, 'liaison.correlation_id': correlationId };
    // The outcome is logged after the span ended, in its context still, so the line carries its trace id.
    let callContext: Context = ROOT_CONTEXT;
    const inCall = (log: () => void) => context.with(callContext, log);
    withSpan(
      `${service}/${method}`,
      SpanKind.SERVER,
      attributes,
      async (span) => {
        callContext = trace.setSpan(ROOT_CONTEXT, span);
        try {
          const actor = await callerOf(call.metadata, service, path, isPublic, verifier);
          if (actor) span.setAttributes({ 'liaison.officer_id': actor.officerId, 'liaison.unit_id': actor.unitId });
          const ctx: PublicCallContext = {
            actor,
            correlationId,
            requestDigest: metadataString(call.metadata, METADATA.requestDigest) ?? null,
            // The server span's own traceparent: events appended here become its children.
            traceparent: injectTraceparent(),
            deadline: toDeadline(call.getDeadline()),
            logger: actor ? logger.child({ officerId: actor.officerId, unitId: actor.unitId }) : logger,
            signal: abort.signal,
            method: path,
            metadata: call.metadata,
          };
          const response = await work(call, ctx);
          span.setAttribute('rpc.grpc.status_code', grpc.status.OK);
          return response;
        } catch (error) {
          const code = toGrpcStatus(error, correlationId).code;
          span.setAttribute('rpc.grpc.status_code', code);
          throw error;
        }
      },
      extractFromMetadata(call.metadata),
    ).then(
      (response) => {
        observeGrpcCall(service, method, abort.signal.aborted ? 'CANCELLED' : 'OK', secondsSince(started));
        if (abort.signal.aborted) return inCall(() => logCancelled(logger, started));
        inCall(() => logger.info({ grpcCode: 'OK', durationMs: Math.round(performance.now() - started) }, 'rpc completed'));
        callback(null, response);
      },
      (error: unknown) => {
        const status = toGrpcStatus(error, correlationId);
        const grpcCode = grpc.status[status.code];
        observeGrpcCall(service, method, abort.signal.aborted ? 'CANCELLED' : grpcCode, secondsSince(started));
        if (abort.signal.aborted) return inCall(() => logCancelled(logger, started));
        const durationMs = Math.round(performance.now() - started);
        inCall(() => {
          if (isLiaisonError(normalizeError(error))) {
            // Expected outcomes (bad input, not found, conflicts): the caller's business, not an incident.
            logger.info({ grpcCode, durationMs, reason: status.details }, 'rpc rejected');
          } else {
            logger.error({ grpcCode, durationMs, err: error }, 'rpc failed with an unexpected error');
          }
        });
        callback(status);
      },
    );
  };
}

/**
 * A server-streaming call: the handler's messages are written one by one, waiting for `drain`
 * when the transport is full (the reader's pace, never a whole file in memory); a cancelled call
 * stops the iteration (its `finally` blocks run). The status goes out after the last message.
 */
function wrapServerStreaming(
  path: string,
  handler: ServerStreamingHandler,
  logger: Logger,
  verifier: IdentityVerifier,
): grpc.handleServerStreamingCall<unknown, unknown> {
  return wrapCall<grpc.ServerWritableStream<unknown, unknown>>(
    path,
    false,
    logger,
    verifier,
    async (call, ctx) => {
      for await (const message of handler(call.request, ctx as CallContext)) {
        if (ctx.signal.aborted) break;
        if (!call.write(message)) await drained(call, ctx.signal);
      }
    },
    (call) => (error) => (error ? call.emit('error', error) : call.end()),
  );
}

const drained = (call: grpc.ServerWritableStream<unknown, unknown>, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const done = () => {
      call.off('drain', done);
      signal.removeEventListener('abort', done);
      resolve();
    };
    call.once('drain', done);
    signal.addEventListener('abort', done, { once: true });
  });

function implementationFor(
  registration: ServiceRegistration,
  logger: Logger,
  verifier: IdentityVerifier,
): grpc.UntypedServiceImplementation {
  const { definition, implementation, publicImplementation = {}, streamingImplementation = {} } = registration;
  const known = new Set<string>();
  const result: grpc.UntypedServiceImplementation = {};
  for (const [name, method] of Object.entries(definition.definition)) {
    const aliases = [name, method.originalName].filter((alias): alias is string => Boolean(alias));
    aliases.forEach((alias) => known.add(alias));
    const privateHandler = aliases.map((alias) => implementation[alias]).find(Boolean);
    const publicHandler = aliases.map((alias) => publicImplementation[alias]).find(Boolean);
    const handler = (publicHandler ?? privateHandler) as AnyHandler | undefined;
    const streamingHandler = aliases.map((alias) => streamingImplementation[alias]).find(Boolean);
    if (privateHandler && publicHandler) throw new Error(`${definition.name}: rpc ${name} is both public and private`);
    if (method.requestStream || method.responseStream) {
      // Fail at start-up, not on the first call: a proto method without a handler is a bug.
      if (!streamingHandler || handler) {
        throw new Error(`${definition.name}: rpc ${name} is streaming; its handler belongs in streamingImplementation`);
      }
      result[name] = (
        method.requestStream
          ? wrapCall<grpc.ServerReadableStream<unknown, unknown>>(method.path, false, logger, verifier, (call, ctx) =>
              (streamingHandler as ClientStreamingHandler)(call, ctx as CallContext),
            )
          : wrapServerStreaming(method.path, streamingHandler as ServerStreamingHandler, logger, verifier)
      ) as grpc.UntypedHandleCall;
      continue;
    }
    if (!handler) throw new Error(`${definition.name}: no handler for rpc ${name}`);
    if (streamingHandler) throw new Error(`${definition.name}: rpc ${name} is unary; its handler belongs in implementation`);
    result[name] = wrapUnary(method.path, handler, Boolean(publicHandler), logger, verifier);
  }
  const unknown = [...Object.keys(implementation), ...Object.keys(publicImplementation), ...Object.keys(streamingImplementation)].filter(
    (key) => !known.has(key),
  );
  if (unknown.length > 0) throw new Error(`${definition.name}: handlers for rpcs not in the proto: ${unknown.join(', ')}`);
  return result;
}

/**
 * A gRPC server with the conventions of docs/architecture.md: every unary handler wrapped (identity,
 * tracing, error mapping), grpc.health.v1.Health and server reflection registered.
 */
export function createGrpcServer(options: GrpcServerOptions): GrpcServer {
  const { logger, services } = options;
  const server = new grpc.Server(options.channelOptions);
  const verifier = options.identity ?? defaultDevVerifier();

  for (const registration of services) {
    server.addService(registration.definition.definition, implementationFor(registration, logger, verifier));
  }

  const healthNames = ['', ...services.map((service) => service.definition.name), ...(options.healthName ? [options.healthName] : [])];
  // NOT_SERVING until start() has bound the port.
  const health = new HealthImplementation(Object.fromEntries(healthNames.map((name) => [name, 'NOT_SERVING' as ServingStatus])));
  health.addToServer(server);

  // Reflection describes our services and the health service, so grpcurl works without protos.
  const described = reflectionPackage(
    services.map((service) => service.definition.protoFile),
    [...new Set(services.flatMap((service) => service.definition.includeDirs))],
  );
  new ReflectionService(described as ConstructorParameters<typeof ReflectionService>[0]).addToServer(server);

  const setServing = (status: ServingStatus) => healthNames.forEach((name) => health.setStatus(name, status));

  return {
    server,
    health,
    setServing,
    start(port, host = '127.0.0.1') {
      const address = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
      return new Promise<number>((resolve, reject) => {
        server.bindAsync(address, options.credentials ?? grpc.ServerCredentials.createInsecure(), (error, boundPort) => {
          if (error) return reject(error);
          setServing('SERVING');
          logger.info(
            { address: `${host}:${boundPort}`, services: services.map((service) => service.definition.name) },
            'gRPC server listening',
          );
          resolve(boundPort);
        });
      });
    },
    shutdown(timeoutMs = 10_000) {
      setServing('NOT_SERVING');
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          logger.warn({ timeoutMs }, 'gRPC calls still running at shutdown timeout; forcing');
          server.forceShutdown();
          resolve();
        }, timeoutMs);
        timer.unref();
        server.tryShutdown(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}
