import { describe, expect, it } from '@jest/globals';
import type { EventEnvelope } from '@liaison/contracts';
import { commandHandler, type Decider, type EventStore, IdempotencyConflictError, InMemoryEventStore, ValidationError } from '../src';
import { context, testRegistry } from './support/test-events';

/** Counts up to a limit; refuses once the limit is reached, so a retried command meets a refusal. */
type Count = { by: number };
const capped: Decider<Count, number> = {
  initialState: () => 0,
  evolve: (state, event: EventEnvelope) => state + (event.data.count as number),
  decide: (command, state) => {
    if (state >= 3) throw ValidationError.field('count', 'limit reached');
    return { type: 'ThingCounted', data: { name: 'thing', count: command.by } };
  },
};

/** Counts the store calls a command makes: each is a round trip on a real server. */
function counting(store: EventStore): { store: EventStore; calls: string[] } {
  const calls: string[] = [];
  const wrapped: EventStore = {
    append: (...args) => (calls.push('append'), store.append(...args)),
    findCommit: (...args) => (calls.push('findCommit'), store.findCommit(...args)),
    readStream: (...args) => (calls.push('readStream'), store.readStream(...args)),
    streamVersion: (...args) => (calls.push('streamVersion'), store.streamVersion(...args)),
    scan: (...args) => store.scan(...args),
  };
  return { store: wrapped, calls };
}

describe('command handler', () => {
  it('handles a new command with one read and one append', async () => {
    const { store, calls } = counting(new InMemoryEventStore(testRegistry()));
    const result = await commandHandler(store, capped)('thing-1', { by: 1 }, context());
    expect(result).toMatchObject({ version: 1, state: 1, duplicate: false });
    expect(calls).toEqual(['readStream', 'append']);
  });

  it('answers a retried command with its first result, even when deciding again would now refuse it', async () => {
    const handle = commandHandler(new InMemoryEventStore(testRegistry()), capped);
    const ctx = context();
    const first = await handle('thing-2', { by: 3 }, ctx);
    const again = await handle('thing-2', { by: 3 }, ctx);
    expect(again).toMatchObject({ version: 1, state: 3, duplicate: true });
    expect(again.events.map((e) => e.eventId)).toEqual(first.events.map((e) => e.eventId));
    await expect(handle('thing-2', { by: 1 }, context())).rejects.toBeInstanceOf(ValidationError);
  });

  it('answers a retried command that decides alike with its first result and the state as of then', async () => {
    const handle = commandHandler(new InMemoryEventStore(testRegistry()), capped);
    const ctx = context();
    await handle('thing-3', { by: 1 }, ctx);
    await handle('thing-3', { by: 1 }, context());
    const again = await handle('thing-3', { by: 1 }, ctx);
    expect(again).toMatchObject({ version: 1, state: 1, duplicate: true });
  });

  it('refuses a command id reused for another request', async () => {
    const handle = commandHandler(new InMemoryEventStore(testRegistry()), capped);
    const ctx = { ...context(), requestDigest: 'a' };
    await handle('thing-4', { by: 3 }, ctx);
    await expect(handle('thing-4', { by: 3 }, { ...ctx, requestDigest: 'b' })).rejects.toBeInstanceOf(IdempotencyConflictError);
    await expect(handle('thing-5', { by: 1 }, ctx)).rejects.toBeInstanceOf(IdempotencyConflictError);
  });
});
