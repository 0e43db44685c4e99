import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Api, eventually } from '../src/http';
import { startSystem, type System } from '../src/system';

/**
 * The accountability register through REST (ADR 0013): a missed acknowledgement appears in the
 * register, the responsible unit explains it, the Supervision Bureau reads it (the entry, never
 * the lead), another unit's officer cannot read or explain it, and admins are refused.
 */

// Officers from seeds/directory.json.
const JINSHUI = 'officer-jinshui-msb-li';
const ERQI = 'officer-erqi-msb-wang';
const ZHONGYUAN = 'officer-zhongyuan-msb-he';
const SUPERVISION = 'officer-city-supervision-wu';
const ADMIN = 'officer-city-lgo-admin';

type Entry = {
  entryId: string;
  context: string;
  recordId: string;
  pointerOnly: boolean;
  kind: string;
  unitId: string;
  rule: string;
  dueAt: string;
  detectedAt: string;
  lateBySeconds: number;
  explanation: { reason: string; officerId: string } | null;
  explainable: boolean;
};
type Page = { items: Entry[]; nextCursor: string | null };

let system: System;
let jinshui: Api;
let erqi: Api;
let outsider: Api;
let supervisor: Api;
let admin: Api;

beforeAll(async () => {
  // A short acknowledgement limit, so the overdue scheduler records the breach within the test.
  system = await startSystem({ env: { leads: { LEADS_ACK_LIMIT_SECONDS: '2', LEADS_SCHEDULER_INTERVAL_MS: '300' } } });
  const login = (officer: string) => Api.login(system.gatewayUrl, officer);
  [jinshui, erqi, outsider, supervisor, admin] = await Promise.all([
    login(JINSHUI),
    login(ERQI),
    login(ZHONGYUAN),
    login(SUPERVISION),
    login(ADMIN),
  ]);
}, 120_000);
afterAll(async () => system?.stop());

describe('the accountability register end to end (REST → leads → Kafka → register projection → REST)', () => {
  let leadId = '';
  const mine = (page: Page) => page.items.filter((e) => e.recordId === leadId);

  it('a missed acknowledgement appears in the responsible unit’s register with the rule and how late', async () => {
    const posted = await jinshui.post<{ leadId: string }>('/api/v1/leads', {
      title: 'Counterfeit pesticide sold from a farm-supply shop',
      category: 'agricultural_inputs',
      subject: { enterpriseName: `Register E2E ${randomUUID().slice(0, 6)} Farm Supply` },
      location: { jurisdiction: 'jinshui', address: '9 Nongye Road, Jinshui District' },
      summary: 'Farmers report crop damage after using a branded pesticide.',
      priority: 'normal',
      grading: { sourceReliability: 'B', information: 2 },
      handling: { code: 'AMBER' },
    });
    expect(posted.status).toBe(201);
    leadId = posted.body.leadId;
    expect((await jinshui.post(`/api/v1/leads/${leadId}/share`, { unitIds: ['msb-erqi'], message: 'please check' })).status).toBe(200);

    const page = await eventually(
      () => erqi.get<Page>('/api/v1/accountability'),
      (r) => r.status === 200 && mine(r.body).length === 1,
      'the breach in the register',
    );
    expect(mine(page.body)[0]).toMatchObject({
      context: 'leads',
      kind: 'acknowledge',
      unitId: 'msb-erqi',
      rule: expect.stringContaining('2 seconds from'),
      explanation: null,
      explainable: true,
    });
    // The lead shows the rule beside its due date too.
    const detail = await erqi.get<{ recipients: { unitId: string; acknowledgeDueRule: string }[] }>(`/api/v1/leads/${leadId}`);
    expect(detail.body.recipients[0]!.acknowledgeDueRule).toContain('2 seconds from');
  });

  it('another unit’s officer can neither read nor explain it; admins and bad queries are refused', async () => {
    expect(mine((await outsider.get<Page>('/api/v1/accountability')).body)).toEqual([]);
    expect((await outsider.get('/api/v1/accountability?unitId=msb-erqi')).status).toBe(403);
    const explain = { context: 'leads', recordId: leadId, kind: 'acknowledge', reason: 'not ours to explain' };
    expect((await outsider.post('/api/v1/accountability/explanations', explain)).status).toBe(404);
    expect((await jinshui.post('/api/v1/accountability/explanations', explain)).status).toBe(404); // the owner did not miss it
    expect((await admin.get('/api/v1/accountability')).status).toBe(403);
    expect((await supervisor.post('/api/v1/accountability/explanations', explain)).status).toBe(403); // supervisors read only
    expect((await supervisor.get('/api/v1/accountability?from=yesterday')).status).toBe(400);
  });

  it('the unit explains it; the Supervision Bureau reads the entry with the reason, and nothing of the lead', async () => {
    const explained = await erqi.post('/api/v1/accountability/explanations', {
      context: 'leads',
      recordId: leadId,
      kind: 'acknowledge',
      reason: 'the duty officer was on a joint raid',
    });
    expect(explained.status).toBe(200);
    const page = await eventually(
      () => supervisor.get<Page>('/api/v1/accountability?unitId=msb-erqi'),
      (r) => r.status === 200 && mine(r.body)[0]?.explanation !== null && mine(r.body).length === 1,
      'the explanation in the register',
    );
    const entry = mine(page.body)[0]!;
    expect(entry).toMatchObject({
      explanation: { reason: 'the duty officer was on a joint raid', officerId: ERQI },
      explainable: false,
      pointerOnly: false,
    });
    expect(Object.keys(entry)).not.toEqual(expect.arrayContaining(['title']));
    expect(entry.lateBySeconds).toBeGreaterThanOrEqual(0);
    // The supervisor reads the register, not the lead.
    expect([403, 404]).toContain((await supervisor.get(`/api/v1/leads/${leadId}`)).status);
  });
});
