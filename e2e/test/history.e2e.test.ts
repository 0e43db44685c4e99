import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Actor, creditCodeFrom } from '@liaison/contracts';
import { connectMongo } from '@liaison/platform';
import { HistoryQueries } from '../../services/history/src/application/history-queries';
import { Archive } from '../../services/history/src/archive/archive';
import { importLines } from '../../services/history/src/transfer/import';
import { Api, eventually } from '../src/http';
import { startSystem, type System } from '../src/system';

/**
 * The analysts' history on the real system (issue 11, ADR 0022/0023): a lead posted and shared
 * at the gateway and an operation on it reach the history service through Kafka; the lead's
 * timeline shows the leads, operations, evidence and meetings events in causal order (an
 * operation on the lead, an evidence item on it, a meeting agenda item naming it), an export
 * imported into a fresh database shows the same timeline, the state as of before the
 * share shows it posted, a non-party liaison officer gets 403, an AMBER+STRICT lead is hidden
 * from the analyst (404), and the owner sees that the analyst viewed their lead. Then (ADR 0029)
 * the leads read model is rebuilt from the store while leads keep arriving, and a period is
 * replayed into the analyst's sandbox.
 */
const JINSHUI = 'officer-jinshui-msb-li';
const ERQI = 'officer-erqi-msb-wang';
const ZHONGYUAN = 'officer-zhongyuan-msb-he';
const ANALYST = 'officer-city-lgo-analyst';
const SUPERVISOR = 'officer-city-supervision-wu';
const ERQI_COORDINATOR = 'officer-erqi-msb-sun';

type Entry = { event: { type: string; streamId: string; eventId: string; recordedAt: string }; causedByEventId: string };

let system: System;
let jinshui: Api;
let erqi: Api;
let outsider: Api;
let analyst: Api;
let supervisor: Api;
let erqiCoordinator: Api;

const code = creditCodeFrom(`91410100${randomUUID().replace(/-/g, '').slice(0, 9).toUpperCase()}`);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const lead = (handling: string) => ({
  title: 'Counterfeit sesame oil in a Jinshui warehouse',
  category: 'counterfeit_food',
  subject: { enterpriseName: 'Zhengzhou Lixiang Oils Co., Ltd.', creditCode: code },
  location: {
    jurisdiction: 'jinshui',
    address: '3 Nongye Road, Jinshui District',
    coordinates: { latitude: 34.7749, longitude: 113.6672 },
  },
  summary: 'Relabelled oil sold as a protected brand.',
  priority: 'normal',
  grading: { sourceReliability: 'B', information: 2 },
  handling: { code: handling },
});

let leadId: string;
let strictId: string;
let operationId: string;
let evidenceId: string;
let meetingId: string;
let beforeShare: string;

beforeAll(async () => {
  system = await startSystem();
  [jinshui, erqi, outsider, analyst, supervisor, erqiCoordinator] = (await Promise.all(
    [JINSHUI, ERQI, ZHONGYUAN, ANALYST, SUPERVISOR, ERQI_COORDINATOR].map((officer) => Api.login(system.gatewayUrl, officer)),
  )) as [Api, Api, Api, Api, Api, Api];
  const posted = await jinshui.post<{ leadId: string }>('/api/v1/leads', lead('GREEN'), { 'idempotency-key': randomUUID() });
  expect([posted.status, posted.body]).toEqual([201, expect.anything()]);
  leadId = posted.body.leadId;
  const strict = await jinshui.post<{ leadId: string }>('/api/v1/leads', lead('AMBER+STRICT'), { 'idempotency-key': randomUUID() });
  strictId = strict.body.leadId;
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  beforeShare = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  const shared = await jinshui.post(`/api/v1/leads/${leadId}/share`, { unitIds: ['msb-erqi'], message: 'Same supplier in Erqi?' });
  expect(shared.status).toBe(200);
  await eventually(
    () => erqi.get(`/api/v1/leads/${leadId}`),
    (r) => r.status === 200,
    'Erqi sees the shared lead',
  );
  // Erqi's coordinator, of a recipient unit, proposes joint action on the lead.
  const proposed = await erqiCoordinator.post<{ operationId: string }>(
    '/api/v1/operations',
    {
      title: 'Operation Clear Oil',
      objective: 'Seize the relabelled oil.',
      targets: [
        {
          subject: { enterpriseName: 'Zhengzhou Lixiang Oils Co., Ltd.', creditCode: code },
          place: { jurisdiction: 'jinshui', address: '3 Nongye Road', coordinates: { latitude: 34.7749, longitude: 113.6672 } },
        },
      ],
      area: 'Jinshui',
      window: { startsAt: inDays(2), endsAt: inDays(3) },
      linkedLeadIds: [leadId],
      handling: { code: 'GREEN' },
      urgency: 'normal',
    },
    { 'idempotency-key': randomUUID() },
  );
  expect([proposed.status, proposed.body]).toEqual([201, expect.anything()]);
  operationId = proposed.body.operationId;
  // An evidence item on the lead, and an agenda item naming it at a meeting the analyst's unit attends.
  const sample = await jinshui.post<{ evidenceId: string }>(
    '/api/v1/evidence',
    {
      kind: 'physical_sample',
      title: 'Sealed sample of the relabelled oil',
      collectedAt: new Date(Date.now() - 3_600_000).toISOString(),
      leadId,
      handling: { code: 'GREEN' },
    },
    { 'idempotency-key': randomUUID() },
  );
  expect([sample.status, sample.body]).toEqual([201, expect.anything()]);
  evidenceId = sample.body.evidenceId;
  const meeting = await jinshui.post<{ meetingId: string }>(
    '/api/v1/meetings',
    {
      kind: 'ad_hoc',
      title: 'Clear Oil: joint review',
      window: { startsAt: inDays(4), endsAt: inDays(4.1) },
      place: 'Jinshui MSB, room 301',
      invitedUnitIds: ['msb-erqi', 'lgo-city'],
      handling: { code: 'GREEN' },
      recurrenceRule: '',
    },
    { 'idempotency-key': randomUUID() },
  );
  expect([meeting.status, meeting.body]).toEqual([201, expect.anything()]);
  meetingId = meeting.body.meetingId;
  const item = await jinshui.post(
    `/api/v1/meetings/${meetingId}/agenda`,
    { kind: 'lead', title: 'The Lixiang oil lead', references: [{ kind: 'lead', id: leadId }] },
    { 'idempotency-key': randomUUID() },
  );
  expect(item.status).toBe(200);
}, 300_000); // startSystem alone took 158 s on this machine at load average ~40
afterAll(async () => system?.stop());

describe('history of a lead across services', () => {
  it('shows the lead’s timeline with the leads, operations, evidence and meetings events, causes before effects', async () => {
    const timeline = await eventually(
      () => analyst.get<{ recordIds: string[]; entries: Entry[] }>(`/api/v1/history/records/${leadId}/timeline`),
      (r) =>
        r.status === 200 &&
        [operationId, evidenceId, meetingId].every((id) => r.body.recordIds.includes(id)) &&
        ['LeadShared', 'AgendaItemAdded'].every((type) => r.body.entries.some((e) => e.event.type === type)),
      'the lead, its operation, evidence item and meeting in the archive',
      60_000,
    );
    const types = timeline.body.entries.map((e) => e.event.type);
    expect(types[0]).toBe('LeadPosted');
    expect(types).toEqual(expect.arrayContaining(['LeadShared', 'OperationProposed', 'EvidenceRegistered', 'MeetingScheduled']));
    const position = new Map(timeline.body.entries.map((e, i) => [e.event.eventId, i]));
    for (const entry of timeline.body.entries)
      if (entry.causedByEventId) expect(position.get(entry.causedByEventId)!).toBeLessThan(position.get(entry.event.eventId)!);
    // Each record's own events in stream order; the lead posted before anything named it.
    const first = (type: string) => types.indexOf(type);
    for (const later of ['OperationProposed', 'EvidenceRegistered', 'AgendaItemAdded'])
      expect(first('LeadPosted')).toBeLessThan(first(later));
    expect(first('MeetingScheduled')).toBeLessThan(first('AgendaItemAdded'));
  });

  it('imports an export into a fresh database, which then shows the same timeline', async () => {
    // A second database on the same server, written through the history service's own import path.
    const connection = await connectMongo(process.env.MONGODB_URI!, `history_imported_${system.runId}`, { maxPoolSize: 4 });
    const asAnalyst: Actor = { officerId: ANALYST, unitId: 'lgo-city', roles: ['analyst'], clearance: 'AMBER' };
    try {
      const archive = new Archive(connection);
      await archive.init();
      const imported = new HistoryQueries(archive);
      // Reactions may still add to the lead for a while: export and import again (idempotent) until both agree.
      const [live, fresh] = await eventually(
        async () => {
          const res = await fetch(`${system.gatewayUrl}/api/v1/history/export`, { headers: { authorization: `Bearer ${analyst.token}` } });
          expect(res.status).toBe(200);
          const lines = (await res.text()).trim().split('\n');
          await importLines(
            archive,
            (async function* () {
              yield* lines;
            })(),
          );
          const liveTimeline = await analyst.get<{ recordIds: string[]; entries: Entry[] }>(`/api/v1/history/records/${leadId}/timeline`);
          const freshTimeline = await imported.timeline(asAnalyst, leadId);
          return [
            { recordIds: liveTimeline.body.recordIds, events: liveTimeline.body.entries.map((e) => [e.event.eventId, e.causedByEventId]) },
            { recordIds: freshTimeline.recordIds, events: freshTimeline.entries.map((e) => [e.event._id, e.causedByEventId]) },
          ];
        },
        ([a, b]) => JSON.stringify(a) === JSON.stringify(b),
        'the imported timeline equal to the live one',
        30_000,
      );
      expect(fresh).toEqual(live);
      expect(fresh.recordIds).toEqual(expect.arrayContaining([leadId, operationId, evidenceId, meetingId]));
    } finally {
      await connection.dropDatabase().catch(() => undefined);
      await connection.close();
    }
  });

  it('shows the lead as posted (not shared) as of a time before the share', async () => {
    const asOf = await analyst.get<{ state: { status: string; recipients: Record<string, unknown> } }>(
      `/api/v1/history/records/${leadId}/as-of?at=${encodeURIComponent(beforeShare)}`,
    );
    expect(asOf.status).toBe(200);
    expect(asOf.body.state.status).toBe('posted');
    expect(asOf.body.state.recipients).toEqual({});
  });

  it('refuses a liaison officer who is not a party (403), hides an AMBER+STRICT lead from the analyst (404), refuses supervisors', async () => {
    expect((await outsider.get(`/api/v1/history/records/${leadId}/timeline`)).status).toBe(403);
    await eventually(
      () => jinshui.get(`/api/v1/history/records/${strictId}/timeline`),
      (r) => r.status === 200,
      'the strict lead archived',
    );
    expect((await analyst.get(`/api/v1/history/records/${strictId}/timeline`)).status).toBe(404);
    expect((await supervisor.get(`/api/v1/history/records/${leadId}/timeline`)).status).toBe(403);
    expect((await analyst.get('/api/v1/history/events?from=yesterday')).status).toBe(400);
  });

  it('exports what the analyst may see as NDJSON ending in its manifest', async () => {
    const res = await fetch(`${system.gatewayUrl}/api/v1/history/export?recordId=${leadId}`, {
      headers: { authorization: `Bearer ${analyst.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { kind: string; events?: number });
    expect(lines.at(-1)).toMatchObject({ kind: 'manifest', events: lines.length - 1 });
  });

  it('shows the owner and the Supervision Bureau that the analyst viewed the lead; nobody else', async () => {
    expect((await analyst.get(`/api/v1/leads/${leadId}`, { 'x-purpose': 'quarterly review' })).status).toBe(200);
    const views = await eventually(
      () => jinshui.get<{ items: { officerId: string; what: string; purpose: string }[] }>(`/api/v1/history/records/${leadId}/views`),
      (r) => r.status === 200 && r.body.items.some((v) => v.officerId === ANALYST && v.what === 'detail'),
      'the analyst’s view in the read audit',
    );
    expect(views.body.items.find((v) => v.what === 'detail' && v.officerId === ANALYST)!.purpose).toBe('quarterly review');
    expect((await supervisor.get(`/api/v1/history/records/${leadId}/views`)).status).toBe(200);
    expect((await erqi.get(`/api/v1/history/records/${leadId}/views`)).status).toBe(403);
    expect((await analyst.get(`/api/v1/history/records/${leadId}/views`)).status).toBe(403);
  });
});

type RebuildLine = {
  phase: string;
  streams: number;
  outcome?: { matchesLive: boolean; comparison: { collection: string; live: number; differing: string[]; missing: string[] }[] };
};
type ReplayLine = { replayed: number; total: number; done: boolean; records: number; recordId: string };

const ndjson = async <T>(api: Api, path: string): Promise<{ status: number; lines: T[] }> => {
  const res = await fetch(`${system.gatewayUrl}${path}`, { method: 'POST', headers: { authorization: `Bearer ${api.token}` } });
  const text = await res.text();
  return {
    status: res.status,
    lines:
      res.status === 200
        ? text
            .trim()
            .split('\n')
            .map((line) => JSON.parse(line) as T)
        : [],
  };
};
const inboxIds = async (api: Api) =>
  (await api.get<{ items: { leadId: string }[] }>('/api/v1/leads/inbox?limit=100')).body.items.map((l) => l.leadId).sort();

describe('rebuilding and replaying (ADR 0029)', () => {
  it('rebuilds the leads read model while leads keep arriving: the rebuilt inbox equals the live one', async () => {
    // Erqi's inbox holds the shared lead now; more leads are posted and shared while the rebuild runs.
    await eventually(
      () => inboxIds(erqi),
      (ids) => ids.includes(leadId),
      'the shared lead in Erqi’s inbox',
    );
    const arriving: string[] = [];
    let rebuilding = true;
    const posting = (async () => {
      while (rebuilding || arriving.length < 3) {
        const posted = await jinshui.post<{ leadId: string }>('/api/v1/leads', lead('GREEN'), { 'idempotency-key': randomUUID() });
        await jinshui.post(`/api/v1/leads/${posted.body.leadId}/share`, { unitIds: ['msb-erqi'], message: 'Another warehouse' });
        arriving.push(posted.body.leadId);
      }
    })();
    const rebuild = await ndjson<RebuildLine>(analyst, '/api/v1/projections/leads/lead_details/rebuild');
    rebuilding = false;
    await posting;
    expect(rebuild.status).toBe(200);
    expect(rebuild.lines.map((l) => l.phase)).toEqual(expect.arrayContaining(['scanning', 'comparing', 'switching', 'done']));
    const { outcome } = rebuild.lines.at(-1)!;
    // Named first, so a failure says which rows differ.
    expect(outcome!.comparison.filter((c) => c.differing.length > 0 || c.missing.length > 0)).toEqual([]);
    expect(outcome!.matchesLive).toBe(true);
    const inbox = outcome!.comparison.find((c) => c.collection === 'lead_inbox')!;
    expect(inbox).toMatchObject({ differing: [], missing: [] });
    expect(inbox.live).toBeGreaterThan(0);
    // After the switch, Erqi's inbox is served by the rebuilt generation and holds every shared lead.
    await eventually(
      () => inboxIds(erqi),
      (ids) => [leadId, ...arriving].every((id) => ids.includes(id)),
      'every shared lead in the rebuilt inbox',
    );
  });

  it('refuses a rebuild to a liaison officer (403) and names an unknown read model (404)', async () => {
    expect((await ndjson(jinshui, '/api/v1/projections/leads/lead_details/rebuild')).status).toBe(403);
    expect((await ndjson(analyst, '/api/v1/projections/leads/no_such_model/rebuild')).status).toBe(404);
  });

  it('lists the meetings and evidence read models too and rebuilds one, refused to a liaison officer', async () => {
    for (const [service, projection] of [
      ['meetings', 'meeting_details'],
      ['evidence', 'evidence_items'],
    ] as const) {
      const listed = await analyst.get<{ items: { name: string }[] }>(`/api/v1/projections/${service}`);
      expect([listed.status, listed.body.items.map((item) => item.name)]).toEqual([200, [projection]]);
      expect((await ndjson(jinshui, `/api/v1/projections/${service}/${projection}/rebuild`)).status).toBe(403);
    }
    // One rebuild only: each waits out the generation refresh a few times (seconds of CI).
    const rebuild = await ndjson<RebuildLine>(analyst, '/api/v1/projections/meetings/meeting_details/rebuild');
    expect(rebuild.status).toBe(200);
    expect(rebuild.lines.at(-1)!.outcome!.matchesLive).toBe(true);
  });

  it('replays the lead’s period into the analyst’s sandbox, ending at the state the archive has now', async () => {
    // The leads posted above still add possible-duplicate flags to this lead for a while (a
    // reaction): replay once the archive holds the lead's current version and it stopped moving.
    let previous = -1;
    await eventually(
      async () => {
        const [live, archived] = await Promise.all([
          analyst.get<{ version: number }>(`/api/v1/leads/${leadId}`),
          analyst.get<{ version: number }>(`/api/v1/history/records/${leadId}/as-of?at=${encodeURIComponent(new Date().toISOString())}`),
        ]);
        const settled = live.body.version === archived.body.version && archived.body.version === previous;
        previous = archived.body.version;
        return settled;
      },
      (settled) => settled,
      'the lead’s archived version to catch up and settle',
      60_000,
    );
    // A flag can still land between the replay and the read of the archive's state: replay again
    // then (the replay of a moving record ends at the state of its moment, not of a later one).
    const { replay, sandboxed, now } = await eventually(
      async () => {
        const replay = await ndjson<ReplayLine>(analyst, `/api/v1/history/replay?recordId=${leadId}&speed=100000&sandbox=e2e`);
        const sandboxed = await analyst.get<{ version: number; state: { status: string } }>(
          `/api/v1/history/sandboxes/e2e/records/${leadId}`,
        );
        const now = await analyst.get<{ version: number; state: { status: string } }>(
          `/api/v1/history/records/${leadId}/as-of?at=${encodeURIComponent(new Date().toISOString())}`,
        );
        return { replay, sandboxed, now };
      },
      (result) => result.replay.status !== 200 || result.sandboxed.body.version === result.now.body.version,
      'a replay that ends at the archive’s current version of the lead',
      60_000,
    );
    expect(replay.status).toBe(200);
    const last = replay.lines.at(-1)!;
    expect(last).toMatchObject({ done: true, records: 1 });
    expect(last.replayed).toBe(last.total);
    expect(last.total).toBeGreaterThanOrEqual(2);
    expect(sandboxed.status).toBe(200);
    expect(sandboxed.body).toMatchObject({ version: now.body.version, state: now.body.state });
    // Another officer's sandbox is their own: the liaison officer has none by that name.
    expect((await jinshui.get(`/api/v1/history/sandboxes/e2e/records/${leadId}`)).status).toBe(404);
    expect((await ndjson(analyst, `/api/v1/history/replay?recordId=${leadId}&speed=-1`)).status).toBe(400);
  });
});
