import { z } from 'zod';
import { isTransient, ValidationError } from '../errors';

/**
 * What a consumer does with a handler's failure (ADR 0007):
 * - `transient`: infrastructure is down or slow → retry with backoff for as long as it takes;
 * - `rejected`: the handler refused the event as invalid input → DLQ at once (a retry cannot help);
 * - `failed`: anything else (a domain error, a bug) → retry a few times, then DLQ.
 */
export type FailureKind = 'transient' | 'rejected' | 'failed';

export function classifyFailure(error: unknown): FailureKind {
  if (isTransient(error)) return 'transient';
  if (error instanceof ValidationError || error instanceof z.ZodError) return 'rejected';
  return 'failed';
}
