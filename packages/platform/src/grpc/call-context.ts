import type * as grpc from '@grpc/grpc-js';
import type { Actor } from '@liaison/contracts';
import type { Logger } from '../logging';

/** What a handler knows about the call besides the request message. */
export interface CallContext {
  /** The caller, from the identity token the server verified (signature, issuer, audience, expiry). */
  actor: Actor;
  /** Carried from the original HTTP request through every call and event it causes. */
  correlationId: string;
  /**
   * Digest of the HTTP request (method, path, officer, body) that carried this command's
   * Idempotency-Key; kept with the commit so the key cannot be reused for another request.
   */
  requestDigest: string | null;
  /** W3C traceparent of this call's server span: stamp it on the events the call appends. */
  traceparent: string | null;
  /** When the caller stops waiting; pass it on to downstream calls. Null when unbounded. */
  deadline: Date | null;
  /** Bound to correlationId and the method; trace/span ids come from the active span. */
  logger: Logger;
  /** Aborted when the caller cancels or the deadline passes. */
  signal: AbortSignal;
  /** `/liaison.v1.LeadsService/GetLead` */
  method: string;
  metadata: grpc.Metadata;
}

/** Public methods (health-like lookups) may be called without identity. */
export interface PublicCallContext extends Omit<CallContext, 'actor'> {
  actor: Actor | null;
}

// `any` on the request side lets a service write `(request: GetLeadRequest, ctx) => …` for
// each method of a typed implementation map without fighting variance.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type UnaryHandler<Req = any, Res = unknown> = (request: Req, ctx: CallContext) => Promise<Res> | Res;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PublicUnaryHandler<Req = any, Res = unknown> = (request: Req, ctx: PublicCallContext) => Promise<Res> | Res;

/** Options for calls made from inside a handler: same actor, correlation id and deadline. */
export const forwardCallOptions = (ctx: CallContext | PublicCallContext) => ({
  actor: ctx.actor,
  correlationId: ctx.correlationId,
  deadline: ctx.deadline,
});

/** A client-streaming rpc: the request messages as they arrive (pull them: that is the backpressure). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ClientStreamingHandler<Req = any, Res = unknown> = (messages: AsyncIterable<Req>, ctx: CallContext) => Promise<Res>;
/** A server-streaming rpc: the response messages, pulled as fast as the caller reads. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ServerStreamingHandler<Req = any, Res = unknown> = (request: Req, ctx: CallContext) => AsyncIterable<Res>;
