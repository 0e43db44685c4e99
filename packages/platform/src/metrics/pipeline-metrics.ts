import { counter, gauge, histogram } from './registry';

/** What a running outbox relay reports about itself when Prometheus scrapes. */
export interface OutboxRelayState {
  topic: string;
  /** Commits queued by this instance and not yet acknowledged by Kafka. */
  backlog(): number;
  /** When the oldest of them was recorded (ms since the epoch), or null when none waits. */
  oldestRecordedAt(): number | null;
}

const relays = new Set<OutboxRelayState>();

/** Registers a relay with the backlog gauges until the returned function is called. */
export function trackOutboxRelay(state: OutboxRelayState): () => void {
  relays.add(state);
  return () => relays.delete(state);
}

gauge(
  'liaison_outbox_backlog_commits',
  'Commits the outbox relay holds and Kafka has not acknowledged yet, per topic.',
  ['topic'],
  function () {
    this.reset();
    for (const relay of relays) this.inc({ topic: relay.topic }, relay.backlog());
  },
);

gauge(
  'liaison_outbox_oldest_unpublished_age_seconds',
  'Age of the oldest commit the outbox relay holds unpublished (0 when none), per topic: the relay lag right now.',
  ['topic'],
  function () {
    this.reset();
    const now = Date.now();
    // Two relays of one topic in a process (tests): the older backlog is the lag.
    const ages = new Map<string, number>();
    for (const relay of relays) {
      const oldest = relay.oldestRecordedAt();
      const age = oldest === null ? 0 : Math.max(0, (now - oldest) / 1000);
      ages.set(relay.topic, Math.max(age, ages.get(relay.topic) ?? 0));
    }
    for (const [topic, age] of ages) this.set({ topic }, age);
  },
);

const relayLag = histogram(
  'liaison_outbox_relay_lag_seconds',
  'Time from a commit being recorded to Kafka acknowledging its events, per topic.',
  ['topic'],
  [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
);
const published = counter('liaison_outbox_published_events_total', 'Events the outbox relay published to Kafka, per topic.', ['topic']);

/** A batch Kafka acknowledged: `recordedAt` of each commit in it (ISO), and its event count. */
export function observePublished(topic: string, commitsRecordedAt: string[], events: number): void {
  const now = Date.now();
  for (const recordedAt of commitsRecordedAt) {
    const at = Date.parse(recordedAt);
    if (Number.isFinite(at)) relayLag.observe({ topic }, Math.max(0, (now - at) / 1000));
  }
  published.inc({ topic }, events);
}

const consumed = counter(
  'liaison_consumer_events_total',
  'Events a consumer group finished with (applied, skipped as already seen, or dead-lettered), per topic.',
  ['group', 'topic'],
);
export const observeConsumed = (group: string, topic: string, events = 1): void => consumed.inc({ group, topic }, events);

const deadLetters = counter('liaison_dlq_messages_total', 'Messages a consumer group sent to a dead-letter topic, by reason.', [
  'group',
  'topic',
  'reason',
]);
export const observeDeadLetter = (group: string, topic: string, reason: string): void => deadLetters.inc({ group, topic, reason });

const breaches = counter('liaison_deadline_breaches_total', 'Time limits recorded as breached by a scheduler, by kind of limit.', ['kind']);
export const observeBreach = (kind: string): void => breaches.inc({ kind });
