import type { FieldIssue } from '@liaison/contracts';

/**
 * The typed errors every layer speaks. Domain code throws them; adapters map them once
 * (gRPC status in grpc/, problem+json in http/), never by string matching.
 */
export abstract class LiaisonError extends Error {
  abstract readonly code: ErrorCode;
  readonly details: Record<string, unknown>;

  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.details = details;
  }
}

export type ErrorCode =
  | 'validation'
  | 'not_found'
  | 'forbidden'
  | 'unauthenticated'
  | 'concurrency'
  | 'precondition_failed'
  | 'invalid_transition'
  | 'idempotency_conflict'
  | 'unavailable'
  | 'content_too_large'
  | 'unsupported_media_type'
  | 'digest_mismatch';

export class ValidationError extends LiaisonError {
  readonly code = 'validation' as const;
  constructor(
    message: string,
    readonly issues: FieldIssue[],
  ) {
    super(message, { issues });
  }
  static of(issues: FieldIssue[], what = 'input'): ValidationError {
    const names = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    return new ValidationError(`invalid ${what}: ${names}`, issues);
  }
  static field(path: string, message: string): ValidationError {
    return ValidationError.of([{ path, message }]);
  }
}

export class NotFoundError extends LiaisonError {
  readonly code = 'not_found' as const;
  constructor(what: string, id: string) {
    super(`${what} ${id} not found`, { what, id });
  }
}

export class ForbiddenError extends LiaisonError {
  readonly code = 'forbidden' as const;
}

export class UnauthenticatedError extends LiaisonError {
  readonly code = 'unauthenticated' as const;
}

/** Another writer appended to the stream first. Retrying the whole command is safe. */
export class ConcurrencyError extends LiaisonError {
  readonly code = 'concurrency' as const;
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
    readonly actualVersion: number | null,
  ) {
    super(`stream ${streamId} was at version ${actualVersion ?? 'unknown'}, expected ${expectedVersion}`, {
      streamId,
      expectedVersion,
      actualVersion,
    });
  }
}

/** The caller pinned a version (If-Match) that is no longer current. */
export class PreconditionFailedError extends LiaisonError {
  readonly code = 'precondition_failed' as const;
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
    readonly actualVersion: number,
  ) {
    super(`stream ${streamId} is at version ${actualVersion}, not ${expectedVersion}`, {
      streamId,
      expectedVersion,
      actualVersion,
    });
  }
}

/** The command is not allowed in the record's current status (e.g. accept before share). */
export class InvalidTransitionError extends LiaisonError {
  readonly code = 'invalid_transition' as const;
  constructor(
    message: string,
    readonly currentStatus: string,
  ) {
    super(message, { currentStatus });
  }
}

/**
 * A command id (an HTTP Idempotency-Key) seen before with a different request: answering with
 * the first request's result would tell the caller their second request happened when it did not.
 */
export class IdempotencyConflictError extends LiaisonError {
  readonly code = 'idempotency_conflict' as const;
  constructor(
    readonly commandId: string,
    reason: string,
  ) {
    super(`Idempotency-Key already used for a different request (${reason}); use a new key for a new request`, {
      header: 'Idempotency-Key',
      commandId,
    });
  }
}

export class UnavailableError extends LiaisonError {
  readonly code = 'unavailable' as const;
}

/** Uploaded content beyond the configured size limit (HTTP 413); nothing of it is kept. */
export class ContentTooLargeError extends LiaisonError {
  readonly code = 'content_too_large' as const;
  constructor(readonly limitBytes: number) {
    super(`content exceeds the limit of ${limitBytes} bytes`, { limitBytes });
  }
}

/** Uploaded content whose bytes are not of an allowed media type (HTTP 415); nothing of it is kept. */
export class UnsupportedMediaTypeError extends LiaisonError {
  readonly code = 'unsupported_media_type' as const;
  constructor(
    readonly detected: string,
    readonly allowed: readonly string[],
  ) {
    super(`content is ${detected}; allowed media types: ${allowed.join(', ')}`, { detected, allowed: [...allowed] });
  }
}

/** A digest the client declared that the bytes do not have (HTTP 422, naming the field). */
export class DigestMismatchError extends LiaisonError {
  readonly code = 'digest_mismatch' as const;
  constructor(
    readonly field: string,
    readonly declared: string,
    readonly actual: string,
  ) {
    super(`${field}: declared ${declared} but the content hashes to ${actual}`, {
      issues: [{ path: field, message: `does not match the content (SHA-256 ${actual})` }],
      declared,
      actual,
    });
  }
}

export const isLiaisonError = (error: unknown): error is LiaisonError => error instanceof LiaisonError;
