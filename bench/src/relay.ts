import {
  COMMITS_COLLECTION,
  envelopeHeaders,
  ensureTopics,
  MongoEventStore,
  type Outbox,
  OutboxRelay,
  type CommitDocument,
} from '@liaison/platform';
import type { Message } from 'kafkajs';
import { type BenchEnv, type BenchResult, benchRegistry, commitDocument, fmtMs, openBenchDb, streamName } from './common';
import { phase } from './common';

export interface RelaySizes {
  /** Events put in the outbox (one event per commit). */
  events: number;
  /** Commits per stream (so streams = events / perStream). */
  perStream: number;
  /** OutboxRelay batch size, and the raw producer's batch size. */
  batchSize: number;
}

/** Wraps the store's outbox side to time its two calls; the relay's remaining time is the Kafka send. */
function timedOutbox(outbox: Outbox): { outbox: Outbox; readMs: () => number; markMs: () => number } {
  let read = 0;
  let mark = 0;
  const timed = async <T>(fn: () => Promise<T>, add: (ms: number) => void): Promise<T> => {
    const t = performance.now();
    try {
      return await fn();
    } finally {
      add(performance.now() - t);
    }
  };
  return {
    outbox: {
      unpublished: (partition, limit) =>
        timed(
          () => outbox.unpublished(partition, limit),
          (ms) => (read += ms),
        ),
      markPublished: (partition, ids) =>
        timed(
          () => outbox.markPublished(partition, ids),
          (ms) => (mark += ms),
        ),
      countUnpublished: () => outbox.countUnpublished(),
    },
    readMs: () => read,
    markMs: () => mark,
  };
}

/** Fills the commits collection with unpublished commits in the store's own format, quickly. */
async function fillOutbox(docs: CommitDocument[], insert: (chunk: CommitDocument[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < docs.length; i += 1000) await insert(docs.slice(i, i + 1000));
}

export async function benchRelay(env: BenchEnv, sizes: RelaySizes): Promise<BenchResult> {
  const bench = await openBenchDb(env, 'relay', 20);
  const platformTopic = `bench.relay-${bench.name}.platform`;
  const rawTopic = `bench.relay-${bench.name}.raw`;
  try {
    await ensureTopics(env.kafka, [platformTopic, rawTopic]);
    const store = new MongoEventStore(bench.connection, benchRegistry());
    await store.init();

    const streams = Math.max(1, Math.ceil(sizes.events / sizes.perStream));
    const docs: CommitDocument[] = [];
    for (let i = 0; i < sizes.events; i += 1) docs.push(commitDocument(streamName('relay', i % streams), Math.floor(i / streams) + 1, i));
    const fillStarted = Date.now();
    await fillOutbox(docs, (chunk) =>
      bench.db.collection(COMMITS_COLLECTION).insertMany(
        chunk.map((d) => ({ ...d })),
        { ordered: false },
      ),
    );
    const fillMs = Date.now() - fillStarted;

    // Raw: the same payloads (value, key, headers as the relay builds them), in the relay's batch
    // order (streamId, version) and batch size, through an idempotent producer with acks -1.
    const ordered = [...docs].sort((a, b) => (a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : a.version - b.version));
    const batches: Message[][] = [];
    for (let i = 0; i < ordered.length; i += sizes.batchSize) {
      batches.push(
        ordered
          .slice(i, i + sizes.batchSize)
          .flatMap((c) => c.events.map((event) => ({ key: c.streamId, value: JSON.stringify(event), headers: envelopeHeaders(event) }))),
      );
    }
    const producer = env.kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    const raw = await phase(async () => {
      await producer.connect();
      let sent = 0;
      for (const messages of batches) {
        await producer.send({ topic: rawTopic, messages, acks: -1 });
        sent += messages.length;
      }
      return sent;
    }, 'relay raw');
    await producer.disconnect();

    // Platform: publishBatch until the outbox is drained (reads, sends, marks published).
    const timing = timedOutbox(store);
    const relay = new OutboxRelay({
      outbox: timing.outbox,
      kafka: env.kafka,
      topic: platformTopic,
      logger: env.logger,
      batchSize: sizes.batchSize,
    });
    let calls = 0;
    const platform = await phase(async () => {
      let published = 0;
      for (;;) {
        const n = await relay.publishBatch();
        calls += 1;
        if (n === 0) break;
        published += n;
      }
      return published;
    }, 'relay platform');
    await relay.stop();

    const left = await store.countUnpublished();
    if (platform.events !== sizes.events || raw.events !== sizes.events || left !== 0) {
      throw new Error(
        `relay: expected ${sizes.events} events each; platform ${platform.events}, raw ${raw.events}, unpublished left ${left}`,
      );
    }
    const offsets = async (topic: string): Promise<number> => {
      const admin = env.kafka.admin();
      await admin.connect();
      try {
        return (await admin.fetchTopicOffsets(topic)).reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
      } finally {
        await admin.disconnect();
      }
    };
    const [onPlatformTopic, onRawTopic] = await Promise.all([offsets(platformTopic), offsets(rawTopic)]);
    return {
      name: 'relay',
      what: `OutboxRelay.publishBatch() until drained (batch ${sizes.batchSize}, ${streams.toLocaleString('en-US')} streams) vs raw idempotent kafkajs send of the same messages in the same batches`,
      platform,
      raw,
      notes: [
        `outbox filled by insertMany in ${fmtMs(fillMs)} (untimed); ${calls} publishBatch calls; messages on topics: platform ${onPlatformTopic}, raw ${onRawTopic}`,
        `platform time split: store.unpublished() ${fmtMs(timing.readMs())}, store.markPublished() ${fmtMs(timing.markMs())}, ` +
          `rest (Kafka send, serialisation, connect) ${fmtMs(platform.elapsedMs - timing.readMs() - timing.markMs())}`,
      ],
      goal: 0.7,
    };
  } finally {
    await bench.drop();
    const admin = env.kafka.admin();
    await admin.connect().catch(() => undefined);
    await admin.deleteTopics({ topics: [platformTopic, rawTopic] }).catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
  }
}
