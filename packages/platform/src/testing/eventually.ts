import { setTimeout as sleep } from 'node:timers/promises';

export interface EventuallyOptions {
  /** Give up after this long (the last failure is rethrown); default 30 s. */
  timeoutMs?: number;
  /** Pause between attempts; default 150 ms. */
  intervalMs?: number;
}

/**
 * Retries `assertion` until it stops throwing and returns what it returned: for what becomes
 * true asynchronously (a projection catching up, a consumer reacting). On timeout the last
 * assertion error is thrown, so the failure reads like the assertion's own.
 */
export async function eventually<T>(
  assertion: () => T | Promise<T>,
  { timeoutMs = 30_000, intervalMs = 150 }: EventuallyOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
    }
    await sleep(intervalMs);
  }
}

/** Polls `probe` until `accept` holds for its value and returns that value; on timeout the error shows the last value. */
export function until<T>(probe: () => Promise<T>, accept: (value: T) => boolean, options: EventuallyOptions = {}): Promise<T> {
  return eventually(async () => {
    const value = await probe();
    if (!accept(value)) throw new Error(`condition not reached in time; last value: ${JSON.stringify(value)}`);
    return value;
  }, options);
}
