import * as grpc from '@grpc/grpc-js';
import { z } from 'zod';
import { zodIssues, type FieldIssue } from '@liaison/contracts';
import {
  ConcurrencyError,
  ContentTooLargeError,
  DigestMismatchError,
  UnsupportedMediaTypeError,
  ForbiddenError,
  IdempotencyConflictError,
  InvalidTransitionError,
  asUnavailable,
  isLiaisonError,
  NotFoundError,
  PreconditionFailedError,
  UnauthenticatedError,
  UnavailableError,
  ValidationError,
  type ErrorCode,
  type LiaisonError,
} from '../errors';
import { asciiJson, METADATA, metadataString } from './metadata';

/** The one mapping from typed errors to gRPC status codes (docs/architecture.md, "gRPC"). */
export const GRPC_STATUS: Record<ErrorCode, grpc.status> = {
  validation: grpc.status.INVALID_ARGUMENT,
  not_found: grpc.status.NOT_FOUND,
  forbidden: grpc.status.PERMISSION_DENIED,
  unauthenticated: grpc.status.UNAUTHENTICATED,
  concurrency: grpc.status.ABORTED,
  precondition_failed: grpc.status.FAILED_PRECONDITION,
  invalid_transition: grpc.status.FAILED_PRECONDITION,
  idempotency_conflict: grpc.status.ALREADY_EXISTS,
  unavailable: grpc.status.UNAVAILABLE,
  // Not RESOURCE_EXHAUSTED: that one reads as transient load shedding (errors/transient.ts).
  content_too_large: grpc.status.OUT_OF_RANGE,
  unsupported_media_type: grpc.status.INVALID_ARGUMENT,
  digest_mismatch: grpc.status.INVALID_ARGUMENT,
};

/** A handler that parses its request with zod may let the ZodError escape: it is a 400. */
export function normalizeError(error: unknown): unknown {
  if (error instanceof z.ZodError) return ValidationError.of(zodIssues(error), 'request');
  return asUnavailable(error) ?? error;
}

/**
 * Server side: the status to send for an error thrown by a handler. Typed errors keep their
 * message and details (in trailers); anything else becomes INTERNAL with a generic message,
 * because its text may leak internals — the caller gets the correlation id to quote instead.
 */
export function toGrpcStatus(error: unknown, correlationId: string): grpc.StatusObject {
  const normalized = normalizeError(error);
  const metadata = new grpc.Metadata();
  if (!isLiaisonError(normalized)) {
    return { code: grpc.status.INTERNAL, details: `internal error (correlation id ${correlationId})`, metadata };
  }
  metadata.set(METADATA.errorCode, normalized.code);
  metadata.set(METADATA.errorDetails, asciiJson(normalized.details));
  if (normalized instanceof ValidationError) metadata.set(METADATA.issues, asciiJson(normalized.issues));
  if (normalized instanceof InvalidTransitionError) metadata.set(METADATA.currentStatus, normalized.currentStatus);
  return { code: GRPC_STATUS[normalized.code], details: normalized.message, metadata };
}

/** A failed call whose status has no typed-error meaning (INTERNAL, UNIMPLEMENTED, …). */
export class GrpcCallError extends Error {
  constructor(
    readonly method: string,
    readonly grpcCode: grpc.status,
    readonly grpcDetails: string,
  ) {
    super(`${method} failed with ${grpc.status[grpcCode] ?? grpcCode}: ${grpcDetails}`);
    this.name = 'GrpcCallError';
  }
}

const parseJson = <T>(text: string | undefined, fallback: T): T => {
  if (text === undefined) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
};

const CODE_BY_STATUS: Partial<Record<grpc.status, ErrorCode>> = {
  [grpc.status.INVALID_ARGUMENT]: 'validation',
  [grpc.status.NOT_FOUND]: 'not_found',
  [grpc.status.PERMISSION_DENIED]: 'forbidden',
  [grpc.status.UNAUTHENTICATED]: 'unauthenticated',
  [grpc.status.ABORTED]: 'concurrency',
  [grpc.status.UNAVAILABLE]: 'unavailable',
  // A deadline that passed means the callee did not answer in time: to our caller that is the
  // callee being unavailable (503, retryable), not a bug of ours.
  [grpc.status.DEADLINE_EXCEEDED]: 'unavailable',
};

/**
 * Client side: the inverse of toGrpcStatus, so a gateway or a calling service handles remote
 * failures with the same typed errors as local ones. Uses the error-code trailer when the
 * server is one of ours, the status code alone otherwise.
 */
export function fromGrpcError(error: grpc.ServiceError, method: string): Error {
  const trailers = error.metadata ?? new grpc.Metadata();
  const details = parseJson<Record<string, unknown>>(metadataString(trailers, METADATA.errorDetails), {});
  const currentStatus = metadataString(trailers, METADATA.currentStatus);
  let code = metadataString(trailers, METADATA.errorCode) as ErrorCode | undefined;
  if (!code || !(code in GRPC_STATUS)) {
    code =
      error.code === grpc.status.FAILED_PRECONDITION
        ? currentStatus !== undefined
          ? 'invalid_transition'
          : 'precondition_failed'
        : CODE_BY_STATUS[error.code];
  }
  if (!code) return new GrpcCallError(method, error.code, error.details);

  const message = error.details;
  const num = (value: unknown, fallback: number): number => (typeof value === 'number' ? value : fallback);
  const str = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);
  let mapped: LiaisonError;
  switch (code) {
    case 'validation':
      mapped = new ValidationError(message, parseJson<FieldIssue[]>(metadataString(trailers, METADATA.issues), []));
      break;
    case 'not_found':
      mapped = new NotFoundError(str(details.what, 'resource'), str(details.id, '?'));
      break;
    case 'forbidden':
      mapped = new ForbiddenError(message, details);
      break;
    case 'unauthenticated':
      mapped = new UnauthenticatedError(message, details);
      break;
    case 'concurrency':
      mapped = new ConcurrencyError(
        str(details.streamId, '?'),
        num(details.expectedVersion, -1),
        typeof details.actualVersion === 'number' ? details.actualVersion : null,
      );
      break;
    case 'precondition_failed':
      mapped = new PreconditionFailedError(str(details.streamId, '?'), num(details.expectedVersion, -1), num(details.actualVersion, -1));
      break;
    case 'invalid_transition':
      mapped = new InvalidTransitionError(message, currentStatus ?? str(details.currentStatus, 'unknown'));
      break;
    case 'idempotency_conflict':
      mapped = new IdempotencyConflictError(str(details.commandId, '?'), 'see detail');
      break;
    case 'unavailable':
      mapped = new UnavailableError(message, { ...details, method, grpcStatus: grpc.status[error.code] });
      break;
    case 'content_too_large':
      mapped = new ContentTooLargeError(num(details.limitBytes, 0));
      break;
    case 'unsupported_media_type':
      mapped = new UnsupportedMediaTypeError(
        str(details.detected, 'unknown'),
        Array.isArray(details.allowed) ? details.allowed.map(String) : [],
      );
      break;
    case 'digest_mismatch': {
      const issue = parseJson<FieldIssue[]>(metadataString(trailers, METADATA.issues), [])[0];
      const field = Array.isArray(details.issues)
        ? str((details.issues[0] as FieldIssue | undefined)?.path, 'sha256')
        : (issue?.path ?? 'sha256');
      mapped = new DigestMismatchError(field, str(details.declared, ''), str(details.actual, ''));
      break;
    }
  }
  // Keep the server's wording (constructors above may rebuild a different one).
  mapped.message = message;
  return mapped;
}
