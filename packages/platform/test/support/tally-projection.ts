import type { EventEnvelope } from '@liaison/contracts';
import { fold, type ProjectionDefinition } from '../../src';

/** A read model that records every version it applied, so a skip or a double apply shows. */
export interface Tally extends Record<string, unknown> {
  name: string;
  total: number;
  versions: number[];
}

export const tallyEvolve = (current: Tally | null, event: EventEnvelope): Tally => {
  const tally = current ?? { name: '', total: 0, versions: [] };
  const data = event.data as { name: string; count: number };
  return { name: data.name, total: tally.total + data.count, versions: [...tally.versions, event.version] };
};

export const tallyProjection = (prefix: string): ProjectionDefinition<Tally> => ({
  name: 'tallies',
  streamPrefix: prefix,
  evolve: tallyEvolve,
});

/** What the projection must equal: a fold of the store's events for the stream. */
export const expectedTally = (events: EventEnvelope[]): Tally =>
  fold<Tally | null>({ evolve: (s, e) => tallyEvolve(s, e), initialState: () => null }, events)!;
