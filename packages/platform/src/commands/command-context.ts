import type { Actor } from '@liaison/contracts';
import type { CallContext } from '../grpc/call-context';

/** Who issues a command and what it is bound to: the same in every service's application layer. */
export interface CommandContext {
  commandId: string;
  actor: Actor;
  correlationId: string;
  traceparent?: string | null;
  causationId?: string | null;
  /** What the HTTP Idempotency-Key is bound to (CallContext.requestDigest). */
  requestDigest?: string | null;
  /** HTTP If-Match: > 0 pins the version the caller saw. */
  ifMatchVersion?: number;
  /** The caller's own deadline, passed on to downstream gRPC calls. */
  deadline?: Date | null;
}

/** The command context of a gRPC command request: its command id and If-Match, the verified call's identity and trace. */
export const commandContextOf = (request: { commandId: string; ifMatchVersion?: number }, ctx: CallContext): CommandContext => ({
  commandId: request.commandId,
  actor: ctx.actor,
  correlationId: ctx.correlationId,
  traceparent: ctx.traceparent,
  requestDigest: ctx.requestDigest,
  ifMatchVersion: request.ifMatchVersion ?? 0,
  deadline: ctx.deadline,
});
