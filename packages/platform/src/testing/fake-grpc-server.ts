import type { Actor } from '@liaison/contracts';
import { NotFoundError, PreconditionFailedError } from '../errors';
import {
  createGrpcServer,
  type GrpcServer,
  loadServiceDefinition,
  type PublicUnaryHandler,
  type ServiceRegistration,
  type UnaryHandler,
} from '../grpc';
import { createLogger } from '../logging';

/** One call a fake received, with the identity and context the server verified. */
export interface RecordedCall {
  method: string;
  request: Record<string, unknown>;
  actor: Actor | null;
  correlationId: string;
  traceparent: string | null;
}

/** A scripted answer: return a response or throw a typed error (→ its gRPC status). */
export type Script = (request: Record<string, unknown>, actor: Actor | null) => unknown;

export interface FakeGrpcServerOptions<Rpc extends string> {
  /** The proto file (`protoFile('leads')`) and the fully qualified service name. */
  protoPath: string;
  serviceName: string;
  rpcs: readonly Rpc[];
  /** Those of `rpcs` served to callers without identity (the service's public methods). */
  publicRpcs?: readonly Rpc[];
  /** Handlers of the service's streaming rpcs, if it has any (every proto method needs one). */
  streamingImplementation?: ServiceRegistration['streamingImplementation'];
  /** The default answer of an rpc that no script took over. */
  answer(method: Rpc, request: Record<string, unknown>, server: FakeGrpcServer<Rpc>): unknown;
}

/**
 * A real gRPC server (the platform's, with identity verification, health and error mapping)
 * whose handlers are an in-test fake: it records every call, answers by `answer`, and lets a test
 * script the next answers of an rpc. For testing a client of a service (the gateway) without it.
 */
export class FakeGrpcServer<Rpc extends string> {
  readonly calls: RecordedCall[] = [];
  private readonly scripts = new Map<string, Script[]>();
  private readonly firstResults = new Map<string, unknown>();
  private server: GrpcServer | null = null;
  port = 0;

  constructor(private readonly options: FakeGrpcServerOptions<Rpc>) {}

  /** The next call of `method` runs `script` (answer or throw) instead of the default. */
  next(method: Rpc, script: Script): void {
    this.scripts.set(method, [...(this.scripts.get(method) ?? []), script]);
  }

  callsOf(method: Rpc | string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Forgets calls, scripts and remembered command results. */
  reset(): void {
    this.calls.length = 0;
    this.scripts.clear();
    this.firstResults.clear();
  }

  /**
   * A command's answer as a real service gives it: a retried command id answers the first result
   * with `duplicate: true`; `ifMatchVersion` > 0 that is not `currentVersion` is a 412.
   */
  command(
    request: Record<string, unknown>,
    streamId: string,
    currentVersion: number | null,
    result: () => Record<string, unknown>,
  ): unknown {
    const commandId = String(request.commandId);
    const first = this.firstResults.get(commandId);
    if (first) return { ...(first as object), duplicate: true };
    if (currentVersion === null) throw new NotFoundError(streamId.slice(0, streamId.indexOf('-')) || 'record', streamId);
    const pinned = Number(request.ifMatchVersion ?? 0);
    if (pinned > 0 && pinned !== currentVersion) throw new PreconditionFailedError(streamId, pinned, currentVersion);
    const answer = { ...result(), duplicate: false };
    this.firstResults.set(commandId, answer);
    return answer;
  }

  async start(port = 0, host = '127.0.0.1'): Promise<number> {
    const implementation: Record<string, UnaryHandler> = {};
    const publicImplementation: Record<string, PublicUnaryHandler> = {};
    for (const method of this.options.rpcs) {
      const handler: PublicUnaryHandler = async (request, ctx) => {
        const req = request as Record<string, unknown>;
        this.calls.push({ method, request: req, actor: ctx.actor, correlationId: ctx.correlationId, traceparent: ctx.traceparent });
        const script = this.scripts.get(method)?.shift();
        if (script) return script(req, ctx.actor);
        return this.options.answer(method, req, this);
      };
      if (this.options.publicRpcs?.includes(method)) publicImplementation[method] = handler;
      else implementation[method] = handler;
    }
    this.server = createGrpcServer({
      logger: createLogger(`fake-${this.options.serviceName}`, { level: 'silent' }),
      services: [
        {
          definition: loadServiceDefinition(this.options.protoPath, this.options.serviceName),
          implementation,
          publicImplementation,
          streamingImplementation: this.options.streamingImplementation,
        },
      ],
    });
    this.port = await this.server.start(port, host);
    return this.port;
  }

  async stop(): Promise<void> {
    await this.server?.shutdown(1_000);
    this.server = null;
  }
}
