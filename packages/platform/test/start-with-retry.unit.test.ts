import { describe, expect, it } from '@jest/globals';
import { type Logger, startWithRetry, UnavailableError } from '../src';

/** Records what a service would log at start-up. */
function recordingLogger(): { logger: Logger; warnings: Array<{ fields: Record<string, unknown>; msg: string }>; errors: string[] } {
  const warnings: Array<{ fields: Record<string, unknown>; msg: string }> = [];
  const errors: string[] = [];
  const logger = {
    warn: (fields: Record<string, unknown>, msg: string) => warnings.push({ fields, msg }),
    error: (_fields: Record<string, unknown>, msg: string) => errors.push(msg),
  } as unknown as Logger;
  return { logger, warnings, errors };
}

const fast = { initialDelayMs: 1, maxDelayMs: 2 };

describe('startWithRetry', () => {
  it('retries a step that meets a transient outage, logging the step and why, until it succeeds', async () => {
    const { logger, warnings } = recordingLogger();
    let calls = 0;
    const result = await startWithRetry(
      logger,
      'connect to MongoDB',
      async () => {
        calls += 1;
        if (calls < 3) throw new UnavailableError('the database is starting');
        return 'connected';
      },
      fast,
    );
    expect(result).toBe('connected');
    expect(calls).toBe(3);
    expect(warnings.map((w) => [w.fields.step, w.fields.attempt])).toEqual([
      ['connect to MongoDB', 1],
      ['connect to MongoDB', 2],
    ]);
    expect(warnings[0]!.msg).toMatch(/connect to MongoDB failed \(UnavailableError: the database is starting\); retrying/);
  });

  it('retries a broker that refuses connections (KafkaJS retriable error wrapped by its retrier)', async () => {
    const { logger, warnings } = recordingLogger();
    let calls = 0;
    await startWithRetry(
      logger,
      'create Kafka topics',
      async () => {
        calls += 1;
        if (calls === 1) {
          const refused = Object.assign(new Error('Connection error: connect ECONNREFUSED 127.0.0.1:9092'), {
            name: 'KafkaJSConnectionError',
            retriable: true,
          });
          throw Object.assign(new Error(refused.message, { cause: refused }), { name: 'KafkaJSNumberOfRetriesExceeded', retriable: false });
        }
      },
      fast,
    );
    expect([calls, warnings.length]).toEqual([2, 1]);
  });

  it('fails at once on an error a retry cannot cure, and after the last attempt', async () => {
    const { logger, warnings, errors } = recordingLogger();
    await expect(startWithRetry(logger, 'load', async () => Promise.reject(new TypeError('bad config')), fast)).rejects.toThrow(
      'bad config',
    );
    expect(warnings).toHaveLength(0);
    await expect(
      startWithRetry(logger, 'connect', async () => Promise.reject(new UnavailableError('still down')), { ...fast, attempts: 3 }),
    ).rejects.toThrow('still down');
    expect(warnings).toHaveLength(2);
    expect(errors).toEqual([expect.stringMatching(/connect still failing after 3 attempts .*still down.*giving up/)]);
  });
});
