import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { creditCodeFrom } from '@liaison/contracts';
import { Api, eventually } from '../src/http';
import { startSystem, type System } from '../src/system';

// The registry through REST (ADR 0016): admins change it through audited commands and read
// nothing else; every other role reads its public part; a change reaches authentication and
// visibility without a restart.

const ADMIN = 'officer-city-lgo-admin';
const LI = 'officer-jinshui-msb-li';
const SUN = 'officer-erqi-msb-sun';
const ANALYST = 'officer-city-lgo-analyst';

let system: System;
let admin: Api;
let li: Api;
let sun: Api;
let analyst: Api;
const key = () => ({ 'idempotency-key': randomUUID() });

beforeAll(async () => {
  system = await startSystem();
  const login = (officerId: string) => Api.login(system.gatewayUrl, officerId);
  [admin, li, sun, analyst] = await Promise.all([login(ADMIN), login(LI), login(SUN), login(ANALYST)]);
}, 180_000);
afterAll(async () => system?.stop());

const amberLead = () => ({
  title: 'Counterfeit detergent in a Jinshui warehouse',
  category: 'trademark',
  subject: {
    enterpriseName: 'Zhengzhou Qingjie Daily Chemicals Co., Ltd.',
    creditCode: creditCodeFrom(`91410100${randomUUID().replace(/-/g, '').slice(0, 9).toUpperCase()}`),
  },
  location: { jurisdiction: 'jinshui', address: '3 Nongye Road, Jinshui District' },
  summary: 'Forged brand labels on about 200 cartons.',
  priority: 'normal',
  grading: { sourceReliability: 'B', information: 2 },
  handling: { code: 'AMBER' },
});

describe('registry: the admin’s audited API', () => {
  it('admins read nothing but the registry: 403 on every leads and operations read', async () => {
    const posted = await li.post<{ leadId: string }>('/api/v1/leads', amberLead(), key());
    expect(posted.status).toBe(201);
    for (const path of [
      '/api/v1/leads/inbox',
      '/api/v1/leads/outbox',
      '/api/v1/leads/overdue',
      '/api/v1/leads',
      '/api/v1/leads/stats/counts',
      `/api/v1/leads/${posted.body.leadId}`,
      '/api/v1/operations/mine',
      '/api/v1/operations/invitations',
      '/api/v1/operations/conflicts',
      '/api/v1/operations/calendar',
    ]) {
      const response = await admin.get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 403 });
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
    expect((await admin.post('/api/v1/leads', amberLead(), key())).status).toBe(403);
    const units = await admin.get<{ items: { unitId: string; history: unknown[] }[] }>('/api/v1/registry/units?limit=100');
    expect(units.status).toBe(200);
    expect(units.body.items.find((u) => u.unitId === 'msb-jinshui')?.history.length).toBeGreaterThan(0);
  });

  it('non-admins get 403 on every registry command and on the audit trail, and read only the public part', async () => {
    for (const [path, body] of [
      [
        '/api/v1/registry/units',
        {
          unitId: 'customs-jinshui',
          agency: 'customs',
          jurisdiction: 'jinshui',
          name: 'x',
          nameZh: 'x',
          police: false,
          leadingGroup: false,
          reason: 'r',
        },
      ],
      ['/api/v1/registry/units/msb-jinshui/rename', { name: 'x', nameZh: 'x', reason: 'r' }],
      ['/api/v1/registry/officers', { officerId: 'officer-x', unitId: 'msb-jinshui', name: 'x', roles: ['admin'], reason: 'r' }],
      [`/api/v1/registry/officers/${LI}/roles`, { roles: ['admin'], reason: 'r' }],
      [`/api/v1/registry/officers/${ANALYST}/clearance`, { clearance: 'AMBER', reason: 'r' }],
      [`/api/v1/registry/officers/${LI}/move`, { unitId: 'msb-erqi', reason: 'r' }],
      [`/api/v1/registry/officers/${SUN}/deactivate`, { reason: 'r' }],
      [`/api/v1/registry/officers/${SUN}/reactivate`, { reason: 'r' }],
    ] as const) {
      for (const who of [li, analyst]) expect({ path, status: (await who.post(path, body, key())).status }).toEqual({ path, status: 403 });
    }
    expect((await li.get('/api/v1/registry/changes')).status).toBe(403);
    expect((await analyst.get('/api/v1/registry/changes')).status).toBe(403);
    const officer = await eventually(
      () => li.get<Record<string, unknown>>(`/api/v1/registry/officers/${ANALYST}`),
      (r) => r.status === 200,
      'the seeded analyst in the read model',
    );
    expect(officer.body).toMatchObject({ officerId: ANALYST, unitId: 'lgo-city', roles: [], clearance: '', history: [] });
    const unit = await li.get<Record<string, unknown>>('/api/v1/registry/units/msb-erqi');
    expect(unit.body).toMatchObject({ unitId: 'msb-erqi', names: [], history: [] });
  });

  it('admin deactivates an officer: that officer’s token stops working (401); reactivated, it works again', async () => {
    expect((await sun.get('/api/v1/leads/inbox')).status).toBe(200);
    const body = { reason: 'left the Erqi bureau' };
    const headers = key();
    const done = await admin.post<{ officerId: string; status: string }>(`/api/v1/registry/officers/${SUN}/deactivate`, body, headers);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ officerId: SUN, status: 'deactivated' });
    const replayed = await admin.post(`/api/v1/registry/officers/${SUN}/deactivate`, body, headers);
    expect(replayed.status).toBe(200);
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');

    const refused = await eventually(
      () => sun.get('/api/v1/leads/inbox'),
      (r) => r.status === 401,
      'the deactivated officer refused',
    );
    expect(refused.headers.get('www-authenticate')).toContain('Bearer');
    expect((await new Api(system.gatewayUrl).post('/api/v1/auth/token', { officerId: SUN })).status).toBe(400);
    await eventually(
      () => li.get<{ items: { officerId: string }[] }>('/api/v1/registry/officers?unitId=msb-erqi'),
      (r) => r.status === 200 && !r.body.items.some((o) => o.officerId === SUN),
      'the deactivated officer gone from the public list',
    );

    await admin.post(`/api/v1/registry/officers/${SUN}/reactivate`, { reason: 'back from secondment' }, key());
    await eventually(
      () => sun.get('/api/v1/leads/inbox'),
      (r) => r.status === 200,
      'the reactivated officer served again',
    );
    const trail = await eventually(
      () =>
        admin.get<{ items: { type: string; reason: string; actor: { officerId: string } }[] }>(
          `/api/v1/registry/changes?streamId=officer-${SUN}`,
        ),
      (r) => r.body.items?.length === 3,
      'the audit trail of the officer',
    );
    expect(trail.body.items.map((c) => [c.type, c.actor.officerId, c.reason])).toEqual([
      ['OfficerReactivated', ADMIN, 'back from secondment'],
      ['OfficerDeactivated', ADMIN, 'left the Erqi bureau'],
      ['OfficerRegistered', 'system:registry', 'seeded from seeds/directory.json'],
    ]);
  });

  it('admin sets an analyst’s clearance to GREEN: the analyst no longer sees an AMBER lead of another unit', async () => {
    const posted = await li.post<{ leadId: string }>('/api/v1/leads', amberLead(), key());
    const path = `/api/v1/leads/${posted.body.leadId}`;
    await eventually(
      () => analyst.get(path),
      (r) => r.status === 200,
      'the AMBER-cleared analyst reads the AMBER lead',
    );
    const set = await admin.post(
      `/api/v1/registry/officers/${ANALYST}/clearance`,
      { clearance: 'GREEN', reason: 'AMBER work ended' },
      key(),
    );
    expect(set.status).toBe(200);
    await eventually(
      () => analyst.get(path),
      (r) => r.status === 403,
      'the GREEN analyst refused the AMBER lead',
    );
    // The same token: the clearance comes from the registry on every request, not from the token.
    const search = await analyst.get<{ items: { leadId: string }[] }>('/api/v1/leads?limit=100');
    expect(search.body.items.map((l) => l.leadId)).not.toContain(posted.body.leadId);
    const detail = await eventually(
      () => admin.get<{ clearance: string; history: { type: string }[] }>(`/api/v1/registry/officers/${ANALYST}`),
      (r) => r.body.clearance === 'GREEN',
      'the new clearance in the read model',
    );
    expect(detail.body.clearance).toBe('GREEN');
    expect(detail.body.history.map((h) => h.type)).toEqual(['OfficerRegistered', 'OfficerClearanceSet']);
  });

  it('a unit and an officer registered by an admin can act at once, without a restart', async () => {
    const unit = await admin.post(
      '/api/v1/registry/units',
      {
        unitId: 'customs-jinshui',
        agency: 'customs',
        jurisdiction: 'jinshui',
        name: 'Jinshui Customs Liaison Office',
        nameZh: '金水海关联络办',
        police: false,
        leadingGroup: false,
        reason: 'joins the liaison mechanism',
      },
      key(),
    );
    expect(unit.status).toBe(201);
    expect(unit.headers.get('location')).toBe('/api/v1/registry/units/customs-jinshui');
    const officer = await admin.post(
      '/api/v1/registry/officers',
      {
        officerId: 'officer-jinshui-customs-fang',
        unitId: 'customs-jinshui',
        name: 'Fang',
        roles: ['liaison_officer'],
        reason: 'liaison officer',
      },
      key(),
    );
    expect(officer.status).toBe(201);
    const fang = await eventually(
      () => new Api(system.gatewayUrl).post<{ accessToken: string }>('/api/v1/auth/token', { officerId: 'officer-jinshui-customs-fang' }),
      (r) => r.status === 200,
      'a token for the new officer',
    );
    const asFang = new Api(system.gatewayUrl, fang.body.accessToken);
    // Leads validates the poster's unit against its own live directory, which follows the registry too.
    const posted = await eventually(
      () => asFang.post<{ leadId: string }>('/api/v1/leads', amberLead(), key()),
      (r) => r.status === 201,
      'the new officer posts a lead for the new unit',
    );
    const lead = await eventually(
      () => asFang.get<{ ownerUnitId: string }>(`/api/v1/leads/${posted.body.leadId}`),
      (r) => r.status === 200,
      'the new unit reads its lead',
    );
    expect(lead.body.ownerUnitId).toBe('customs-jinshui');
  });

  it('a restart on the same data neither reseeds nor forgets: the deactivated officer stays refused from the first request', async () => {
    const HE = 'officer-zhongyuan-msb-he';
    await admin.post(`/api/v1/registry/officers/${HE}/deactivate`, { reason: 'transferred out of the system' }, key());
    await eventually(
      () => new Api(system.gatewayUrl).post('/api/v1/auth/token', { officerId: HE }),
      (r) => r.status === 400,
      'refused',
    );
    const runId = system.runId;
    await system.stop();
    system = await startSystem({ runId });
    // The gateway read the registry's topic to its end before it listened: no window where the seed file lets him in.
    expect((await new Api(system.gatewayUrl).post('/api/v1/auth/token', { officerId: HE })).status).toBe(400);
    admin = await Api.login(system.gatewayUrl, ADMIN);
    const trail = await eventually(
      () => admin.get<{ items: { type: string }[] }>(`/api/v1/registry/changes?streamId=officer-${HE}`),
      (r) => r.status === 200 && r.body.items.length > 0,
      'the audit trail after the restart',
    );
    expect(trail.body.items.map((c) => c.type)).toEqual(['OfficerDeactivated', 'OfficerRegistered']);
  }, 240_000);

  it('documents the registry in the OpenAPI document', async () => {
    const doc = await new Api(system.gatewayUrl).get<{ paths: Record<string, unknown> }>('/api/v1/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/registry/units', '/api/v1/registry/officers/{id}/deactivate', '/api/v1/registry/changes']),
    );
  });
});
