import { IdempotencyConflictError } from '../errors';
import type { AppendResult } from './event-store';

/**
 * A command id seen before answers with its first result only when it is the same request:
 * the same stream and, where both carry one, the same request digest (method, path, officer,
 * body). Anything else is a reused key, refused rather than answered with someone else's result.
 */
export function sameRequestOrThrow(
  earlier: AppendResult,
  commandId: string,
  streamId: string,
  requestDigest: string | null | undefined,
): AppendResult {
  if (earlier.streamId !== streamId) throw new IdempotencyConflictError(commandId, `it made a commit on ${earlier.streamId}`);
  if (requestDigest && earlier.requestDigest && earlier.requestDigest !== requestDigest) {
    throw new IdempotencyConflictError(commandId, 'the earlier request had another method, path or body');
  }
  return earlier;
}
