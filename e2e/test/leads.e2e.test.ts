import { creditCodeFrom } from '@liaison/contracts';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Api, eventually } from '../src/http';
import { startSystem, type System } from '../src/system';

// Officers from seeds/directory.json.
const JINSHUI = 'officer-jinshui-msb-li';
const ERQI = 'officer-erqi-msb-wang';
const PSB = 'officer-city-psb-chen';
const ZHONGYUAN = 'officer-zhongyuan-msb-he';

let system: System;
let jinshui: Api;
let erqi: Api;
let psb: Api;
let outsider: Api;

beforeAll(async () => {
  // A short acknowledgement limit, so the overdue scheduler fires within the test.
  system = await startSystem({ env: { leads: { LEADS_ACK_LIMIT_SECONDS: '3', LEADS_SCHEDULER_INTERVAL_MS: '500' } } });
  jinshui = await Api.login(system.gatewayUrl, JINSHUI);
  erqi = await Api.login(system.gatewayUrl, ERQI);
  psb = await Api.login(system.gatewayUrl, PSB);
  outsider = await Api.login(system.gatewayUrl, ZHONGYUAN);
}, 120_000);
afterAll(async () => system?.stop());

const creditCode = () => creditCodeFrom(`91410100${randomUUID().replace(/-/g, '').slice(0, 9).toUpperCase()}`);

const liquorLead = (code: string, handling = 'AMBER') => ({
  title: 'Counterfeit Moutai liquor sold through a wholesale warehouse',
  category: 'counterfeit_food',
  subject: { enterpriseName: 'Zhengzhou Jinyuan Trading Co., Ltd.', creditCode: code },
  location: {
    jurisdiction: 'jinshui',
    address: '18 Huayuan Road, Jinshui District',
    coordinates: { latitude: 34.7749, longitude: 113.6672 },
  },
  summary: 'Report from a distributor: bottles with forged anti-counterfeit labels, about 300 cases in stock.',
  priority: 'high',
  grading: { sourceReliability: 'B', information: 2 },
  handling: { code: handling, ...(handling === 'RED' ? { namedOfficerIds: [JINSHUI] } : {}) },
});

async function postLead(body: unknown, key = randomUUID()) {
  const response = await jinshui.post<{ leadId: string; version: number; status: string }>('/api/v1/leads', body, {
    'idempotency-key': key,
  });
  expect(response.status).toBe(201);
  return response;
}

describe('lead sharing end to end (gateway → gRPC → leads → MongoDB → outbox → Kafka → projections)', () => {
  let leadId: string;

  it('posts an AMBER counterfeit-liquor lead, and a retried POST with the same Idempotency-Key returns the same lead', async () => {
    const key = randomUUID();
    const body = liquorLead(creditCode());
    const first = await postLead(body, key);
    leadId = first.body.leadId;
    expect(first.headers.get('location')).toContain(leadId);
    const retried = await jinshui.post<{ leadId: string }>('/api/v1/leads', body, { 'idempotency-key': key });
    expect([200, 201]).toContain(retried.status);
    expect(retried.body.leadId).toBe(leadId);
    const detail = await eventually(
      () => jinshui.get<{ status: string }>(`/api/v1/leads/${leadId}`),
      (r) => r.status === 200,
      'lead detail',
    );
    expect(detail.body).toMatchObject({ status: 'posted', ownerUnitId: 'msb-jinshui', handling: { code: 'AMBER' } });
    expect(detail.headers.get('etag')).toBe('"1"');
  });

  it('binds an Idempotency-Key to its request: reused on another lead or with another body it is refused with 422 and records nothing', async () => {
    const otherBody = {
      ...liquorLead(creditCode()),
      subject: { enterpriseName: 'Zhengzhou Baihe Liquor Store', creditCode: creditCode() },
    };
    const other = (await postLead({ ...otherBody, location: { ...otherBody.location, address: '7 Jianshe Road, Zhongyuan District' } }))
      .body.leadId;
    const key = randomUUID();
    const share = { unitIds: ['msb-zhongyuan'], message: 'Same subject seen in Zhongyuan.' };
    const first = await jinshui.post<{ leadId: string; version: number }>(`/api/v1/leads/${other}/share`, share, {
      'idempotency-key': key,
    });
    expect(first.status).toBe(200);

    const replayed = await jinshui.post<{ leadId: string; version: number }>(`/api/v1/leads/${other}/share`, share, {
      'idempotency-key': key,
    });
    expect(replayed.status).toBe(200);
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    expect(replayed.body).toMatchObject({ leadId: other, version: first.body.version });

    const onAnotherLead = await jinshui.post<{ type: string; header: string }>(`/api/v1/leads/${leadId}/share`, share, {
      'idempotency-key': key,
    });
    expect(onAnotherLead.status).toBe(422);
    expect(onAnotherLead.headers.get('content-type')).toContain('application/problem+json');
    expect(onAnotherLead.body).toMatchObject({ header: 'Idempotency-Key' });

    const withAnotherBody = await jinshui.post(
      `/api/v1/leads/${other}/share`,
      { ...share, unitIds: ['msb-erqi'] },
      { 'idempotency-key': key },
    );
    expect(withAnotherBody.status).toBe(422);

    // Nothing of the refused requests happened: the first lead is unchanged, the other still shared once.
    expect((await jinshui.get(`/api/v1/leads/${leadId}`)).headers.get('etag')).toBe('"1"');
    await eventually(
      () => jinshui.get(`/api/v1/leads/${other}`),
      (r) => r.headers.get('etag') === `"${first.body.version}"`,
      'the shared lead at its version',
    );
    expect((await jinshui.get(`/api/v1/leads/${other}`)).headers.get('etag')).toBe(`"${first.body.version}"`);
  });

  it('shares with Erqi market supervision and the city PSB; Erqi acknowledges and accepts', async () => {
    const shared = await jinshui.post(`/api/v1/leads/${leadId}/share`, {
      unitIds: ['msb-erqi', 'psb-city'],
      message: 'Please check the Erqi warehouse.',
    });
    expect(shared.status).toBe(200);
    const inbox = await eventually(
      () => erqi.get<{ items: Array<{ leadId: string; myStatus: string }> }>('/api/v1/leads/inbox'),
      (r) => r.body.items?.some((item) => item.leadId === leadId),
      'the lead in Erqi inbox',
    );
    expect(inbox.body.items.find((item) => item.leadId === leadId)!.myStatus).toBe('shared');
    expect((await erqi.post(`/api/v1/leads/${leadId}/acknowledge`, {})).status).toBe(200);
    expect((await erqi.post(`/api/v1/leads/${leadId}/accept`, {})).status).toBe(200);
    await eventually(
      () => erqi.get<{ items: Array<{ leadId: string; myStatus: string }> }>('/api/v1/leads/inbox'),
      (r) => r.body.items?.find((item) => item.leadId === leadId)?.myStatus === 'accepted',
      'Erqi inbox to show accepted',
    );
  });

  it('runs the criminal-transfer line: the PSB receives the hand-over and records that a case was opened', async () => {
    expect(
      (await jinshui.post(`/api/v1/leads/${leadId}/suspected-crime`, { reason: 'Value involved exceeds the criminal threshold.' })).status,
    ).toBe(200);
    expect(
      (
        await jinshui.post(`/api/v1/leads/${leadId}/transfer-decision`, {
          transfer: true,
          reasons: 'Suspected crime of selling counterfeit registered trademarks.',
        })
      ).status,
    ).toBe(200);
    const handOver = await jinshui.post(`/api/v1/leads/${leadId}/hand-over`, {
      policeUnitId: 'psb-city',
      facts: 'Forged labels found on 300 cases.',
      amountInvolved: 860000,
      evidenceRefs: ['evidence-photo-1'],
    });
    expect(handOver.status).toBe(200);
    const decision = await psb.post(`/api/v1/leads/${leadId}/police-decision`, {
      decision: 'opened',
      reason: 'Criminal case filed.',
      caseNumber: 'ZZ-2026-0412',
    });
    expect(decision.status).toBe(200);
    const detail = await eventually(
      () => jinshui.get<{ transfer: { stage: string; caseNumber: string } }>(`/api/v1/leads/${leadId}`),
      (r) => r.body.transfer?.stage === 'police_opened',
      'the transfer to show police_opened',
    );
    expect(detail.body.transfer.caseNumber).toBe('ZZ-2026-0412');
  });

  it("shows each recipient's status in Jinshui's outbox", async () => {
    const outbox = await eventually(
      () =>
        jinshui.get<{ items: Array<{ leadId: string; recipients: Array<{ unitId: string; status: string }> }> }>('/api/v1/leads/outbox'),
      (r) => r.body.items?.some((item) => item.leadId === leadId),
      'the lead in Jinshui outbox',
    );
    const recipients = outbox.body.items.find((item) => item.leadId === leadId)!.recipients;
    expect(recipients.find((r) => r.unitId === 'msb-erqi')!.status).toBe('accepted');
    expect(recipients.find((r) => r.unitId === 'psb-city')!.status).toBe('shared');
  });

  it('refuses an unrelated unit: 403 on an AMBER lead, 404 on a RED one so its existence does not leak', async () => {
    const denied = await outsider.get<{ status: number; type: string }>(`/api/v1/leads/${leadId}`);
    expect(denied.status).toBe(403);
    expect(denied.headers.get('content-type')).toContain('application/problem+json');
    expect((await outsider.post(`/api/v1/leads/${leadId}/accept`, {})).status).toBe(403);
    const red = await postLead(liquorLead(creditCode(), 'RED'));
    await eventually(
      () => jinshui.get(`/api/v1/leads/${red.body.leadId}`),
      (r) => r.status === 200,
      'the RED lead',
    );
    expect((await outsider.get(`/api/v1/leads/${red.body.leadId}`)).status).toBe(404);
  });

  it('fires the overdue scheduler once for the unit that did not acknowledge in time', async () => {
    const overdue = await eventually(
      () => jinshui.get<{ items: Array<{ leadId: string; breach: { kind: string; unitId: string } }> }>('/api/v1/leads/overdue'),
      (r) => r.body.items?.some((item) => item.leadId === leadId && item.breach.unitId === 'psb-city'),
      'an acknowledge breach by psb-city',
      30_000,
    );
    const breaches = overdue.body.items.filter((item) => item.leadId === leadId && item.breach.unitId === 'psb-city');
    expect(breaches.map((b) => b.breach.kind)).toEqual(['acknowledge']);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const detail = await jinshui.get<{ overdue: Array<{ kind: string; unitId: string }> }>(`/api/v1/leads/${leadId}`);
    expect(detail.body.overdue.filter((b) => b.unitId === 'psb-city' && b.kind === 'acknowledge')).toHaveLength(1);
    expect(detail.body.overdue.some((b) => b.unitId === 'msb-erqi')).toBe(false);
  });

  it('lets only one of a concurrent accept / decline pair succeed', async () => {
    const other = await postLead(liquorLead(creditCode()));
    const id = other.body.leadId;
    expect((await jinshui.post(`/api/v1/leads/${id}/share`, { unitIds: ['msb-erqi'], message: 'FYI' })).status).toBe(200);
    const seen = await eventually(
      () => erqi.get(`/api/v1/leads/${id}`),
      (r) => r.status === 200,
      'Erqi to see the lead',
    );
    const etag = seen.headers.get('etag')!;
    const [accept, decline] = await Promise.all([
      erqi.post(`/api/v1/leads/${id}/accept`, {}, { 'if-match': etag }),
      erqi.post(`/api/v1/leads/${id}/decline`, { reason: 'Outside our jurisdiction.' }, { 'if-match': etag }),
    ]);
    const statuses = [accept.status, decline.status].sort();
    expect(statuses[0]).toBe(200);
    expect([409, 412]).toContain(statuses[1]);
  });

  it('rejects a decline without a reason, naming the field, and stores nothing', async () => {
    const response = await erqi.post<{ issues: Array<{ path: string }> }>(`/api/v1/leads/${leadId}/decline`, {});
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.issues)).toContain('reason');
  });

  it('flags a second lead with the same credit code as a possible duplicate, for both owners', async () => {
    const code = creditCode();
    // Different names and addresses: only the credit code connects the two reports.
    const first = await postLead({ ...liquorLead(code), subject: { enterpriseName: `Huaxin Liquor ${code}`, creditCode: code } });
    await eventually(
      () => jinshui.get(`/api/v1/leads/${first.body.leadId}`),
      (r) => r.status === 200,
      'first lead',
    );
    const second = await postLead({
      ...liquorLead(code),
      title: 'Same company, second report',
      subject: { enterpriseName: `Huaxin Wine Trading ${code}`, creditCode: code },
      location: { jurisdiction: 'erqi', address: '9 Jiefang Road, Erqi District' },
    });
    const detail = await eventually(
      () => jinshui.get<{ links: Array<{ leadId: string; relation: string }> }>(`/api/v1/leads/${second.body.leadId}`),
      (r) => r.body.links?.some((link) => link.leadId === first.body.leadId),
      'the possible-duplicate link on the new lead',
    );
    expect(detail.body.links).toContainEqual(expect.objectContaining({ leadId: first.body.leadId, relation: 'possible_duplicate' }));
    await eventually(
      () => jinshui.get<{ links: Array<{ leadId: string; relation: string }> }>(`/api/v1/leads/${first.body.leadId}`),
      (r) => r.body.links?.some((link) => link.leadId === second.body.leadId && link.relation === 'possible_duplicate'),
      'the possible-duplicate link on the earlier lead',
    );
  });
});
