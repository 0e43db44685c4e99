import { creditCodeFrom } from '@liaison/contracts';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Api, eventually } from '../src/http';
import { startSystem, type System } from '../src/system';

/**
 * The transfer line through REST as Decree No. 310 reads it (ADR 0014): flag → decide → consent
 * to court use → hand over → the police refuse → the agency lets its reconsideration window pass
 * (no breach) → asks the Procuratorate to supervise → the procurator requires the police to open
 * the case → the police record the opening → the agency closes. Denials for the Procuratorate's
 * read paths and for units that are not party.
 */

// Officers from seeds/directory.json.
const JINSHUI = 'officer-jinshui-msb-li';
const ERQI = 'officer-erqi-msb-wang';
const PSB = 'officer-city-psb-chen';
const PROCURATOR = 'officer-city-procuratorate-zheng';
const SUPERVISION_BUREAU = 'officer-city-supervision-wu';

let system: System;
let jinshui: Api;
let erqi: Api;
let psb: Api;
let procurator: Api;
let bureau: Api;

beforeAll(async () => {
  // The reconsideration window and the Procuratorate's answer in seconds, so the sweeper acts within the test.
  system = await startSystem({
    env: {
      leads: {
        LEADS_RECONSIDERATION_REQUEST_LIMIT_SECONDS: '2',
        LEADS_SUPERVISION_ANSWER_LIMIT_SECONDS: '2',
        LEADS_SCHEDULER_INTERVAL_MS: '300',
      },
    },
  });
  jinshui = await Api.login(system.gatewayUrl, JINSHUI);
  erqi = await Api.login(system.gatewayUrl, ERQI);
  psb = await Api.login(system.gatewayUrl, PSB);
  procurator = await Api.login(system.gatewayUrl, PROCURATOR);
  bureau = await Api.login(system.gatewayUrl, SUPERVISION_BUREAU);
}, 120_000);
afterAll(async () => system?.stop());

const creditCode = () => creditCodeFrom(`91410100${randomUUID().replace(/-/g, '').slice(0, 9).toUpperCase()}`);

async function postLead(code: string, restricted = false): Promise<string> {
  const response = await jinshui.post<{ leadId: string }>('/api/v1/leads', {
    title: 'Counterfeit power tools stored in a rented warehouse',
    category: 'electromechanical',
    subject: { enterpriseName: 'Zhengzhou Hengli Hardware Co., Ltd.', creditCode: creditCode() },
    location: { jurisdiction: 'jinshui', address: '9 Dongming Road, Jinshui District' },
    summary: 'About 2,000 drills with forged trademarks; value estimated above the criminal threshold.',
    priority: 'high',
    grading: { sourceReliability: 'B', information: 2 },
    handling: { code, noCourtUseWithoutConsent: restricted },
  });
  expect(response.status).toBe(201);
  return response.body.leadId;
}

type Detail = {
  status: string;
  transfer: { stage: string; procuratorateUnitId: string; caseNumber: string; supervisionOutcome: string };
  courtUseConsentRequests: { requestId: string; unitId: string; status: string }[];
  overdue: { kind: string; unitId: string }[];
  history: { type: string }[];
};
const detail = (api: Api, leadId: string) => api.get<Detail>(`/api/v1/leads/${leadId}`);
const act = (api: Api, leadId: string, path: string, body: unknown = {}) =>
  api.post<{ version: number; status: string; title?: string }>(`/api/v1/leads/${leadId}/${path}`, body);

describe('the transfer line end to end', () => {
  let leadId: string;
  let unsupervised: string;

  beforeAll(async () => {
    leadId = await postLead('AMBER', true);
    unsupervised = await postLead('GREEN');
  });

  it('flag → decide; a restricted lead is handed over only with the originator’s recorded consent', async () => {
    expect((await act(jinshui, leadId, 'suspected-crime', { reason: 'value above the criminal threshold' })).status).toBe(200);
    // No escaping the line: a suspected crime cannot be closed before the transfer decision.
    expect((await act(jinshui, leadId, 'close', { outcome: 'resolved' })).status).toBe(409);
    expect((await act(jinshui, leadId, 'transfer-decision', { transfer: true, reasons: 'suspected trademark crime' })).status).toBe(200);
    const handOver = { policeUnitId: 'psb-city', facts: '2,000 drills seized', amountInvolved: 240000 };
    expect((await act(jinshui, leadId, 'hand-over', handOver)).status).toBe(403);
    expect((await act(jinshui, leadId, 'court-use-consents', { unitId: 'psb-city', reason: 'hand-over to the police' })).status).toBe(200);
    const requestId = (await detail(jinshui, leadId)).body.courtUseConsentRequests[0]!.requestId;
    expect((await act(erqi, leadId, `court-use-consents/${requestId}/approve`)).status).toBe(403);
    expect((await act(jinshui, leadId, `court-use-consents/${requestId}/approve`)).status).toBe(200);
    expect((await detail(jinshui, leadId)).body.courtUseConsentRequests[0]).toMatchObject({ unitId: 'psb-city', status: 'approved' });
    expect((await act(psb, leadId, 'hand-over', handOver)).status).toBe(403);
    expect((await act(jinshui, leadId, 'hand-over', handOver)).status).toBe(200);
  });

  it('the police refuse; the agency does not ask for reconsideration: the window closes and nobody is in breach', async () => {
    expect((await act(psb, leadId, 'police-decision', { decision: 'declined', reason: 'insufficient evidence of intent' })).status).toBe(
      200,
    );
    const closed = await eventually(
      () => detail(jinshui, leadId),
      (r) => r.body.history.some((h) => h.type === 'TransferWindowClosed'),
      'the reconsideration window to close',
    );
    expect(closed.body.history.map((h) => h.type)).not.toContain('LeadOverdue');
    expect(closed.body.overdue).toEqual([]);
    const breaches = await jinshui.get<{ items: { leadId: string }[] }>('/api/v1/leads/overdue');
    expect(breaches.status).toBe(200);
    expect(breaches.body.items.filter((i) => i.leadId === leadId)).toEqual([]);
    // Nor in the accountability register the Supervision Bureau reads.
    const register = await bureau.get<{ items: unknown[] }>('/api/v1/accountability?unitId=msb-jinshui');
    expect(register.status).toBe(200);
    expect(JSON.stringify(register.body.items)).not.toContain(leadId);
    // The right has lapsed: a late request for reconsideration is refused.
    expect((await act(jinshui, leadId, 'reconsideration', { reason: 'too late' })).status).toBe(409);
  });

  it('before it is asked, the Procuratorate sees neither this lead nor any other', async () => {
    expect((await detail(procurator, leadId)).status).toBe(403);
    expect((await detail(procurator, unsupervised)).status).toBe(403);
    const list = await procurator.get<{ items: { leadId: string }[] }>('/api/v1/leads/supervision');
    expect(list.status).toBe(200);
    expect(list.body.items.map((i) => i.leadId)).not.toContain(leadId);
    expect((await act(procurator, leadId, 'supervision/answer', { outcome: 'refusal_upheld', reason: 'x' })).status).toBe(403);
  });

  it('the agency asks the Procuratorate for case-filing supervision; only the owner, only a procuratorate unit', async () => {
    const body = { procuratorateUnitId: 'procuratorate-city', reason: 'the refusal ignores the seized goods' };
    expect((await act(erqi, leadId, 'supervision', body)).status).toBe(403);
    expect((await act(jinshui, leadId, 'supervision', { ...body, procuratorateUnitId: 'psb-city' })).status).toBe(400);
    expect((await act(jinshui, leadId, 'supervision', body)).status).toBe(200);
    const supervised = await eventually(
      () => procurator.get<{ items: { leadId: string }[] }>('/api/v1/leads/supervision'),
      (r) => r.status === 200 && r.body.items.some((i) => i.leadId === leadId),
      'the supervised case in the procurator’s list',
    );
    expect(supervised.body.items.map((i) => i.leadId)).not.toContain(unsupervised);
    const seen = await detail(procurator, leadId);
    expect(seen.status).toBe(200);
    expect(seen.body.transfer).toMatchObject({ stage: 'supervision_requested', procuratorateUnitId: 'procuratorate-city' });
    // Still nothing else: the unsupervised lead stays closed to the procurator.
    expect((await detail(procurator, unsupervised)).status).toBe(403);
  });

  it('the procurator requires the police to open the case; the police record the opening; the agency closes it as transferred', async () => {
    // Only the procurator answers; the procurator acts on nothing else.
    expect((await act(jinshui, leadId, 'supervision/answer', { outcome: 'opening_required' })).status).toBe(403);
    expect((await act(procurator, leadId, 'close', { outcome: 'resolved' })).status).toBe(403);
    expect((await act(procurator, leadId, 'supervision/answer', { outcome: 'opening_required' })).status).toBe(200);
    expect((await act(jinshui, leadId, 'police-opening', { caseNumber: 'X' })).status).toBe(403);
    expect((await act(psb, leadId, 'police-opening', { caseNumber: 'ZZ-2026-0301' })).status).toBe(200);
    const opened = await detail(jinshui, leadId);
    expect(opened.body.transfer).toMatchObject({
      stage: 'police_opened',
      caseNumber: 'ZZ-2026-0301',
      supervisionOutcome: 'opening_required',
    });
    expect((await act(jinshui, leadId, 'close', { outcome: 'transferred', summary: 'case opened by the police' })).status).toBe(200);
    expect((await detail(jinshui, leadId)).body.status).toBe('closed');
  });

  it('a decision not to transfer is revisited on new facts, and `transferred` needs a hand-over', async () => {
    const other = await postLead('GREEN');
    await act(jinshui, other, 'suspected-crime', { reason: 'possible threshold' });
    await act(jinshui, other, 'transfer-decision', { transfer: false, reasons: 'below the threshold' });
    expect((await act(jinshui, other, 'close', { outcome: 'transferred' })).status).toBe(400);
    expect((await act(erqi, other, 'transfer-decision/revisit', { newFacts: 'x' })).status).toBe(403);
    expect((await act(jinshui, other, 'transfer-decision/revisit', { newFacts: 'a second warehouse with 5,000 drills' })).status).toBe(200);
    expect((await detail(jinshui, other)).body.transfer.stage).toBe('suspected');
  });

  it('a Procuratorate that does not answer in time is in breach, in the register the Supervision Bureau reads', async () => {
    const late = await postLead('GREEN');
    await act(jinshui, late, 'suspected-crime', { reason: 'value above the threshold' });
    await act(jinshui, late, 'transfer-decision', { transfer: true, reasons: 'suspected crime' });
    await act(jinshui, late, 'hand-over', { policeUnitId: 'psb-city', facts: 'drills seized' });
    await act(psb, late, 'police-decision', { decision: 'declined', reason: 'insufficient evidence' });
    expect((await act(jinshui, late, 'supervision', { procuratorateUnitId: 'procuratorate-city', reason: 'please review' })).status).toBe(
      200,
    );
    const breached = await eventually(
      () => detail(jinshui, late),
      (r) => r.body.overdue.some((o) => o.kind === 'supervision_answer'),
      'the supervision-answer breach',
    );
    expect(breached.body.overdue).toEqual([expect.objectContaining({ kind: 'supervision_answer', unitId: 'procuratorate-city' })]);
    await eventually(
      () => bureau.get<{ items: unknown[] }>('/api/v1/accountability?unitId=procuratorate-city'),
      (r) => r.status === 200 && JSON.stringify(r.body.items).includes(late),
      'the breach in the accountability register',
    );
  });

  it('only procurators list supervised cases', async () => {
    expect((await jinshui.get('/api/v1/leads/supervision')).status).toBe(403);
    expect((await psb.get('/api/v1/leads/supervision')).status).toBe(403);
  });
});
