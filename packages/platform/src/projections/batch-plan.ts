import type { EventEnvelope } from '@liaison/contracts';

/**
 * The pure half of a projection batch (ADR 0006, "per-batch projection"): which events belong to
 * which stream, and which of a stream's versions a document at `_v` still needs, so the batch
 * reads each document once, pulls from the store only the versions Kafka did not bring, and
 * writes each document once.
 */

/** The batch's events per stream, each stream's in version order, one per version (redelivery duplicates dropped). */
export function groupByStream(events: EventEnvelope[]): Map<string, EventEnvelope[]> {
  const streams = new Map<string, Map<number, EventEnvelope>>();
  for (const event of events) {
    let versions = streams.get(event.streamId);
    if (!versions) streams.set(event.streamId, (versions = new Map()));
    if (!versions.has(event.version)) versions.set(event.version, event);
  }
  return new Map([...streams].map(([streamId, versions]) => [streamId, [...versions.values()].sort((a, b) => a.version - b.version)]));
}

export interface StreamPlan {
  /** The batch's events above `_v`, in order; empty when everything was applied already. */
  fresh: EventEnvelope[];
  /** Versions between `_v + 1` and the last fresh one that the batch lacks: read from the store. */
  gap: { fromVersion: number; toVersion: number } | null;
}

export function planStream(appliedVersion: number, events: EventEnvelope[]): StreamPlan {
  const fresh = events.filter((event) => event.version > appliedVersion);
  const contiguous = fresh.every((event, i) => event.version === appliedVersion + 1 + i);
  return {
    fresh,
    gap: fresh.length > 0 && !contiguous ? { fromVersion: appliedVersion + 1, toVersion: fresh.at(-1)!.version } : null,
  };
}

/**
 * The events to fold onto the document: the fresh ones when contiguous, else the store's run
 * `gap.fromVersion..gap.toVersion`, which must be complete (a store that lacks a version is an
 * error, exactly as for one event: the projection never skips).
 */
export function eventsToFold(plan: StreamPlan, fromStore: EventEnvelope[] | null, what: string): EventEnvelope[] {
  if (!plan.gap) return plan.fresh;
  const { fromVersion, toVersion } = plan.gap;
  const complete =
    fromStore !== null && fromStore.every((e, i) => e.version === fromVersion + i) && fromStore.at(-1)?.version === toVersion;
  if (!complete) throw new Error(`${what}: store lacks v${fromVersion}..${toVersion}`);
  return fromStore;
}

/** Per event of the batch: was it new here, or did earlier versions have to come from the store first? */
export function freshOutcomes(plan: StreamPlan, appliedVersion: number): Map<number, 'applied' | 'gap-filled'> {
  const outcomes = new Map<number, 'applied' | 'gap-filled'>();
  let expected = appliedVersion + 1;
  for (const event of plan.fresh) {
    outcomes.set(event.version, event.version === expected ? 'applied' : 'gap-filled');
    expected = event.version + 1;
  }
  return outcomes;
}
