// After a load under faults: do the leads event store, Kafka, the history archive and the leads
// projections (lead details, inboxes) agree? Shared by e2e/test/scale-out.e2e.test.ts and `npm run chaos`.
import { eventsTopic } from '@liaison/contracts';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { type ArchiveBucket, lookupKey, rowsOf } from '../services/history/src/archive/archive-rows';
import { type CommandKind, GatewayClient, type LoadResult, OWNER, RECIPIENT, RECIPIENT_UNIT } from './chaos-load';

export interface AuditTarget {
  gateways: string[];
  kafkaBrokers: string[];
  mongodbUri: string;
  /** The system's run id: databases `<service>_<runId>`, topics in namespace `e2e-<runId>`. */
  runId: string;
  /** Units that never acknowledge, whose acknowledge deadline the overdue scheduler must record exactly once (0 if none). */
  breachedUnits?: string[];
}

export interface ChaosCounts {
  commandsSent: number;
  commandsAcknowledged: number;
  retries: number;
  replayedRetries: number;
  eventsInStore: number;
  messagesInKafka: number;
  distinctEventsInKafka: number;
  eventsInArchive: number;
  eventsInProjections: number;
  inboxRows: number;
  lost: number;
  duplicated: number;
  outOfOrder: number;
}

export interface AuditReport {
  counts: ChaosCounts;
  /** Each disagreement found (at most 50), empty when everything agrees. */
  problems: string[];
}

interface StoredEvent {
  eventId: string;
  streamId: string;
  version: number;
  type: string;
  data: Record<string, unknown>;
}

const EFFECT_EVENT: Record<CommandKind, string> = { post: 'LeadPosted', share: 'LeadShared', acknowledge: 'LeadAcknowledged' };

/**
 * Waits (up to `settleMs`) until the archive and every lead's projection caught up with the store,
 * then compares them all once and counts: lost = an acknowledged command without its event, or a
 * stored event missing from Kafka, the archive or the lead's projected history; duplicated = an
 * effect present more than once anywhere; out of order = a stream's events numbered (archive)
 * or folded (projection) other than in version order.
 */
export async function audit(target: AuditTarget, load: LoadResult, settleMs = 120_000): Promise<AuditReport> {
  const mongo = await MongoClient.connect(target.mongodbUri);
  const client = new GatewayClient(target.gateways);
  try {
    const leadsDb = mongo.db(`leads_${target.runId}`);
    const historyDb = mongo.db(`history_${target.runId}`);
    const ours = new Set(load.leadIds);
    const readStore = async () =>
      (await leadsDb.collection('event_commits').find({}).toArray())
        .flatMap((commit) => commit.events as StoredEvent[])
        .filter((event) => ours.has(event.streamId));
    const readArchive = async () =>
      // Every copy in every bucket (ADR 0029, "buckets"), not deduplicated: a copy twice is a finding.
      (
        await historyDb
          .collection<ArchiveBucket>('archive_buckets')
          .find({ lookupKeys: lookupKey('context', 'leads') })
          .toArray()
      )
        .flatMap(rowsOf)
        .filter((row) => row.context === 'leads' && ours.has(row.streamId)) as unknown as Array<Record<string, unknown>>;
    const breached = target.breachedUnits ?? [];
    const breachesDue = () => load.leadIds.length * breached.length;

    // Settle: the archive holds every stored event (numbered), and the scheduler recorded every due breach.
    const deadline = Date.now() + settleMs;
    let store = await readStore();
    let archive = await readArchive();
    while (Date.now() < deadline) {
      const breaches = store.filter((e) => e.type === 'LeadOverdue' && breached.includes(e.data.unitId as string)).length;
      if (archive.length >= store.length && archive.every((row) => row.seq !== null) && breaches >= breachesDue()) break;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      [store, archive] = await Promise.all([readStore(), readArchive()]);
    }
    const details = await readDetails(client, load.leadIds, store, deadline);
    const inbox = await readInbox(client);
    const kafka = await readKafka(target, ours);

    const problems: string[] = [];
    let lost = 0;
    let duplicated = 0;
    let outOfOrder = 0;
    const problem = (text: string) => {
      if (problems.length < 50) problems.push(text);
    };
    const lose = (n: number, text: string) => {
      lost += n;
      problem(text);
    };
    const twice = (n: number, text: string) => {
      duplicated += n;
      problem(text);
    };
    const disorder = (n: number, text: string) => {
      outOfOrder += n;
      problem(text);
    };
    const byStream = groupBy(store, (e) => e.streamId);
    for (const [leadId, effects] of load.effects) {
      const events = byStream.get(leadId) ?? [];
      // The store: each acknowledged command's event exactly once, versions 1..n without gaps.
      for (const kind of effects) {
        const n = events.filter((e) => e.type === EFFECT_EVENT[kind]).length;
        if (n === 0) lose(1, `${leadId}: acknowledged ${kind} has no ${EFFECT_EVENT[kind]} in the store`);
        if (n > 1) twice(n - 1, `${leadId}: ${EFFECT_EVENT[kind]} ${n} times in the store`);
      }
      const versions = events.map((e) => e.version).sort((a, b) => a - b);
      if (versions.some((v, i) => v !== i + 1)) problem(`${leadId}: store versions ${versions.join(',')}`);
      // Breaches: one per (kind, unit) at most; the never-acknowledging units' exactly once.
      const overdue = groupBy(
        events.filter((e) => e.type === 'LeadOverdue'),
        (e) => `${e.data.kind as string}:${e.data.unitId as string}`,
      );
      for (const [key, list] of overdue) if (list.length > 1) twice(list.length - 1, `${leadId}: ${list.length}× LeadOverdue ${key}`);
      for (const unit of breached)
        if (!overdue.has(`acknowledge:${unit}`)) lose(1, `${leadId}: no acknowledge breach recorded for ${unit}`);

      // Kafka: every stored event at least once (the relay may publish twice; consumers dedupe).
      for (const event of events) if (!kafka.ids.has(event.eventId)) lose(1, `${leadId} v${event.version}: not in Kafka`);

      // The projection: its history folds each version once, in order, up to the store's last.
      const detail = details.get(leadId);
      const folded = detail?.history.map((h) => h.version) ?? [];
      const stored = events.map((e) => e.version).sort((a, b) => a - b);
      const missing = stored.filter((v) => !folded.includes(v));
      if (missing.length > 0) lose(missing.length, `${leadId}: projection lacks v${missing.join(',')}`);
      const extra = folded.length - new Set(folded).size;
      if (extra > 0) twice(extra, `${leadId}: projection folded a version twice: ${folded.join(',')}`);
      if (folded.some((v, i) => i > 0 && v <= folded[i - 1]!)) disorder(1, `${leadId}: projection history order ${folded.join(',')}`);
      if (detail && detail.version !== stored.at(-1)) problem(`${leadId}: projection at v${detail.version}, store at v${stored.at(-1)}`);
      if (effects.has('acknowledge')) {
        const status = detail?.recipients.find((r) => r.unitId === RECIPIENT_UNIT)?.status;
        if (status !== 'acknowledged') problem(`${leadId}: ${RECIPIENT_UNIT} is "${status}" in the lead's details`);
      }
      // The recipient's inbox: once per shared lead.
      if (effects.has('share')) {
        const rows = inbox.get(leadId) ?? 0;
        if (rows === 0) lose(1, `${leadId}: not in ${RECIPIENT_UNIT}'s inbox`);
        if (rows > 1) twice(rows - 1, `${leadId}: ${rows}× in ${RECIPIENT_UNIT}'s inbox`);
      }
    }

    // The archive: every stored event once (its _id is the event id), numbered in version order per stream.
    const archived = groupBy(archive, (row) => row.streamId as string);
    for (const [leadId, events] of byStream) {
      const rows = (archived.get(leadId) ?? []).sort((a, b) => (a.seq as number) - (b.seq as number));
      const versions = rows.map((row) => row.version as number);
      const missing = events.filter((e) => !versions.includes(e.version));
      if (missing.length > 0) lose(missing.length, `${leadId}: archive lacks v${missing.map((e) => e.version).join(',')}`);
      const extra = versions.length - new Set(versions).size;
      if (extra > 0) twice(extra, `${leadId}: archive holds a version twice: ${versions.join(',')}`);
      if (versions.some((v, i) => i > 0 && v <= versions[i - 1]!)) disorder(1, `${leadId}: archive numbered v${versions.join(',')}`);
      if (rows.some((row) => row.seq === null)) problem(`${leadId}: archive rows without a number`);
    }
    const seqs = archive.map((row) => row.seq as number);
    if (new Set(seqs).size !== seqs.length) twice(seqs.length - new Set(seqs).size, 'archive: one seq on two events');

    return {
      counts: {
        commandsSent: load.commands,
        commandsAcknowledged: Object.values(load.acknowledged).reduce((a, b) => a + b, 0),
        retries: load.retries,
        replayedRetries: load.replayed,
        eventsInStore: store.length,
        messagesInKafka: kafka.messages,
        distinctEventsInKafka: kafka.ids.size,
        eventsInArchive: archive.length,
        eventsInProjections: [...details.values()].reduce((sum, d) => sum + d.history.length, 0),
        inboxRows: [...inbox.entries()].filter(([id]) => ours.has(id)).reduce((sum, [, n]) => sum + n, 0),
        lost,
        duplicated,
        outOfOrder,
      },
      problems: [...load.failures.slice(0, 10).map((f) => `not acknowledged: ${f}`), ...problems],
    };
  } finally {
    await mongo.close();
  }
}

interface Detail {
  version: number;
  history: { version: number; type: string }[];
  recipients: { unitId: string; status: string }[];
}

/** Each lead's details as its owner sees them, once the projection reached the store's version (or the deadline passed). */
async function readDetails(client: GatewayClient, leadIds: string[], store: StoredEvent[], deadline: number): Promise<Map<string, Detail>> {
  const last = new Map<string, number>();
  for (const e of store) last.set(e.streamId, Math.max(last.get(e.streamId) ?? 0, e.version));
  const details = new Map<string, Detail>();
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < leadIds.length) {
        const leadId = leadIds[next++]!;
        for (;;) {
          const answer = await client.send(OWNER, 'GET', `/api/v1/leads/${leadId}`, { retryOn: [404] });
          const detail = answer.body as unknown as Detail;
          if (answer.status === 200) details.set(leadId, detail);
          if ((answer.status === 200 && detail.version >= (last.get(leadId) ?? 0)) || Date.now() > deadline) break;
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
      }
    }),
  );
  return details;
}

/** How often each lead appears in the recipient's inbox, every page. */
async function readInbox(client: GatewayClient): Promise<Map<string, number>> {
  const rows = new Map<string, number>();
  let cursor: string | null = null;
  do {
    const query: string = `/api/v1/leads/inbox?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const answer = await client.send(RECIPIENT, 'GET', query);
    if (answer.status !== 200) throw new Error(`inbox: ${answer.status} ${JSON.stringify(answer.body)}`);
    const page = answer.body as { items: { leadId: string }[]; nextCursor: string | null };
    for (const item of page.items) rows.set(item.leadId, (rows.get(item.leadId) ?? 0) + 1);
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}

/** The leads topic from its beginning to its end offsets: messages and distinct event ids of our leads. */
async function readKafka(target: AuditTarget, ours: Set<string>): Promise<{ messages: number; ids: Set<string> }> {
  const kafka = new Kafka({ clientId: 'chaos-audit', brokers: target.kafkaBrokers, logLevel: logLevel.NOTHING });
  const topic = eventsTopic('leads', `e2e-${target.runId}`);
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic);
  await admin.disconnect();
  const remaining = new Map(ends.filter((p) => p.high !== p.low).map((p) => [p.partition, BigInt(p.high) - 1n]));
  const ids = new Set<string>();
  let messages = 0;
  if (remaining.size === 0) return { messages, ids };
  const consumer = kafka.consumer({ groupId: `chaos-audit-${target.runId}-${Date.now()}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    consumer
      .run({
        eachMessage: async ({ partition, message }) => {
          const event = JSON.parse(message.value!.toString()) as { eventId: string; streamId: string };
          if (ours.has(event.streamId)) {
            messages += 1;
            ids.add(event.eventId);
          }
          if (remaining.has(partition) && BigInt(message.offset) >= remaining.get(partition)!) remaining.delete(partition);
          if (remaining.size === 0) resolve();
        },
      })
      .catch(reject);
  });
  await consumer.disconnect();
  return { messages, ids };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function formatCounts(counts: ChaosCounts): string {
  return Object.entries(counts)
    .map(([name, value]) => `${name.padEnd(24)} ${value}`)
    .join('\n');
}
