import type { Admin, Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { gauge } from './registry';

/** A consumer group this process runs, as the lag gauge needs it. */
export interface TrackedGroup {
  kafka: Kafka;
  groupId: string;
  topics: string[];
  logger: Logger;
}

const groups = new Set<TrackedGroup>();
/** One admin client per Kafka client, connected on the first scrape, gone with its last group. */
const admins = new Map<Kafka, Promise<Admin>>();

/** A scrape must answer even when the broker does not: past this, the lag is left out. */
const LAG_TIMEOUT_MS = 3_000;

/** Registers a consumer group with the lag gauge until the returned function is called. */
export function trackConsumerGroup(group: TrackedGroup): () => void {
  groups.add(group);
  return () => {
    groups.delete(group);
    if (![...groups].some((other) => other.kafka === group.kafka)) {
      const admin = admins.get(group.kafka);
      admins.delete(group.kafka);
      void admin?.then((client) => client.disconnect()).catch(() => undefined);
    }
  };
}

function adminOf(kafka: Kafka): Promise<Admin> {
  let admin = admins.get(kafka);
  if (!admin) {
    const client = kafka.admin();
    admin = client.connect().then(() => client);
    // A failed connect is forgotten, so the next scrape tries again.
    admin.catch(() => admins.get(kafka) === admin && admins.delete(kafka));
    admins.set(kafka, admin);
  }
  return admin;
}

export interface PartitionLag {
  group: string;
  topic: string;
  partition: number;
  lag: number;
}

/**
 * Lag of one group: per partition, the log-end offset minus the group's committed offset (the
 * log start when it has committed none), which is what Kafka's own tools call lag. A group that
 * stopped consuming keeps its committed offset while the end moves on, so its lag grows.
 */
export async function groupLag(admin: Admin, groupId: string, topics: string[]): Promise<PartitionLag[]> {
  const committed = await admin.fetchOffsets({ groupId, topics });
  const lags: PartitionLag[] = [];
  for (const topic of topics) {
    const ends = await admin.fetchTopicOffsets(topic);
    const ofGroup = committed.find((entry) => entry.topic === topic)?.partitions ?? [];
    for (const end of ends) {
      const offset = ofGroup.find((entry) => entry.partition === end.partition)?.offset ?? '-1';
      const from = Number(offset) >= 0 ? Number(offset) : Number(end.low);
      lags.push({ group: groupId, topic, partition: end.partition, lag: Math.max(0, Number(end.high) - from) });
    }
  }
  return lags;
}

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer from Kafka within ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });

gauge(
  'liaison_consumer_lag_messages',
  'Messages of a partition a consumer group has not committed yet (log-end offset minus committed offset).',
  ['group', 'topic', 'partition'],
  async function () {
    this.reset();
    await Promise.all(
      [...groups].map(async (group) => {
        try {
          const lags = await withTimeout(
            adminOf(group.kafka).then((admin) => groupLag(admin, group.groupId, group.topics)),
            LAG_TIMEOUT_MS,
          );
          for (const { topic, partition, lag } of lags) this.set({ group: group.groupId, topic, partition: String(partition) }, lag);
        } catch (error) {
          // Left out of this scrape (the alert's `absent`/staleness shows it); the broker's outage is logged elsewhere.
          group.logger.debug({ err: error, groupId: group.groupId }, 'consumer lag not measured');
        }
      }),
    );
  },
);
