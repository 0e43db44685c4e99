import { randomUUID } from 'node:crypto';
import { expect } from '@jest/globals';
import type { Actor, DomainEvent, EventEnvelope } from '@liaison/contracts';
import type { Decider } from '../commands';

/**
 * Given / when / then specifications of a decider, as Emmett's `DeciderSpecification` shapes
 * them: given the events a stream already holds (or the commands that recorded them), when a
 * command is decided, then these events are recorded (or this error is thrown). Pure: no store.
 *
 *   const spec = DeciderSpecification.for(decider, { streamId: LEAD });
 *   spec.given([posted]).when(share).then([{ type: 'LeadShared', data: expect.objectContaining({ … }) }]);
 *   spec.givenCommands(post, share).when(accept).thenThrows(InvalidTransitionError, (e) => …);
 */

export interface SpecificationOptions {
  /** The stream the events belong to (envelopes carry it); default `test-1`. */
  streamId?: string;
  /** Who is stamped on given events; commands with an `actor` field stamp their own. */
  actor?: Actor;
  /** `occurredAt` / `recordedAt` of given events. */
  at?: string;
}

const DEFAULT_ACTOR: Actor = { officerId: 'test-officer', unitId: 'test-unit', roles: [] };

export interface Then<Event extends DomainEvent, State> {
  /** The decided events equal `expected` (jest `toEqual`: asymmetric matchers allowed). */
  then(expected: Event | Event[]): void;
  /** Hands the decided events (and the state they lead to) to `check`. */
  thenMatches(check: (events: Event[], after: State) => void): void;
  /** The decision throws an instance of `type`; `check` may inspect it further. */
  thenThrows<E extends Error>(type: new (...args: never[]) => E, check?: (error: E) => void): void;
  /** The decided events and the state after them, for assertions of your own. */
  decided(): { events: Event[]; state: State };
}

export interface When<Command, Event extends DomainEvent, State> {
  when(command: Command): Then<Event, State>;
  /** The state the given history folds to. */
  readonly state: State;
  /** The given history as stored envelopes. */
  readonly history: EventEnvelope[];
}

export interface Given<Command, State, Event extends DomainEvent> {
  given(events?: Event | Event[]): When<Command, Event, State>;
  /** The history is what these commands record, decided one after another from the initial state. */
  givenCommands(...commands: Command[]): When<Command, Event, State>;
}

const list = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** Wraps decided events in envelopes as the store would write them, so `evolve` sees what it sees in production. */
export function toEnvelopes(
  events: DomainEvent[],
  options: SpecificationOptions & { fromVersion?: number; actors?: Actor[] } = {},
): EventEnvelope[] {
  const at = options.at ?? '2026-03-01T08:00:00.000Z';
  return events.map((event, i) => ({
    eventId: randomUUID(),
    type: event.type,
    schemaVersion: 1,
    streamId: options.streamId ?? 'test-1',
    version: (options.fromVersion ?? 0) + i + 1,
    occurredAt: event.occurredAt ?? at,
    recordedAt: at,
    actor: options.actors?.[i] ?? options.actor ?? DEFAULT_ACTOR,
    correlationId: 'test-correlation',
    causationId: null,
    traceparent: null,
    data: event.data as Record<string, unknown>,
  }));
}

const actorOf = (command: unknown, fallback: Actor): Actor =>
  typeof command === 'object' && command !== null && 'actor' in command ? (command as { actor: Actor }).actor : fallback;

export const DeciderSpecification = {
  for<Command, State, Event extends DomainEvent>(
    decider: Decider<Command, State, Event>,
    options: SpecificationOptions = {},
  ): Given<Command, State, Event> {
    const fold = (history: EventEnvelope[], from = decider.initialState()) => history.reduce(decider.evolve, from);
    const decide = (command: Command, state: State): Event[] => list(decider.decide(command, state));

    const whenFrom = (history: EventEnvelope[]): When<Command, Event, State> => {
      const before = fold(history);
      return {
        state: before,
        history,
        when: (command) => {
          const run = () => decide(command, before);
          const after = (events: Event[]) =>
            fold(
              toEnvelopes(events, { ...options, fromVersion: history.length, actor: actorOf(command, options.actor ?? DEFAULT_ACTOR) }),
              before,
            );
          return {
            then: (expected) => expect(run()).toEqual(list(expected)),
            thenMatches: (check) => {
              const events = run();
              check(events, after(events));
            },
            thenThrows: (type, check) => {
              let caught: unknown = null;
              try {
                run();
              } catch (error) {
                caught = error;
              }
              expect(caught).toBeInstanceOf(type);
              check?.(caught as InstanceType<typeof type>);
            },
            decided: () => {
              const events = run();
              return { events, state: after(events) };
            },
          };
        },
      };
    };

    return {
      given: (events = []) => whenFrom(toEnvelopes(list(events), options)),
      givenCommands: (...commands) => {
        const history: EventEnvelope[] = [];
        let state = decider.initialState();
        for (const command of commands) {
          const envelopes = toEnvelopes(decide(command, state), {
            ...options,
            fromVersion: history.length,
            actor: actorOf(command, options.actor ?? DEFAULT_ACTOR),
          });
          state = fold(envelopes, state);
          history.push(...envelopes);
        }
        return whenFrom(history);
      },
    };
  },
};

/**
 * A `thenThrows` check for the platform's typed errors: a ValidationError naming `path` among its
 * issues, an InvalidTransitionError whose `currentStatus` is `status`.
 */
export const refusal =
  (expected: { path?: string; status?: string }) =>
  (error: Error): void => {
    if (expected.path)
      expect((error as unknown as { issues: { path: string }[] }).issues.map((issue) => issue.path)).toContain(expected.path);
    if (expected.status) expect((error as unknown as { currentStatus: string }).currentStatus).toBe(expected.status);
  };
