import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Actor, type EventEnvelope, eventsTopic } from '@liaison/contracts';
import { createGrpcClient, type GrpcClient } from '@liaison/platform';
import { until } from '@liaison/platform/testing';
import { leadsServiceDefinition } from '../src/api/grpc';
import type { LeadsService } from '../src/app';
import { startLeadsUnderTest, stopLeadsUnderTest } from './leads-under-test';
import type { OperationLinkRow } from '../src/reactions/operation-outcomes';

/**
 * The operation-outcomes reaction on real Kafka and FerretDB (ADR 0012): it folds who may see an
 * operation from the operations topic into `operation_links`, records the outcome with that
 * access, and GetLead shows the summary only to readers who may see the operation — a unit that
 * declined its invitation has left and sees nothing of how it ended.
 */

type Req = Record<string, unknown>;
type Methods = {
  PostLead: { request: Req; response: { leadId: string } };
  ShareLead: { request: Req; response: { leadId: string } };
  AcceptLead: { request: Req; response: { leadId: string } };
  GetLead: {
    request: { leadId: string };
    response: { operationOutcomes: { operationId: string; summary: string }[]; history: { type: string; summary: string }[] };
  };
};
const actor = (officerId: string, unitId: string, roles: Actor['roles'] = ['liaison_officer']): Actor => ({ officerId, unitId, roles });
const zhao = actor('officer-jinshui-msb-zhao', 'msb-jinshui', ['coordinator', 'liaison_officer']);
const wang = actor('officer-erqi-msb-wang', 'msb-erqi');
const liu = actor('officer-zhongmu-msb-liu', 'msb-zhongmu', ['liaison_officer', 'coordinator']);
const ma = actor('officer-guancheng-msb-ma', 'msb-guancheng', ['liaison_officer', 'coordinator']);

const RUN = randomUUID().slice(0, 8);
let service: LeadsService;
let client: GrpcClient<Methods>;
const call = <K extends keyof Methods & string>(method: K, request: Methods[K]['request'], as: Actor) =>
  client.call(method, request, { actor: as });

beforeAll(async () => {
  service = await startLeadsUnderTest('outcomes', RUN, { LEADS_SCHEDULER_ENABLED: 'false' });
  client = createGrpcClient<Methods>(leadsServiceDefinition(), `127.0.0.1:${service.grpcPort}`, { deadlineMs: 15_000 });
}, 120_000);

afterAll(async () => {
  client?.close();
  await stopLeadsUnderTest(service);
});

/** Publishes an operation's events on the operations topic, as the operations service's relay would. */
async function publish(operationId: string, events: { type: string; data: Record<string, unknown>; actor: Actor }[]) {
  const producer = service.kafka.producer();
  await producer.connect();
  const at = new Date().toISOString();
  const envelopes: EventEnvelope[] = events.map((e, i) => ({
    eventId: randomUUID(),
    type: e.type,
    schemaVersion: 1,
    streamId: operationId,
    version: i + 1,
    occurredAt: at,
    recordedAt: at,
    actor: e.actor,
    correlationId: randomUUID(),
    causationId: null,
    traceparent: null,
    data: e.data,
  }));
  await producer.send({
    topic: eventsTopic('operations', `test-outcomes-${RUN}`),
    messages: envelopes.map((e) => ({ key: operationId, value: JSON.stringify(e) })),
  });
  await producer.disconnect();
}

describe('operation outcomes on linked leads inherit the operation’s handling', () => {
  it('an AMBER operation’s outcome: shown to its lead unit and joined unit, hidden from the unit that declined and from others', async () => {
    const lead = await call(
      'PostLead',
      {
        commandId: randomUUID(),
        title: 'Liquor warehouse',
        category: 'counterfeit_food',
        subject: { personName: `Outcome ${RUN}` },
        location: { jurisdiction: 'jinshui', address: '1 Test Road' },
        grading: { sourceReliability: 'B', information: 2 },
        handling: { code: 'GREEN' },
      },
      zhao,
    );
    const operationId = `operation-${randomUUID()}`;
    const at = new Date().toISOString();
    const window = {
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    };
    await publish(operationId, [
      {
        type: 'OperationProposed',
        actor: zhao,
        data: {
          operationId,
          leadUnitId: 'msb-jinshui',
          proposedByOfficerId: zhao.officerId,
          title: 'Operation Amber',
          objective: 'x',
          targets: [
            {
              subject: { enterpriseName: '', creditCode: '', personName: `Target ${RUN}` },
              place: { jurisdiction: '', address: '', coordinates: null },
            },
          ],
          area: '',
          window,
          linkedLeadIds: [lead.leadId],
          handling: { code: 'AMBER', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] },
          urgency: 'normal',
          proposedAt: at,
        },
      },
      {
        type: 'UnitsInvited',
        actor: zhao,
        data: {
          unitIds: ['msb-erqi', 'msb-zhongmu'],
          message: '',
          invitedAt: at,
          respondBy: window.startsAt,
          conflictId: '',
          namedOfficerIds: [],
        },
      },
      { type: 'OperationJoined', actor: wang, data: { unitId: 'msb-erqi', at } },
      { type: 'InvitationDeclined', actor: liu, data: { unitId: 'msb-zhongmu', reason: 'no staff', at } },
      { type: 'OperationCancelled', actor: zhao, data: { reason: `called off ${RUN}`, at } },
    ]);

    const seenByOwner = await until(
      () => call('GetLead', { leadId: lead.leadId }, zhao),
      (v) => v.operationOutcomes.length > 0,
      { timeoutMs: 60_000 },
    );
    expect(seenByOwner.operationOutcomes).toEqual([expect.objectContaining({ operationId, summary: `called off ${RUN}` })]);
    const row = await service.connection.db!.collection<OperationLinkRow>('operation_links').findOne({ _id: operationId });
    expect(row?.access).toMatchObject({
      code: 'AMBER',
      version: 5,
      invitations: [
        { unitId: 'msb-erqi', status: 'joined' },
        { unitId: 'msb-zhongmu', status: 'declined' },
      ],
    });

    // The GREEN lead is readable by all four; the AMBER outcome only by the lead unit and the unit that joined.
    expect((await call('GetLead', { leadId: lead.leadId }, wang)).operationOutcomes.map((o) => o.operationId)).toEqual([operationId]);
    for (const outsider of [liu, ma]) {
      const view = await call('GetLead', { leadId: lead.leadId }, outsider);
      expect(view.operationOutcomes).toEqual([]);
      expect(JSON.stringify(view)).not.toContain(operationId);
      expect(JSON.stringify(view)).not.toContain(`called off ${RUN}`);
    }
  });
});
