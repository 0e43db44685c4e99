import type { DomainEvent, EventEnvelope } from '@liaison/contracts';

/**
 * An aggregate as Emmett shapes it: pure and synchronous. `decide` throws a LiaisonError
 * (validation, forbidden, invalid transition) when the command is refused.
 */
export interface Decider<Command, State, Event extends DomainEvent = DomainEvent> {
  decide(command: Command, state: State): Event | Event[];
  evolve(state: State, event: EventEnvelope): State;
  initialState(): State;
}

export const fold = <State>(
  decider: Pick<Decider<unknown, State>, 'evolve' | 'initialState'>,
  events: EventEnvelope[],
  from: State = decider.initialState(),
): State => events.reduce(decider.evolve, from);
