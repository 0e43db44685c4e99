import type { DomainEvent, EventEnvelope } from '@liaison/contracts';
import { ConcurrencyError, PreconditionFailedError } from '../errors';
import { type AppendContext, type AppendResult, type EventStore, sameRequestOrThrow } from '../eventstore';
import { type Decider, fold } from './decider';

export interface HandleOptions {
  /** The version the caller saw (HTTP If-Match); a different current version fails with 412. */
  expectedVersion?: number;
  /** How often a lost race is retried by re-deciding on fresh state (not when expectedVersion is pinned). */
  retries?: number;
}

export interface HandleResult<State> {
  streamId: string;
  version: number;
  events: EventEnvelope[];
  state: State;
  /** The command id had been handled before; this is the first result. */
  duplicate: boolean;
}

/**
 * load → decide → append with the loaded version: two round trips for a new command. A retried
 * command id is recognised by the store's unique command index when it appends, and answers with
 * its first result; only when deciding refuses (the first run may have changed the state, e.g.
 * "already shared") is the earlier commit looked up first. A lost race is re-decided on the new
 * state, so the loser sees the domain's answer rather than a storage error.
 */
export function commandHandler<Command, State>(store: EventStore, decider: Decider<Command, State, DomainEvent>) {
  /** The first result of a command id already committed, or null. */
  const replay = async (streamId: string, context: AppendContext): Promise<HandleResult<State> | null> => {
    const earlier = await store.findCommit(context.commandId);
    if (!earlier) return null;
    sameRequestOrThrow(earlier, context.commandId, streamId, context.requestDigest);
    return stateAt(earlier);
  };
  const stateAt = async (result: AppendResult): Promise<HandleResult<State>> => ({
    ...result,
    state: fold(decider, await store.readStream(result.streamId, { toVersion: result.version })),
  });

  return async function handle(
    streamId: string,
    command: Command,
    context: AppendContext,
    options: HandleOptions = {},
  ): Promise<HandleResult<State>> {
    const attempts = options.expectedVersion === undefined ? (options.retries ?? 3) + 1 : 1;
    for (let attempt = 1; ; attempt += 1) {
      const history = await store.readStream(streamId);
      const version = history.at(-1)?.version ?? 0;
      let state: State;
      let events: DomainEvent[];
      try {
        if (options.expectedVersion !== undefined && options.expectedVersion !== version) {
          throw new PreconditionFailedError(streamId, options.expectedVersion, version);
        }
        state = fold(decider, history);
        const decided = decider.decide(command, state);
        events = Array.isArray(decided) ? decided : [decided];
      } catch (error) {
        const earlier = await replay(streamId, context);
        if (earlier) return earlier;
        throw error;
      }
      try {
        const result = await store.append(streamId, version, events, context);
        return result.duplicate ? await stateAt(result) : { ...result, state: fold(decider, result.events, state) };
      } catch (error) {
        if (!(error instanceof ConcurrencyError) || attempt >= attempts) throw error;
      }
    }
  };
}
