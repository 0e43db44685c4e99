import { backOff } from 'exponential-backoff';
import { isTransient } from '../errors';
import type { Logger } from '../logging';

export interface StartRetryOptions {
  /** Attempts before the start-up fails (default 20: about two minutes with the delays below). */
  attempts?: number;
  /** First delay; doubles up to maxDelayMs, with full jitter. */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * One start-up step (connect to MongoDB, create indexes, create topics, …) retried with
 * exponential backoff while it fails for a transient reason — the database or broker is not
 * up yet, is restarting, or timed out (`isTransient`) — each retry logged with the step and the
 * reason. Services start in any order after a reboot or alongside their infrastructure, so a
 * broker that answers a few seconds late must not make the service exit. Any other error (bad
 * configuration, a bug) fails at once; so does the last attempt, and the service exits 1.
 */
export async function startWithRetry<T>(logger: Logger, step: string, run: () => Promise<T>, options: StartRetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 20;
  return backOff(run, {
    numOfAttempts: attempts,
    startingDelay: options.initialDelayMs ?? 250,
    maxDelay: options.maxDelayMs ?? 10_000,
    timeMultiple: 2,
    jitter: 'full',
    retry: (error: unknown, attempt: number) => {
      if (!isTransient(error)) return false;
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      // exponential-backoff asks after the last attempt too.
      if (attempt >= attempts) {
        logger.error({ step, attempts, reason }, `start-up: ${step} still failing after ${attempts} attempts (${reason}); giving up`);
        return false;
      }
      logger.warn({ step, attempt, of: attempts, reason }, `start-up: ${step} failed (${reason}); retrying`);
      return true;
    },
  });
}
