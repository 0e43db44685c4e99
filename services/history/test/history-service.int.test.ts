import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Actor, auditStreamId, type EventEnvelope, leadEventSchemas, operationEventSchemas } from '@liaison/contracts';
import { createGrpcClient, ForbiddenError, type GrpcClient, NotFoundError, ValidationError } from '@liaison/platform';
import { eventually } from '@liaison/platform/testing';
import { ConfigResourceTypes, type Producer } from 'kafkajs';
import mongoose from 'mongoose';
import { historyServiceDefinition } from '../src/api/grpc';
import type { HistoryService } from '../src/app';
import { Archive } from '../src/archive/archive';
import { startHistoryUnderTest, stopHistoryUnderTest } from './history-under-test';

/**
 * The history service on real Kafka and FerretDB (ADR 0022, 0023): events published on the
 * leads, operations and audit topics of a test namespace (as the services' relays and the
 * gateway write them) are archived once in a gap-free global order; timelines, queries, state
 * as of a time, export/import and who-viewed-what answer within need-to-know, and refuse
 * everyone else on every read path.
 */
type Req = Record<string, unknown>;
type Archived = {
  seq: number;
  eventId: string;
  type: string;
  streamId: string;
  topic: string;
  partition: number;
  offset: string;
  context: string;
};
type Methods = {
  GetTimeline: {
    request: Req;
    response: { recordIds: string[]; entries: { event: Archived; causedByEventId: string; causedEventIds: string[] }[] };
  };
  QueryArchive: { request: Req; response: { events: Archived[]; page: { nextCursor: string } } };
  GetRecordAsOf: { request: Req; response: { version: number; eventsFolded: number; stateJson: string } };
  ListRecordViews: { request: Req; response: { views: { officerId: string; what: string; purpose: string }[] } };
  GetArchiveStatus: { request: Req; response: { archived: number; sequenced: number } };
  ExportArchive: { request: Req; response: { line: string } };
  ImportArchive: {
    request: Req;
    response: { eventsImported: number; eventsAlreadyPresent: number; batches: number; manifestChecked: boolean };
  };
};

const actor = (officerId: string, unitId: string, roles: Actor['roles'], clearance?: Actor['clearance']): Actor => ({
  officerId,
  unitId,
  roles,
  ...(clearance ? { clearance } : {}),
});
const poster = actor('officer-erqi-msb-wang', 'msb-erqi', ['liaison_officer']);
const recipient = actor('officer-zhongmu-msb-liu', 'msb-zhongmu', ['liaison_officer']);
const outsider = actor('officer-guancheng-msb-ma', 'msb-guancheng', ['liaison_officer']);
const greenAnalyst = actor('officer-guancheng-an-li', 'msb-guancheng', ['analyst'], 'GREEN');
const amberAnalyst = actor('officer-guancheng-an-sun', 'msb-guancheng', ['analyst'], 'AMBER');
const supervisor = actor('officer-city-lgo-qian', 'lgo-city', ['supervisor']);
const admin = actor('officer-city-admin', 'lgo-city', ['admin']);

const RUN = randomUUID().slice(0, 8);
const T0 = Date.now() - 3_600_000;
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

const envelope = (
  streamId: string,
  version: number,
  type: string,
  data: Record<string, unknown>,
  times: { recorded: number; occurred?: number },
  causationId: string | null = null,
): EventEnvelope => ({
  eventId: randomUUID(),
  type,
  schemaVersion: 1,
  streamId,
  version,
  occurredAt: at(times.occurred ?? times.recorded),
  recordedAt: at(times.recorded),
  actor: poster,
  correlationId: `history-${RUN}`,
  causationId,
  traceparent: null,
  data,
});

const posted = (leadId: string, code: string, minute: number) =>
  envelope(
    leadId,
    1,
    'LeadPosted',
    leadEventSchemas.LeadPosted.parse({
      leadId,
      ownerUnitId: 'msb-erqi',
      postedByOfficerId: poster.officerId,
      title: `history ${RUN} ${code}`,
      category: 'counterfeit_food',
      subject: { enterpriseName: `History ${RUN} Co.`, creditCode: '', personName: '', onlineShop: '', url: '' },
      location: { jurisdiction: 'erqi', address: '', coordinates: null },
      summary: '',
      priority: 'normal',
      grading: { sourceReliability: 'B', information: 2 },
      handling: {
        code,
        noCourtUseWithoutConsent: false,
        noOnwardSharingWithoutConsent: false,
        namedOfficerIds: code === 'RED' ? [poster.officerId] : [],
      },
      attachments: [],
      postedAt: at(minute),
    }),
    { recorded: minute },
  );

const lead = { green: `lead-${randomUUID()}`, amber: `lead-${randomUUID()}`, red: `lead-${randomUUID()}` };
const operationId = `operation-${randomUUID()}`;
const greenPosted = posted(lead.green, 'GREEN', 0);
// Shared with Zhongmu: occurred at minute 1, recorded only at minute 10 (a back-dated entry).
const greenShared = envelope(
  lead.green,
  2,
  'LeadShared',
  leadEventSchemas.LeadShared.parse({
    sharedByUnitId: 'msb-erqi',
    unitIds: ['msb-zhongmu'],
    message: '',
    sharedAt: at(1),
    acknowledgeDueAt: at(60 * 24),
    onwardRequestId: null,
  }),
  { recorded: 10, occurred: 1 },
);
// Caused by the lead's posting, recorded a moment later in another context.
const operationProposed = envelope(
  operationId,
  1,
  'OperationProposed',
  operationEventSchemas.OperationProposed.parse({
    operationId,
    leadUnitId: 'msb-erqi',
    proposedByOfficerId: poster.officerId,
    title: `history ${RUN} raid`,
    objective: '',
    targets: [
      {
        subject: { enterpriseName: `History ${RUN} Co.`, creditCode: '', personName: '' },
        place: { jurisdiction: 'erqi', address: '', coordinates: null },
      },
    ],
    area: '',
    window: { startsAt: at(60 * 24), endsAt: at(60 * 25) },
    linkedLeadIds: [lead.green],
    handling: { code: 'GREEN', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
    urgency: 'normal',
    proposedAt: at(5),
  }),
  { recorded: 5 },
  greenPosted.eventId,
);
const amberPosted = posted(lead.amber, 'AMBER', 2);
const redPosted = posted(lead.red, 'RED', 3);
const leadEvents = [greenPosted, greenShared, amberPosted, redPosted];
const viewed = (officer: Actor, recordId: string, what: string): EventEnvelope => ({
  ...envelope(auditStreamId(recordId), 1, 'RecordViewed', {}, { recorded: 20 }),
  actor: officer,
  data: { recordId, what, purpose: 'weekly review', officerId: officer.officerId, unitId: officer.unitId, viewedAt: at(20) },
});

let service: HistoryService;
let fresh: HistoryService;
let client: GrpcClient<Methods>;
let freshClient: GrpcClient<Methods>;
let producer: Producer;
const call = <K extends keyof Methods & string>(method: K, request: Methods[K]['request'], as: Actor, to = client) =>
  to.call(method, request, { actor: as });
const publish = (context: string, events: EventEnvelope[]) =>
  producer.send({
    topic: service.topicOf(context),
    messages: events.map((e) => ({ key: e.streamId, value: JSON.stringify(e) })),
    acks: -1,
  });
const exportAll = async (request: Req, as: Actor): Promise<string[]> => {
  const lines: string[] = [];
  for await (const { line } of client.serverStream('ExportArchive', request, { actor: as })) lines.push(line);
  return lines;
};
const importInto = (lines: string[], as: Actor, batchSize = 2) =>
  freshClient.clientStream('ImportArchive', { actor: as }, async (sink) => {
    lines.forEach((line, i) => sink.write({ line, batchSize: i === 0 ? batchSize : 0 }));
    sink.end();
  });

beforeAll(async () => {
  [service, fresh] = await Promise.all([startHistoryUnderTest('archive', RUN), startHistoryUnderTest('import', RUN)]);
  client = createGrpcClient<Methods>(historyServiceDefinition(), `127.0.0.1:${service.grpcPort}`, { deadlineMs: 15_000 });
  freshClient = createGrpcClient<Methods>(historyServiceDefinition(), `127.0.0.1:${fresh.grpcPort}`, { deadlineMs: 15_000 });
  producer = service.kafka.producer();
  await producer.connect();
  // The operation (the effect) reaches the archive before the lead posting that caused it.
  await publish('operations', [operationProposed]);
  await publish('leads', leadEvents);
  await publish('audit', [viewed(amberAnalyst, lead.green, 'timeline'), viewed(recipient, lead.green, 'detail')]);
}, 120_000);

afterAll(async () => {
  await producer?.disconnect();
  client?.close();
  freshClient?.close();
  await Promise.all([stopHistoryUnderTest(service), stopHistoryUnderTest(fresh)]);
});

describe('the archive', () => {
  it('archives every event once in a gap-free global order, with its source topic, partition and offset, also when redelivered', async () => {
    await eventually(async () => expect(await call('GetArchiveStatus', {}, amberAnalyst)).toEqual({ archived: 5, sequenced: 5 }));
    await publish('leads', [greenPosted, greenShared]);
    await publish('operations', [operationProposed]);
    const page = await call('QueryArchive', { page: { pageSize: 50 } }, amberAnalyst);
    // The AMBER analyst sees everything but the RED lead.
    expect(page.events.map((e) => e.seq).sort((a, b) => a - b)).toHaveLength(4);
    const byId = new Map(page.events.map((e) => [e.eventId, e]));
    expect(byId.get(operationProposed.eventId)).toMatchObject({ topic: service.topicOf('operations'), context: 'operations' });
    expect(byId.get(greenPosted.eventId)!.offset).toMatch(/^\d+$/);
    const rows = await all(service.archive.scanAfter({}, 0));
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    // The redelivered copies were processed (the group moved past them) and changed nothing.
    await eventually(async () => {
      const groups = service.kafka.admin();
      await groups.connect();
      try {
        const offsets = await groups.fetchOffsets({
          groupId: `${service.config.SERVICE_NAME}.archive-leads`,
          topics: [service.topicOf('leads')],
        });
        const committed = offsets[0]!.partitions.reduce((sum, p) => sum + Math.max(Number(p.offset), 0), 0);
        expect(committed).toBe(leadEvents.length + 2);
      } finally {
        await groups.disconnect();
      }
    });
    expect(await call('GetArchiveStatus', {}, amberAnalyst)).toEqual({ archived: 5, sequenced: 5 });
  });
});

describe('Kafka retention', () => {
  it('creates the topics it follows with explicit retention: events kept for replay, dead letters 30 days', async () => {
    const admin = service.kafka.admin();
    await admin.connect();
    try {
      const topics = [service.topicOf('evidence'), `${service.topicOf('history')}.dlq`];
      const described = await admin.describeConfigs({
        includeSynonyms: false,
        resources: topics.map((name) => ({ type: ConfigResourceTypes.TOPIC, name, configNames: ['retention.ms'] })),
      });
      const retention = Object.fromEntries(described.resources.map((r) => [r.resourceName, r.configEntries[0]!.configValue]));
      expect(retention).toEqual({ [topics[0]!]: '-1', [topics[1]!]: String(30 * 24 * 3_600_000) });
    } finally {
      await admin.disconnect();
    }
  });
});

describe('timeline', () => {
  it('shows the lead with the operation it caused, in causal order with the causation link', async () => {
    const timeline = await call('GetTimeline', { recordId: lead.green }, amberAnalyst);
    expect(timeline.recordIds).toEqual([lead.green, operationId]);
    expect(timeline.entries.map((e) => e.event.type)).toEqual(['LeadPosted', 'OperationProposed', 'LeadShared']);
    const [postedEntry, proposedEntry] = timeline.entries;
    expect(proposedEntry!.causedByEventId).toBe(greenPosted.eventId);
    expect(postedEntry!.causedEventIds).toEqual([operationProposed.eventId]);
  });

  it('is shown to the parties of the lead (owner and recipient) and analysts, refused to everyone else', async () => {
    expect((await call('GetTimeline', { recordId: lead.green }, poster)).entries).toHaveLength(3);
    // The recipient takes part in the lead, not in Erqi's operation: the lead's own events only.
    const theirs = await call('GetTimeline', { recordId: lead.green }, recipient);
    expect(theirs.recordIds).toEqual([lead.green]);
    expect(theirs.entries.map((e) => e.event.type)).toEqual(['LeadPosted', 'LeadShared']);
    await expect(call('GetTimeline', { recordId: lead.green }, outsider)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(call('GetTimeline', { recordId: lead.green }, supervisor)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(call('GetTimeline', { recordId: lead.amber }, greenAnalyst)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(call('GetTimeline', { recordId: lead.red }, amberAnalyst)).rejects.toBeInstanceOf(NotFoundError);
    await expect(call('GetTimeline', { recordId: `lead-${randomUUID()}` }, amberAnalyst)).rejects.toBeInstanceOf(NotFoundError);
    await expect(call('GetTimeline', { recordId: 'lead-1' }, amberAnalyst)).rejects.toThrow(/record_id: expected lead-/);
  });
});

describe('archive query', () => {
  it('filters by type, unit, jurisdiction and time, page by page, and leaves out what the caller may not see', async () => {
    const first = await call(
      'QueryArchive',
      { type: 'LeadPosted', unitId: 'msb-erqi', jurisdiction: 'erqi', page: { pageSize: 1 } },
      amberAnalyst,
    );
    expect(first.events).toHaveLength(1);
    const second = await call(
      'QueryArchive',
      { type: 'LeadPosted', unitId: 'msb-erqi', page: { pageSize: 1, cursor: first.page.nextCursor } },
      amberAnalyst,
    );
    expect([first.events[0]!.streamId, second.events[0]!.streamId].sort()).toEqual([lead.green, lead.amber].sort());
    expect(second.page.nextCursor).toBe('');
    const green = await call('QueryArchive', { type: 'LeadPosted', unitId: 'msb-erqi' }, greenAnalyst);
    expect(green.events.map((e) => e.streamId)).toEqual([lead.green]);
    const window = await call('QueryArchive', { from: at(4), to: at(6) }, amberAnalyst);
    expect(window.events.map((e) => e.type)).toEqual(['OperationProposed']);
    // A liaison officer's query shows their own records only; an outsider's none of Erqi's.
    expect((await call('QueryArchive', { unitId: 'msb-erqi' }, recipient)).events.map((e) => e.streamId)).toEqual([lead.green, lead.green]);
    expect((await call('QueryArchive', { unitId: 'msb-erqi' }, outsider)).events).toEqual([]);
  });

  it('refuses supervisors, a record filter the caller may not see, and bad filters naming the field', async () => {
    await expect(call('QueryArchive', {}, supervisor)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(call('QueryArchive', { recordId: lead.red }, amberAnalyst)).rejects.toBeInstanceOf(NotFoundError);
    await expect(call('QueryArchive', { from: at(6), to: at(4) }, amberAnalyst)).rejects.toThrow(/to: must be after from/);
    await expect(call('QueryArchive', { from: 'yesterday' }, amberAnalyst)).rejects.toThrow(/from: an RFC 3339 time/);
    await expect(call('QueryArchive', { context: 'weather' }, amberAnalyst)).rejects.toBeInstanceOf(ValidationError);
    await expect(call('QueryArchive', { page: { cursor: 'nonsense' } }, amberAnalyst)).rejects.toThrow(/page.cursor/);
  });
});

describe('state as of a time', () => {
  it('folds with the owning service’s evolve, as recorded and as occurred', async () => {
    const recorded = await call('GetRecordAsOf', { recordId: lead.green, asOf: at(5) }, amberAnalyst);
    expect(recorded).toMatchObject({ version: 1, eventsFolded: 1 });
    expect(JSON.parse(recorded.stateJson)).toMatchObject({ status: 'posted', recipients: {} });
    const occurred = await call('GetRecordAsOf', { recordId: lead.green, asOf: at(5), timeAxis: 'occurred' }, amberAnalyst);
    expect(occurred).toMatchObject({ version: 2, eventsFolded: 2 });
    expect(JSON.parse(occurred.stateJson)).toMatchObject({ status: 'shared', recipients: { 'msb-zhongmu': { status: 'shared' } } });
  });

  it('refuses outsiders, hidden records, times before the record, and bad input naming the field', async () => {
    await expect(call('GetRecordAsOf', { recordId: lead.green, asOf: at(5) }, outsider)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(call('GetRecordAsOf', { recordId: lead.red, asOf: at(5) }, amberAnalyst)).rejects.toBeInstanceOf(NotFoundError);
    await expect(call('GetRecordAsOf', { recordId: lead.green, asOf: at(-5) }, amberAnalyst)).rejects.toBeInstanceOf(NotFoundError);
    await expect(call('GetRecordAsOf', { recordId: lead.green, asOf: 'noon' }, amberAnalyst)).rejects.toThrow(/as_of/);
    await expect(call('GetRecordAsOf', { recordId: lead.green, asOf: at(5), timeAxis: 'felt' }, amberAnalyst)).rejects.toThrow(/time_axis/);
  });
});

describe('export and import', () => {
  it('exports what the caller may see as NDJSON with a manifest, and an empty environment shows the same timeline after import', async () => {
    const lines = await exportAll({ unitId: 'msb-erqi' }, amberAnalyst);
    const manifest = JSON.parse(lines.at(-1)!);
    // Erqi's two visible leads (three events) and the operation Erqi leads; not the RED lead.
    expect(manifest).toMatchObject({
      kind: 'manifest',
      events: 4,
      byContext: { leads: 3, operations: 1 },
      byType: { LeadPosted: 2, LeadShared: 1, OperationProposed: 1 },
    });
    expect(manifest.chains[lead.green]).toMatchObject({ version: 2, events: 2, head: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const everything = await exportAll({}, amberAnalyst);
    expect(everything).toHaveLength(5);
    const result = await importInto(everything, admin);
    expect(result).toMatchObject({ eventsImported: 4, eventsAlreadyPresent: 0, batches: 2, manifestChecked: true });
    const before = await call('GetTimeline', { recordId: lead.green }, amberAnalyst);
    const after = await call('GetTimeline', { recordId: lead.green }, amberAnalyst, freshClient);
    expect(after.entries.map((e) => [e.event.eventId, e.causedByEventId])).toEqual(
      before.entries.map((e) => [e.event.eventId, e.causedByEventId]),
    );
    // Again: nothing new, nothing doubled.
    expect(await importInto(everything, admin)).toMatchObject({ eventsImported: 0, eventsAlreadyPresent: 4 });
  });

  it('refuses a broken line naming it, writes nothing of its batch, and refuses non-admins and outsiders', async () => {
    const lines = await exportAll({ recordId: lead.amber }, amberAnalyst);
    const event = JSON.parse(lines[0]!);
    const bad = JSON.stringify({ ...event, event: { ...event.event, data: { ...event.event.data, title: '' } } });
    const before = await fresh.archive.count();
    await expect(importInto([bad, lines[1]!], admin)).rejects.toThrow(/line 1\.event\.data\.title/);
    await expect(importInto([lines[0]!, '{not json'], admin, 5)).rejects.toThrow(/line 2: not JSON/);
    expect(await fresh.archive.count()).toBe(before);
    await expect(importInto(lines, amberAnalyst)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportAll({ recordId: lead.green }, outsider)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportAll({}, supervisor)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('who viewed a record', () => {
  it('shows the owner unit and the Supervision Bureau who viewed the lead, and nobody else', async () => {
    const views = await eventually(async () => {
      const page = await call('ListRecordViews', { recordId: lead.green }, poster);
      expect(page.views).toHaveLength(2);
      return page.views;
    });
    expect(views.map((v) => [v.officerId, v.what]).sort()).toEqual(
      [
        [amberAnalyst.officerId, 'timeline'],
        [recipient.officerId, 'detail'],
      ].sort(),
    );
    expect((await call('ListRecordViews', { recordId: lead.green }, supervisor)).views).toHaveLength(2);
    await expect(call('ListRecordViews', { recordId: lead.green }, recipient)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(call('ListRecordViews', { recordId: lead.green }, amberAnalyst)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(call('ListRecordViews', { recordId: lead.red }, amberAnalyst)).rejects.toBeInstanceOf(NotFoundError);
  });
});

async function all<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

describe('the shared FerretDB', () => {
  it('archives a consumed batch as one numbered bucket with no update; a redelivery or re-publication is not archived twice', async () => {
    // FerretDB v1 spends its time per document and runs one UPDATE per updated document: a
    // fetched batch is one bucket document (ADR 0029, "buckets").
    const connection = await mongoose
      .createConnection(service.config.MONGODB_URI, { dbName: `history_batch_${RUN}`, monitorCommands: true, maxPoolSize: 4 })
      .asPromise();
    const commands = { updates: 0, bucketInserts: [] as number[] };
    connection.getClient().on('commandStarted', (started) => {
      if (started.commandName === 'update' && started.command.update === 'archive_buckets') commands.updates += 1;
      if (started.commandName === 'insert' && started.command.insert === 'archive_buckets')
        commands.bucketInserts.push((started.command.documents as unknown[]).length);
    });
    const numbers = async (archive: Archive) => (await all(archive.scanAfter({}, 0))).map((row) => row.seq);
    try {
      const archive = new Archive(connection);
      await archive.init();
      const events = Array.from({ length: 120 }, (_, i) =>
        envelope(`registryunit-${RUN}-${i % 7}`, Math.floor(i / 7) + 1, 'UnitRegistered', { i }, { recorded: 30 }),
      );
      const at = (offset: number) =>
        events.map((event, i) => ({ event, source: { topic: 'registry', partition: 0, offset: String(offset + i) } }));
      const first = await archive.archiveBatch('registry', at(0));
      expect(first.every((o) => o.archived)).toBe(true);
      expect(commands.bucketInserts).toEqual([1]);
      expect(commands.updates).toBe(0);
      expect(await numbers(archive)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
      // Redelivered at the same offsets, re-published at new ones.
      expect((await archive.archiveBatch('registry', at(0))).some((o) => o.archived)).toBe(false);
      expect((await archive.archiveBatch('registry', at(500))).some((o) => o.archived)).toBe(false);
      // After a restart, a redelivery (the first batch of a partition) is looked up: half of it
      // archived already, the rest new.
      const restarted = new Archive(connection);
      const more = Array.from({ length: 10 }, (_, i) =>
        envelope(`registryunit-${RUN}-more`, i + 1, 'UnitRegistered', { i }, { recorded: 31 }),
      );
      const redelivered = [
        ...at(0).slice(60),
        ...more.map((event, i) => ({ event, source: { topic: 'registry', partition: 0, offset: String(120 + i) } })),
      ];
      const outcomes = await restarted.archiveBatch('registry', redelivered);
      expect(outcomes.map((o) => o.archived)).toEqual([...Array(60).fill(false), ...Array(10).fill(true)]);
      expect(await restarted.sequencer.current()).toBe(130);
      expect(commands.bucketInserts).toEqual([1, 1]);
      expect(await numbers(restarted)).toEqual(Array.from({ length: 130 }, (_, i) => i + 1));
      // A writer that stopped between claiming numbers and writing their bucket: the numbers stay
      // unused, scans pass over them, the next claim comes after them.
      await connection.db!.collection('archive_buckets').deleteOne({ _id: 121 as never });
      const next = envelope(`registryunit-${RUN}-next`, 1, 'UnitRegistered', { i: 130 }, { recorded: 32 });
      expect(
        await new Archive(connection).archiveBatch('registry', [
          { event: next, source: { topic: 'registry', partition: 0, offset: '1000' } },
        ]),
      ).toEqual([{ archived: true }]);
      expect(await numbers(restarted)).toEqual([...Array.from({ length: 120 }, (_, i) => i + 1), 131]);
      expect((await restarted.eventsOf(next.streamId)).map((row) => row.seq)).toEqual([131]);
    } finally {
      await connection.dropDatabase().catch(() => undefined);
      await connection.close();
    }
  });

  it('moves an archive of one document per event into buckets at start-up, keeping every number', async () => {
    const connection = await mongoose.createConnection(service.config.MONGODB_URI, { dbName: `history_legacy_${RUN}` }).asPromise();
    try {
      const db = connection.db!;
      // The layout before buckets: queried fields at the top, the rest one JSON string; numbers
      // 1..1,200 reserved, 1,199 of them on rows (one skipped), the last reservation unused.
      const rows = Array.from({ length: 1_200 }, (_, i) => i + 1)
        .filter((seq) => seq !== 700)
        .map((seq) => {
          const event = envelope(`registryunit-${RUN}-legacy-${seq % 9}`, seq, 'UnitRegistered', { seq }, { recorded: 40 });
          const { eventId, streamId, type, ...rest } = event;
          return {
            _id: eventId,
            seq,
            context: 'registry',
            streamId,
            type,
            ownerUnitId: '',
            jurisdiction: '',
            body: JSON.stringify({
              ...rest,
              topic: 'registry',
              partition: 0,
              offset: String(seq),
              links: [],
              archivedAt: event.recordedAt,
            }),
          };
        });
      await db.collection('archive_events').insertMany(rows as never[]);
      await db.collection('archive_sequence').insertMany([
        { _id: 1, last: 1_200 },
        { _id: 1_201, last: 1_210 },
      ] as never[]);
      const archive = new Archive(connection);
      await archive.init();
      const scanned = await all(archive.scanAfter({}, 0));
      expect(scanned.map((row) => row.seq)).toEqual(rows.map((row) => row.seq));
      expect(scanned[0]).toMatchObject({ _id: rows[0]!._id, streamId: rows[0]!.streamId, context: 'registry', topic: 'registry' });
      expect((await archive.eventsOf(rows[5]!.streamId)).length).toBe(rows.filter((row) => row.streamId === rows[5]!.streamId).length);
      expect(await archive.sequencer.current()).toBe(1_210);
      const names = (await db.listCollections().toArray()).map((c) => c.name);
      expect(names).not.toContain('archive_events');
      // A second start finds nothing to move and keeps what was moved.
      await new Archive(connection).init();
      expect((await all(new Archive(connection).scanAfter({}, 0))).length).toBe(1_199);
    } finally {
      await connection.dropDatabase().catch(() => undefined);
      await connection.close();
    }
  });
});
