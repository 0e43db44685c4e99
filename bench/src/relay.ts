import {
  COMMITS_COLLECTION,
  envelopeHeaders,
  ensureTopics,
  MongoEventStore,
  type Outbox,
  type OutboxCommit,
  OutboxRelay,
  type CommitDocument,
} from '@liaison/platform';
import type { Message } from 'kafkajs';
import { Types } from 'mongoose';
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

/** Wraps the store's outbox side to time its calls and count what was recorded published. */
function timedOutbox(outbox: Outbox): {
  outbox: Outbox;
  readMs: () => number;
  markMs: () => number;
  marked: () => number;
  marks: () => number;
} {
  let read = 0;
  let mark = 0;
  let marked = 0;
  let marks = 0;
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
      pendingPartitions: () =>
        timed(
          () => outbox.pendingPartitions(),
          (ms) => (read += ms),
        ),
      markPublished: async (commits) => {
        await timed(
          () => outbox.markPublished(commits),
          (ms) => (mark += ms),
        );
        marked += commits.length;
        marks += 1;
      },
      compactPublished: (limit) => outbox.compactPublished(limit),
      countUnpublished: () => outbox.countUnpublished(),
      onCommitted: (listener) => outbox.onCommitted(listener),
    },
    readMs: () => read,
    markMs: () => mark,
    marked: () => marked,
    marks: () => marks,
  };
}

/** Fills the commits collection with unpublished commits in the store's own format, quickly. */
async function fillOutbox(docs: CommitDocument[], insert: (chunk: CommitDocument[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < docs.length; i += 1000) await insert(docs.slice(i, i + 1000));
}

const outboxCommit = (doc: CommitDocument): OutboxCommit => ({
  commitId: String(doc._id),
  streamId: doc.streamId,
  version: doc.version,
  events: doc.events,
});

async function topicSize(env: BenchEnv, topic: string): Promise<number> {
  const admin = env.kafka.admin();
  await admin.connect();
  try {
    return (await admin.fetchTopicOffsets(topic)).reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
  } finally {
    await admin.disconnect();
  }
}

/**
 * The relay's fast path — commits handed over as the store acknowledges them, published in
 * batches with one batch in flight and one published-record write per batch — against raw
 * kafkajs sends of the same messages in the same order and batch size. Notes: the sweep (what a
 * crash leaves behind) draining the same backlog, and the background compaction of the records.
 */
export async function benchRelay(env: BenchEnv, sizes: RelaySizes): Promise<BenchResult> {
  const bench = await openBenchDb(env, 'relay', 20);
  const swept = await openBenchDb(env, 'relay_sweep', 20);
  const platformTopic = `bench.relay-${bench.name}.platform`;
  const sweepTopic = `bench.relay-${bench.name}.sweep`;
  const rawTopic = `bench.relay-${bench.name}.raw`;
  try {
    await ensureTopics(env.kafka, [platformTopic, sweepTopic, rawTopic]);
    const store = new MongoEventStore(bench.connection, benchRegistry());
    await store.init();
    const sweepStore = new MongoEventStore(swept.connection, benchRegistry());
    await sweepStore.init();

    // Commit i is the (i / streams + 1)-th commit of stream i % streams: the order appends make.
    const streams = Math.max(1, Math.ceil(sizes.events / sizes.perStream));
    const docs: CommitDocument[] = [];
    for (let i = 0; i < sizes.events; i += 1) {
      docs.push({ ...commitDocument(streamName('relay', i % streams), Math.floor(i / streams) + 1, i), _id: new Types.ObjectId() });
    }
    const fillStarted = Date.now();
    // The fast-path store's copy is already flagged, so its start-up sweep finds nothing and every
    // commit goes out through the hand-over; the sweep store's copy is the crash backlog.
    await fillOutbox(docs, (chunk) =>
      bench.db.collection(COMMITS_COLLECTION).insertMany(
        chunk.map((d) => ({ ...d, published: true })),
        { ordered: false },
      ),
    );
    await fillOutbox(docs, (chunk) =>
      swept.db.collection(COMMITS_COLLECTION).insertMany(
        chunk.map((d) => ({ ...d })),
        { ordered: false },
      ),
    );
    const fillMs = Date.now() - fillStarted;

    // Raw: the same payloads (value, key, headers as the relay builds them), in append order and
    // the relay's batch size, through an idempotent producer with acks -1.
    const batches: Message[][] = [];
    for (let i = 0; i < docs.length; i += sizes.batchSize) {
      batches.push(
        docs
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

    // Platform, fast path: hand every commit over as the store would right after acknowledging
    // it; done when the last batch is recorded published.
    const timing = timedOutbox(store);
    const relay = new OutboxRelay({
      outbox: timing.outbox,
      kafka: env.kafka,
      topic: platformTopic,
      logger: env.logger,
      sendChunk: sizes.batchSize,
      idleMs: 60_000,
      compactEveryMs: 3_600_000,
    });
    relay.start();
    await relay.whenRecovered();
    const platform = await phase(async () => {
      for (const doc of docs) relay.handOver(outboxCommit(doc));
      while (timing.marked() < docs.length) await new Promise((resolve) => setTimeout(resolve, 2));
      return timing.marked();
    }, 'relay platform');
    await relay.stop();

    // The sweep: the same backlog left unpublished (as after a crash or an outage), drained.
    const sweepTiming = timedOutbox(sweepStore);
    const sweeper = new OutboxRelay({
      outbox: sweepTiming.outbox,
      kafka: env.kafka,
      topic: sweepTopic,
      logger: env.logger,
      batchSize: 2_000,
      sendChunk: sizes.batchSize,
    });
    const sweep = await phase(async () => {
      let published = 0;
      for (let n = await sweeper.publishBatch(); n > 0; n = await sweeper.publishBatch()) published += n;
      return published;
    }, 'relay sweep');
    const compactStarted = performance.now();
    const compacted = await sweeper.compact();
    const compactMs = performance.now() - compactStarted;
    await sweeper.stop();

    const left = await sweepStore.countUnpublished();
    const [onPlatformTopic, onSweepTopic, onRawTopic] = await Promise.all([
      topicSize(env, platformTopic),
      topicSize(env, sweepTopic),
      topicSize(env, rawTopic),
    ]);
    if (
      platform.events !== sizes.events ||
      raw.events !== sizes.events ||
      sweep.events !== sizes.events ||
      left !== 0 ||
      onPlatformTopic !== sizes.events
    ) {
      throw new Error(
        `relay: expected ${sizes.events} events each; fast path ${platform.events} (${onPlatformTopic} on its topic), sweep ${sweep.events}, raw ${raw.events}, unpublished left ${left}`,
      );
    }
    const rate = (p: { events: number; elapsedMs: number }) => (p.events * 1000) / p.elapsedMs;
    return {
      name: 'relay',
      what: `OutboxRelay fast path (commits handed over as acknowledged, batch ${sizes.batchSize}, one in flight, one record per batch; ${streams.toLocaleString('en-US')} streams) vs raw idempotent kafkajs send of the same messages in the same batches`,
      platform,
      raw,
      notes: [
        `outbox filled by insertMany in ${fmtMs(fillMs)} (untimed); messages on topics: fast path ${onPlatformTopic}, sweep ${onSweepTopic}, raw ${onRawTopic}`,
        `fast path split: ${timing.marks()} published records written in ${fmtMs(timing.markMs())}; rest (Kafka send, serialisation, connect) ${fmtMs(platform.elapsedMs - timing.markMs())}`,
        `sweep of the same backlog left unpublished (crash recovery): ${fmtMs(sweep.elapsedMs)} = ${Math.round(rate(sweep)).toLocaleString('en-US')} ev/s, ratio ${(rate(sweep) / rate(raw)).toFixed(2)} to raw; ` +
          `outbox reads ${fmtMs(sweepTiming.readMs())}, records ${fmtMs(sweepTiming.markMs())}`,
        `background compaction (flags set on ${compacted.toLocaleString('en-US')} commits, records deleted): ${fmtMs(compactMs)} = ${Math.round((compacted * 1000) / compactMs).toLocaleString('en-US')} commits/s, off the publishing path`,
      ],
      goal: 0.7,
    };
  } finally {
    await bench.drop();
    await swept.drop();
    const admin = env.kafka.admin();
    await admin.connect().catch(() => undefined);
    await admin.deleteTopics({ topics: [platformTopic, sweepTopic, rawTopic] }).catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
  }
}
