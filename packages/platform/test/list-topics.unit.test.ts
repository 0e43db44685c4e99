import { describe, expect, it } from '@jest/globals';
import { isTransient, UnavailableError } from '../src/errors';
import { listTopics } from '../src/messaging/kafka';

describe('listTopics', () => {
  it("turns kafkajs' null-metadata TypeError (a leader election on a busy broker) into a transient UnavailableError", async () => {
    const admin = {
      listTopics: () =>
        Promise.reject(new TypeError("Cannot destructure property 'topicMetadata' of '(intermediate value)' as it is null.")),
    };
    const failure = await listTopics(admin).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UnavailableError);
    expect(isTransient(failure)).toBe(true);
  });

  it('passes other failures through and returns the topics as a set', async () => {
    await expect(listTopics({ listTopics: () => Promise.reject(new Error('SASL authentication failed')) })).rejects.toThrow('SASL');
    expect(await listTopics({ listTopics: () => Promise.resolve(['a', 'b']) })).toEqual(new Set(['a', 'b']));
  });
});
