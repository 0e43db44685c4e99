/** What ordering a timeline needs of an event (an archived row: `_id` is the event id). */
export interface Ordered {
  _id: string;
  causationId: string | null;
  recordedAt: string;
  seq: number | null;
}

/**
 * Orders events by when they were recorded (then archive order), except that an event always
 * comes after the event that caused it when both are shown: topics are archived at their own
 * pace, and a clock may lag, but a reaction cannot precede its cause.
 */
export function causalOrder<E extends Ordered>(events: E[]): E[] {
  const sorted = [...events].sort(
    (a, b) => a.recordedAt.localeCompare(b.recordedAt) || (a.seq ?? Infinity) - (b.seq ?? Infinity) || a._id.localeCompare(b._id),
  );
  const present = new Set(sorted.map((e) => e._id));
  const emitted = new Set<string>();
  const waiting = new Map<string, E[]>();
  const out: E[] = [];
  const emit = (event: E): void => {
    if (emitted.has(event._id)) return;
    out.push(event);
    emitted.add(event._id);
    const effects = waiting.get(event._id) ?? [];
    waiting.delete(event._id);
    for (const effect of effects) emit(effect);
  };
  for (const event of sorted) {
    const cause = event.causationId;
    if (cause && cause !== event._id && present.has(cause) && !emitted.has(cause)) {
      waiting.set(cause, [...(waiting.get(cause) ?? []), event]);
    } else emit(event);
  }
  // A cycle of causation (corrupt data) must not drop events: what is left goes last.
  for (const rest of waiting.values()) for (const event of rest) if (!emitted.has(event._id)) emit(event);
  return out;
}
