import type { DomainEvent, EventEnvelope } from '@liaison/contracts';
import { ConcurrencyError, PreconditionFailedError } from '../errors';
import type { AppendContext, EventStore } from '../eventstore';
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
 * load → decide → append with the loaded version. A retried command id returns its first
 * result without deciding again; a lost race is re-decided on the new state, so the loser sees
 * the domain's answer (e.g. "already accepted") rather than a storage error.
 */
export function commandHandler<Command, State>(store: EventStore, decider: Decider<Command, State, DomainEvent>) {
  return async function handle(
    streamId: string,
    command: Command,
    context: AppendContext,
    options: HandleOptions = {},
  ): Promise<HandleResult<State>> {
    const earlier = await store.findCommit(context.commandId);
    if (earlier) return { ...earlier, state: fold(decider, await store.readStream(streamId, { toVersion: earlier.version })) };

    const attempts = options.expectedVersion === undefined ? (options.retries ?? 3) + 1 : 1;
    for (let attempt = 1; ; attempt += 1) {
      const history = await store.readStream(streamId);
      const version = history.at(-1)?.version ?? 0;
      if (options.expectedVersion !== undefined && options.expectedVersion !== version) {
        throw new PreconditionFailedError(streamId, options.expectedVersion, version);
      }
      const state = fold(decider, history);
      const decided = decider.decide(command, state);
      const events = Array.isArray(decided) ? decided : [decided];
      try {
        const result = await store.append(streamId, version, events, context);
        return { ...result, state: fold(decider, result.events, state) };
      } catch (error) {
        if (!(error instanceof ConcurrencyError) || attempt >= attempts) throw error;
      }
    }
  };
}
