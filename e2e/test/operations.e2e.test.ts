import { creditCodeFrom } from '@liaison/contracts';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Api, eventually } from '../src/http';
import { startSystem, type System } from '../src/system';

// Coordinators from seeds/directory.json.
let system: System;
let jinshui: Api;
let erqi: Api;
let zhongmu: Api;
let guancheng: Api;
let outsider: Api;

beforeAll(async () => {
  system = await startSystem();
  jinshui = await Api.login(system.gatewayUrl, 'officer-jinshui-msb-zhao');
  erqi = await Api.login(system.gatewayUrl, 'officer-erqi-msb-sun');
  zhongmu = await Api.login(system.gatewayUrl, 'officer-zhongmu-msb-liu');
  guancheng = await Api.login(system.gatewayUrl, 'officer-guancheng-msb-ma');
  outsider = await Api.login(system.gatewayUrl, 'officer-zhongyuan-msb-he');
}, 120_000);
afterAll(async () => system?.stop());

const code = creditCodeFrom(`91410100${randomUUID().replace(/-/g, '').slice(0, 9).toUpperCase()}`);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const target = {
  subject: { enterpriseName: 'Zhengzhou Jinyuan Trading Co., Ltd.', creditCode: code },
  place: { jurisdiction: 'erqi', address: '9 Jiefang Road, Erqi District', coordinates: { latitude: 34.7536, longitude: 113.6504 } },
};

type Detail = {
  status: string;
  invitations: Array<{ unitId: string; status: string; declineReason: string }>;
  tasks: Array<{ taskId: string; status: string }>;
  totals: { reports: number; seizedValueYuan: number; arrests: number };
  conflicts: Array<{ conflictId: string; otherOwnerUnitId: string }>;
};

describe('joint operation end to end (gateway → operations ⇄ leads over gRPC and Kafka)', () => {
  let leadId: string;
  let operationId: string;

  it('Jinshui proposes an operation linked to a lead shared with it and invites Erqi and Zhongmu', async () => {
    const lead = await erqi.post<{ leadId: string }>(
      '/api/v1/leads',
      {
        title: 'Warehouse storing counterfeit liquor',
        category: 'counterfeit_food',
        subject: target.subject,
        location: { jurisdiction: 'erqi', address: target.place.address },
        summary: 'Tip-off from a logistics driver.',
        priority: 'high',
        grading: { sourceReliability: 'B', information: 2 },
        handling: { code: 'AMBER' },
      },
      { 'idempotency-key': randomUUID() },
    );
    expect(lead.status).toBe(201);
    leadId = lead.body.leadId;
    expect((await erqi.post(`/api/v1/leads/${leadId}/share`, { unitIds: ['msb-jinshui'], message: 'Joint action?' })).status).toBe(200);
    await eventually(
      () => jinshui.get(`/api/v1/leads/${leadId}`),
      (r) => r.status === 200,
      'Jinshui to see the shared lead',
    );

    const proposed = await jinshui.post<{ operationId: string }>(
      '/api/v1/operations',
      {
        title: 'Operation Clear Spring',
        objective: 'Seize counterfeit liquor and trace the supplier.',
        targets: [target],
        area: 'Erqi and Jinshui',
        window: { startsAt: inDays(2), endsAt: inDays(3) },
        linkedLeadIds: [leadId],
        handling: { code: 'AMBER' },
        urgency: 'normal',
      },
      { 'idempotency-key': randomUUID() },
    );
    expect(proposed.status).toBe(201);
    operationId = proposed.body.operationId;
    const invited = await jinshui.post(`/api/v1/operations/${operationId}/invitations`, {
      unitIds: ['msb-erqi', 'msb-zhongmu'],
      message: 'Please join.',
    });
    expect(invited.status).toBe(200);
  });

  it('Erqi joins, Zhongmu declines with a reason; an uninvited unit cannot join', async () => {
    await eventually(
      () => erqi.get<{ items: Array<{ operationId: string }> }>('/api/v1/operations/invitations'),
      (r) => r.body.items?.some((i) => i.operationId === operationId),
      'the invitation for Erqi',
    );
    expect((await erqi.post(`/api/v1/operations/${operationId}/join`, {})).status).toBe(200);
    expect(
      (await zhongmu.post(`/api/v1/operations/${operationId}/decline`, { reason: 'All staff assigned to the food-safety campaign.' }))
        .status,
    ).toBe(200);
    const refused = await guancheng.post(`/api/v1/operations/${operationId}/join`, {});
    expect([403, 404, 409]).toContain(refused.status);
    const detail = await eventually(
      () => jinshui.get<Detail>(`/api/v1/operations/${operationId}`),
      (r) => r.body.invitations?.every((i) => i.status !== 'pending'),
      'both answers in the detail',
    );
    expect(detail.body.invitations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ unitId: 'msb-erqi', status: 'joined' }),
        expect.objectContaining({
          unitId: 'msb-zhongmu',
          status: 'declined',
          declineReason: 'All staff assigned to the food-safety campaign.',
        }),
      ]),
    );
  });

  it('assigns and completes tasks, launches, reports progress twice and concludes', async () => {
    const task = await jinshui.post<{ taskId: string }>(`/api/v1/operations/${operationId}/tasks`, {
      unitId: 'msb-erqi',
      description: 'Seal the warehouse exits.',
      dueAt: inDays(2),
    });
    expect(task.status).toBe(200);
    expect(
      (await erqi.post(`/api/v1/operations/${operationId}/tasks/${task.body.taskId}/complete`, { note: 'Exits sealed at 06:00.' })).status,
    ).toBe(200);
    expect(
      (await erqi.post(`/api/v1/operations/${operationId}/progress`, { seizures: [], inspections: 1, arrests: 0, notes: 'too early' }))
        .status,
    ).toBe(409);
    expect((await jinshui.post(`/api/v1/operations/${operationId}/launch`, {})).status).toBe(200);
    expect(
      (
        await erqi.post(`/api/v1/operations/${operationId}/progress`, {
          seizures: [{ goods: 'counterfeit liquor', quantity: 300, unitOfMeasure: 'case', valueYuan: 540000 }],
          inspections: 2,
          arrests: 1,
          notes: 'Warehouse searched.',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await jinshui.post(`/api/v1/operations/${operationId}/progress`, {
          seizures: [{ goods: 'forged labels', quantity: 12000, unitOfMeasure: 'piece', valueYuan: 6000 }],
          inspections: 1,
          arrests: 1,
          notes: 'Label printer found.',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await jinshui.post(`/api/v1/operations/${operationId}/conclude`, {
          summary: 'Supplier network dismantled.',
          results: '2 arrests, 546,000 yuan seized.',
        })
      ).status,
    ).toBe(200);
    const detail = await eventually(
      () => jinshui.get<Detail>(`/api/v1/operations/${operationId}`),
      (r) => r.body.status === 'concluded',
      'the concluded operation',
    );
    expect(detail.body.totals).toMatchObject({ reports: 2, seizedValueYuan: 546000, arrests: 2 });
    expect(detail.body.tasks[0]!.status).toBe('done');
  });

  it('records the outcome on the linked lead in the leads service, via Kafka', async () => {
    const lead = await eventually(
      () => erqi.get<{ operationOutcomes?: Array<{ operationId: string; summary: string }> }>(`/api/v1/leads/${leadId}`),
      (r) => r.body.operationOutcomes?.some((o) => o.operationId === operationId) ?? false,
      'the operation outcome on the linked lead',
    );
    expect(lead.body.operationOutcomes!.find((o) => o.operationId === operationId)!.summary).toBe('Supplier network dismantled.');
  });

  it('raises a deconfliction alert seen by both owners when Guancheng targets the same enterprise in an overlapping window', async () => {
    const first = await jinshui.post<{ operationId: string }>(
      '/api/v1/operations',
      {
        title: 'Operation Spring Follow-up',
        objective: 'Inspect the supplier’s second site.',
        targets: [target],
        area: 'Erqi',
        window: { startsAt: inDays(10), endsAt: inDays(12) },
        linkedLeadIds: [],
        handling: { code: 'GREEN' },
        urgency: 'normal',
      },
      { 'idempotency-key': randomUUID() },
    );
    expect(first.status).toBe(201);
    await eventually(
      () => jinshui.get(`/api/v1/operations/${first.body.operationId}`),
      (r) => r.status === 200,
      'the first operation',
    );
    const second = await guancheng.post<{ operationId: string }>(
      '/api/v1/operations',
      {
        title: 'Guancheng market sweep',
        objective: 'Sweep of liquor wholesalers.',
        targets: [{ ...target, place: { ...target.place, address: '9 Jiefang Rd.' } }],
        area: 'Erqi',
        window: { startsAt: inDays(11), endsAt: inDays(13) },
        linkedLeadIds: [],
        handling: { code: 'GREEN' },
        urgency: 'normal',
      },
      { 'idempotency-key': randomUUID() },
    );
    expect(second.status).toBe(201);
    const mine = await eventually(
      () => jinshui.get<{ items: Array<{ operationId: string; otherOwnerUnitId: string }> }>('/api/v1/operations/conflicts'),
      (r) => r.body.items?.some((c) => c.operationId === first.body.operationId && c.otherOwnerUnitId === 'msb-guancheng') ?? false,
      'the alert for Jinshui',
    );
    expect(mine.status).toBe(200);
    await eventually(
      () => guancheng.get<{ items: Array<{ operationId: string; otherOwnerUnitId: string }> }>('/api/v1/operations/conflicts'),
      (r) => r.body.items?.some((c) => c.operationId === second.body.operationId && c.otherOwnerUnitId === 'msb-jinshui') ?? false,
      'the alert for Guancheng',
    );

    // Guancheng may not launch over the open conflict without saying why; a delay needs the new window.
    const op = `/api/v1/operations/${second.body.operationId}`;
    const refused = await guancheng.post(`${op}/launch`, {});
    expect(refused.status).toBe(409);
    expect(JSON.stringify(refused.body)).toContain('unresolved_conflict');
    const detail = await guancheng.get<{ conflicts: Array<{ conflictId: string; otherOwnerUnitId: string }> }>(op);
    const conflictId = detail.body.conflicts.find((c) => c.otherOwnerUnitId === 'msb-jinshui')!.conflictId;
    expect((await guancheng.post(`${op}/conflicts/${conflictId}/resolve`, { outcome: 'delay' })).status).toBe(400);
    const launched = await guancheng.post(`${op}/launch`, { overrideReason: 'the wholesalers move stock tonight; Jinshui called' });
    expect(launched.status).toBe(200);
    const after = await guancheng.get<{ conflicts: Array<{ conflictId: string; overrideReason: string; status: string }> }>(op);
    expect(after.body.conflicts.find((c) => c.conflictId === conflictId)).toMatchObject({
      status: 'open',
      overrideReason: 'the wholesalers move stock tonight; Jinshui called',
    });
  });

  it('refuses a non-participant (403) and bad input (400 naming the field)', async () => {
    expect((await outsider.get(`/api/v1/operations/${operationId}`)).status).toBe(403);
    const bad = await jinshui.post<{ issues: Array<{ path: string }> }>('/api/v1/operations', {
      title: 'Backwards',
      objective: 'x',
      targets: [target],
      area: 'x',
      window: { startsAt: inDays(3), endsAt: inDays(2) },
      linkedLeadIds: [],
      handling: { code: 'GREEN' },
      urgency: 'normal',
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.issues)).toContain('window');
  });
});
