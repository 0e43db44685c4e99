import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor } from '@liaison/contracts';
import { createGrpcClient, ForbiddenError, type GrpcClient } from '@liaison/platform';
import { until } from '@liaison/platform/testing';
import { leadsServiceDefinition } from '../../leads/src/api/grpc';
import type { LeadsService } from '../../leads/src/app';
import { startLeadsUnderTest, stopLeadsUnderTest } from '../../leads/test/leads-under-test';
import { meetingsServiceDefinition } from '../src/api/grpc';
import type { MeetingsService } from '../src/app';
import type { StuckItemRow } from '../src/projections/stuck-items';
import { startMeetingsUnderTest, stopMeetingsUnderTest } from './meetings-under-test';

/**
 * Agenda proposals on real Kafka and FerretDB, beside a real leads service on the same topic
 * namespace: two leads of Erqi shared with Jinshui go past their acknowledgement limit (1 s);
 * the meetings service folds them from the leads topic, and a meeting Erqi convenes with Jinshui
 * and Zhongmu is proposed both. The AMBER+STRICT lead's proposal is not shown to Zhongmu, which
 * may not see that lead; the convener accepts one (an agenda item with the lead's access) and
 * drops the other (gone).
 */
type Req = Record<string, unknown>;
type Proposal = {
  proposalId: string;
  source: { kind: string; id: string; access: { code: string } };
  reasons: { kind: string; unitId: string }[];
};
type Detail = {
  proposals: Proposal[];
  agenda: { itemId: string; kind: string; references: { id: string; accessSource: string; access: { code: string } }[] }[];
};
type Result = { meetingId: string; version: number; itemId: string };
type MeetingMethods = {
  ScheduleMeeting: { request: Req; response: Result };
  AcceptAgendaProposal: { request: Req; response: Result };
  DropAgendaProposal: { request: Req; response: Result };
  GetMeeting: { request: Req; response: Detail };
};
type LeadMethods = {
  PostLead: { request: Req; response: { leadId: string } };
  ShareLead: { request: Req; response: { version: number } };
};

const actor = (officerId: string, unitId: string, roles: Actor['roles'] = ['liaison_officer']): Actor => ({ officerId, unitId, roles });
const wang = actor('officer-erqi-msb-wang', 'msb-erqi');
const li = actor('officer-jinshui-msb-li', 'msb-jinshui');
const liu = actor('officer-zhongmu-msb-liu', 'msb-zhongmu', ['liaison_officer', 'coordinator']);

const RUN = randomUUID().slice(0, 8);
let leads: LeadsService;
let meetings: MeetingsService;
let leadClient: GrpcClient<LeadMethods>;
let client: GrpcClient<MeetingMethods>;
const call = <K extends keyof MeetingMethods & string>(method: K, request: MeetingMethods[K]['request'], as: Actor) =>
  client.call(method, request, { actor: as });
const cmd = () => ({ commandId: randomUUID(), ifMatchVersion: 0 });

const postShared = async (code: string) => {
  const { leadId } = await leadClient.call(
    'PostLead',
    {
      commandId: randomUUID(),
      title: `proposals ${RUN} ${code}`,
      category: 'counterfeit_food',
      subject: { enterpriseName: `Agenda Test ${RUN} ${code} Co.` },
      location: { jurisdiction: 'erqi', address: `${code} Agenda Road` },
      summary: 'x',
      priority: 'normal',
      grading: { sourceReliability: 'B', information: 2 },
      handling: { code, namedOfficerIds: [] },
    },
    { actor: wang },
  );
  await leadClient.call(
    'ShareLead',
    { commandId: randomUUID(), leadId, unitIds: ['msb-jinshui'], message: 'please verify' },
    { actor: wang },
  );
  return leadId;
};

beforeAll(async () => {
  // Same name and run: the same topic namespace, so the meetings service reads this leads service's topic.
  leads = await startLeadsUnderTest('agenda', RUN, { LEADS_ACK_LIMIT_SECONDS: '1', LEADS_SCHEDULER_INTERVAL_MS: '200' });
  meetings = await startMeetingsUnderTest('agenda', RUN, { MEETINGS_SCHEDULER_ENABLED: 'false' });
  leadClient = createGrpcClient<LeadMethods>(leadsServiceDefinition(), `127.0.0.1:${leads.grpcPort}`, { deadlineMs: 15_000 });
  client = createGrpcClient<MeetingMethods>(meetingsServiceDefinition(), `127.0.0.1:${meetings.grpcPort}`, { deadlineMs: 15_000 });
}, 180_000);

afterAll(async () => {
  leadClient?.close();
  client?.close();
  await stopMeetingsUnderTest(meetings);
  await stopLeadsUnderTest(leads);
});

describe('agenda proposals from the leads topic', () => {
  let amber = '';
  let strict = '';
  let meetingId = '';

  it('overdue leads of Erqi shared with Jinshui become stuck items in the meetings service', async () => {
    amber = await postShared('AMBER');
    strict = await postShared('AMBER+STRICT');
    const rows = meetings.connection.db!.collection<StuckItemRow>('meeting_stuck_items');
    const found = await until(
      () => rows.find({ stuck: true }).toArray(),
      (r) => [amber, strict].every((id) => r.some((x) => x._id === id)),
      { timeoutMs: 60_000 },
    );
    expect(found.find((r) => r._id === strict)).toMatchObject({
      kind: 'lead',
      unitIds: ['msb-erqi', 'msb-jinshui'],
      access: { ownerUnitId: 'msb-erqi', code: 'AMBER+STRICT', participantUnitIds: ['msb-jinshui'] },
      reasons: [{ kind: 'lead_deadline_missed', unitId: 'msb-jinshui', detail: 'acknowledge' }],
    });
  }, 90_000);

  it('a meeting of Erqi with Jinshui and Zhongmu is proposed both; Zhongmu is not shown the AMBER+STRICT lead’s', async () => {
    const startsAt = new Date(Date.now() + 3_600_000);
    startsAt.setUTCSeconds(0, 0);
    ({ meetingId } = await call(
      'ScheduleMeeting',
      {
        commandId: randomUUID(),
        kind: 'ad_hoc',
        title: `Overdue leads ${RUN}`,
        convenerUnitId: '',
        window: { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString() },
        place: 'Erqi MSB',
        onlineLink: '',
        invitedUnitIds: ['msb-jinshui', 'msb-zhongmu'],
        handling: { code: 'GREEN', namedOfficerIds: [] },
        recurrenceRule: '',
      },
      wang,
    ));
    const detail = await until(
      () => call('GetMeeting', { meetingId }, wang),
      (d) => d.proposals.length >= 2,
      { timeoutMs: 30_000 },
    );
    expect(detail.proposals.map((p) => p.source.id).sort()).toEqual([amber, strict].sort());
    expect((await call('GetMeeting', { meetingId }, li)).proposals.map((p) => p.source.id).sort()).toEqual([amber, strict].sort());
    const zhongmu = await call('GetMeeting', { meetingId }, liu);
    expect(zhongmu.proposals.map((p) => p.source.id)).not.toContain(strict);
  }, 60_000);

  it('the convener accepts one — an agenda item with the lead’s access — and drops the other, which is gone', async () => {
    const detail = await call('GetMeeting', { meetingId }, wang);
    const of = (id: string) => detail.proposals.find((p) => p.source.id === id)!.proposalId;
    // Only the convener unit decides; another unit is refused before any proposal is looked up (nothing leaks).
    await expect(call('AcceptAgendaProposal', { ...cmd(), meetingId, proposalId: of(amber) }, li)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(call('DropAgendaProposal', { ...cmd(), meetingId, proposalId: of(strict), reason: '' }, liu)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const accepted = await call('AcceptAgendaProposal', { ...cmd(), meetingId, proposalId: of(amber) }, wang);
    expect(accepted.itemId).toMatch(/^item-/);
    await call('DropAgendaProposal', { ...cmd(), meetingId, proposalId: of(strict), reason: 'handled bilaterally' }, wang);
    const after = await call('GetMeeting', { meetingId }, wang);
    expect(after.proposals).toEqual([]);
    expect(after.agenda).toEqual([
      expect.objectContaining({
        itemId: accepted.itemId,
        kind: 'lead',
        references: [expect.objectContaining({ id: amber, accessSource: 'source', access: expect.objectContaining({ code: 'AMBER' }) })],
      }),
    ]);
  }, 60_000);
});
