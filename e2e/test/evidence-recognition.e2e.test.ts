import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { creditCodeFrom } from '@liaison/contracts';
import { compactVerify, createRemoteJWKSet } from 'jose';
import { MongoClient } from 'mongodb';
import { Api, eventually } from '../src/http';
import { startSystem, type System } from '../src/system';

/**
 * Evidence mutual recognition end to end (issue 9), through the gateway's REST API on the real
 * system: Erqi registers a test report for an operation it takes part in and uploads the file;
 * custody passes to the city PSB; recognition is requested from Jinshui and the PSB; Jinshui
 * recognises, the PSB recognises with conditions; the certificate lists both and its JWS
 * verifies with the published JWKS; a stored commit of the item is then edited directly in
 * MongoDB, the integrity endpoint names that commit as the first broken link and a further
 * recognition is refused. An unrelated unit can neither see nor recognise the item, on every
 * read path (AMBER: 403, it may know the item exists; an AMBER+STRICT sample: 404 even to the
 * operation's other units, a pointer in the lead unit's dossier).
 */

let system: System;
let erqi: Api; // officer-erqi-msb-sun: registers the report
let jinshui: Api; // officer-jinshui-msb-zhao: leads the operation
let psb: Api; // officer-city-psb-zhou: city PSB, takes custody
let outsider: Api; // officer-guancheng-msb-ma: another district, takes no part
let admin: Api; // registry only
let anonymous: Api;

beforeAll(async () => {
  system = await startSystem();
  erqi = await Api.login(system.gatewayUrl, 'officer-erqi-msb-sun');
  jinshui = await Api.login(system.gatewayUrl, 'officer-jinshui-msb-zhao');
  psb = await Api.login(system.gatewayUrl, 'officer-city-psb-zhou');
  outsider = await Api.login(system.gatewayUrl, 'officer-guancheng-msb-ma');
  admin = await Api.login(system.gatewayUrl, 'officer-city-lgo-admin');
  anonymous = new Api(system.gatewayUrl);
}, 180_000);
afterAll(async () => system?.stop());

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A small but well-formed PDF: what a lab's test report looks like, recognised as application/pdf from its bytes. */
const REPORT = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj',
    `% Test report ${randomUUID()}: samples 1-12 counterfeit (trademark registration 1234567 not matched)`,
    'trailer << /Root 1 0 R >>',
    '%%EOF',
    '',
  ].join('\n'),
);

type Decision = { unitId: string; status: string; conditions: string[] };
type Detail = {
  evidenceId: string;
  version: number;
  sha256: string;
  custodianUnitId: string;
  recognitionRequests: Array<{ requestId: string; decisions: Decision[] }>;
};
type Problem = { type: string; status: number; detail: string; currentStatus?: string };

/** The multipart upload (content-routes.ts): the `metadata` part (registration JSON with the client's SHA-256), then the `content` part. */
async function upload(api: Api, fields: Record<string, unknown>, file: Buffer, fileName: string) {
  const form = new FormData();
  form.append('metadata', JSON.stringify({ ...fields, sha256: sha256(file) }));
  form.append('content', new Blob([file], { type: 'application/pdf' }), fileName);
  const response = await fetch(`${api.baseUrl}/api/v1/evidence`, {
    method: 'POST',
    headers: { authorization: `Bearer ${api.token}`, accept: 'application/json', 'idempotency-key': randomUUID() },
    body: form,
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

describe('evidence mutual recognition (gateway → evidence ⇄ operations over gRPC and Kafka, content in MongoDB)', () => {
  let operationId: string;
  let evidenceId: string;
  let requestId: string;
  let laterRequestId: string;
  let sampleId: string;

  it('Jinshui runs an operation that Erqi and the city PSB join', async () => {
    const code = creditCodeFrom(`91410100${randomUUID().replace(/-/g, '').slice(0, 9).toUpperCase()}`);
    const proposed = await jinshui.post<{ operationId: string }>(
      '/api/v1/operations',
      {
        title: 'Operation Clean Label',
        objective: 'Seize counterfeit detergent and test samples.',
        targets: [{ subject: { enterpriseName: 'Zhengzhou Baijie Daily Chemicals Co., Ltd.', creditCode: code } }],
        window: { startsAt: inDays(2), endsAt: inDays(3) },
        handling: { code: 'AMBER' },
      },
      { 'idempotency-key': randomUUID() },
    );
    expect(proposed.status).toBe(201);
    operationId = proposed.body.operationId;
    const invited = await jinshui.post(`/api/v1/operations/${operationId}/invitations`, { unitIds: ['msb-erqi', 'psb-city'] });
    expect(invited.status).toBe(200);
    for (const api of [erqi, psb]) {
      await eventually(
        () => api.get<{ items: Array<{ operationId: string }> }>('/api/v1/operations/invitations'),
        (r) => r.body.items?.some((i) => i.operationId === operationId),
        'the invitation',
      );
      expect((await api.post(`/api/v1/operations/${operationId}/join`, {})).status).toBe(200);
    }
    await eventually(
      () => erqi.get<{ invitations: Array<{ status: string }> }>(`/api/v1/operations/${operationId}`),
      (r) => r.status === 200 && r.body.invitations.every((i) => i.status === 'joined'),
      'both units joined',
    );
  });

  it('Erqi registers a test report for the operation and uploads its file', async () => {
    const uploaded = await upload(
      erqi,
      {
        kind: 'test_report',
        title: 'Inspection report 2026-117: detergent samples',
        description: 'Samples 1–12 taken at the Baijie warehouse; trademark not matched.',
        collectedAt: new Date(Date.now() - 3_600_000).toISOString(),
        collectedPlace: 'Baijie warehouse, Erqi District',
        collectionMethod: 'Sampling under the inspection procedure; tested by the city quality lab',
        operationId,
        handling: { code: 'AMBER' },
      },
      REPORT,
      'report-2026-117.pdf',
    );
    expect(uploaded.status).toBe(201);
    evidenceId = String(uploaded.body.evidenceId);
    expect(uploaded.headers.get('location')).toBe(`/api/v1/evidence/${evidenceId}`);

    const item = await erqi.get<Detail & { kind: string; mediaType: string; size: number; ownerUnitId: string }>(
      `/api/v1/evidence/${evidenceId}`,
    );
    expect(item.status).toBe(200);
    expect(item.headers.get('etag')).toBe(`"${item.body.version}"`);
    expect(item.body).toMatchObject({
      kind: 'test_report',
      sha256: sha256(REPORT),
      size: REPORT.length,
      mediaType: 'application/pdf',
      ownerUnitId: 'msb-erqi',
      custodianUnitId: 'msb-erqi',
    });
    // The download re-hashes what it streams and says so.
    const content = await fetch(`${system.gatewayUrl}/api/v1/evidence/${evidenceId}/content`, {
      headers: { authorization: `Bearer ${erqi.token}` },
    });
    expect(content.status).toBe(200);
    expect(content.headers.get('liaison-content-verified')).toBe('true');
    expect(sha256(new Uint8Array(await content.arrayBuffer()))).toBe(sha256(REPORT));

    const mine = await eventually(
      () => erqi.get<{ items: Array<{ evidenceId: string }> }>(`/api/v1/evidence?operationId=${operationId}`),
      (r) => r.body.items?.some((i) => i.evidenceId === evidenceId),
      'the item among my unit’s items',
    );
    expect(mine.status).toBe(200);
    // The operation shows how many of its items the viewer may see: Erqi its own; Jinshui, not
    // yet a party to this AMBER item (it leads the operation, the item is Erqi's), none so far.
    const counted = await eventually(
      () => erqi.get<{ evidenceCount?: number }>(`/api/v1/operations/${operationId}`),
      (r) => r.body.evidenceCount === 1,
      'the evidence count on the operation',
    );
    expect(counted.body.evidenceCount).toBe(1);
    expect((await jinshui.get<{ evidenceCount?: number }>(`/api/v1/operations/${operationId}`)).body.evidenceCount).toBe(0);
  });

  it('custody passes to the city PSB (with If-Match on the version Erqi saw)', async () => {
    const seen = await erqi.get<Detail>(`/api/v1/evidence/${evidenceId}`);
    const stale = await erqi.post(
      `/api/v1/evidence/${evidenceId}/custody`,
      { toUnitId: 'psb-city', toOfficerId: 'officer-city-psb-chen', reason: 'Handed over with the criminal transfer file.' },
      { 'if-match': `"${seen.body.version + 5}"` },
    );
    expect(stale.status).toBe(412);
    const moved = await erqi.post(
      `/api/v1/evidence/${evidenceId}/custody`,
      { toUnitId: 'psb-city', toOfficerId: 'officer-city-psb-chen', reason: 'Handed over with the criminal transfer file.' },
      { 'if-match': seen.headers.get('etag')!, 'idempotency-key': `custody-${evidenceId}` },
    );
    expect(moved.status).toBe(200);
    expect(moved.headers.get('etag')).toBe(`"${seen.body.version + 1}"`);
    const item = await psb.get<Detail>(`/api/v1/evidence/${evidenceId}`);
    expect(item.status).toBe(200);
    expect(item.body.custodianUnitId).toBe('psb-city');
  });

  it('Erqi asks Jinshui and the PSB to recognise it; each answers once', async () => {
    const asked = await erqi.post<{ requestId: string }>(
      `/api/v1/evidence/${evidenceId}/recognition-requests`,
      { targetUnitIds: ['msb-jinshui', 'psb-city'], purpose: 'criminal_transfer', note: 'For the transfer of the Baijie case.' },
      { 'idempotency-key': `request-${evidenceId}` },
    );
    expect(asked.status).toBe(200);
    requestId = asked.body.requestId;
    expect(requestId).toMatch(/^recognition-/);
    // A unit that takes no part in the operation cannot be asked.
    const notParty = await erqi.post<Problem>(`/api/v1/evidence/${evidenceId}/recognition-requests`, {
      targetUnitIds: ['msb-guancheng'],
      purpose: 'criminal_transfer',
    });
    expect(notParty.status).toBe(400);

    for (const api of [jinshui, psb]) {
      await eventually(
        () => api.get<{ items: Array<{ evidenceId: string; requestId: string }> }>('/api/v1/evidence/recognition-requests'),
        (r) => r.body.items?.some((i) => i.requestId === requestId),
        'the request awaiting the unit',
      );
    }
    // Asked, Jinshui is a party: it sees the item and counts it.
    expect((await jinshui.get(`/api/v1/evidence/${evidenceId}`)).status).toBe(200);
    await eventually(
      () => jinshui.get<{ evidenceCount?: number }>(`/api/v1/operations/${operationId}`),
      (r) => r.body.evidenceCount === 1,
      'Jinshui’s evidence count once asked',
    );
    const base = `/api/v1/evidence/${evidenceId}/recognition-requests/${requestId}`;
    expect((await jinshui.post(`${base}/recognise`, { note: 'Sampling procedure checked.' })).status).toBe(200);
    const conditional = await psb.post(`${base}/recognise-with-conditions`, {
      conditions: ['The lab’s accreditation certificate is added to the file', 'Samples stay sealed until the trial'],
    });
    expect(conditional.status).toBe(200);

    const again = await jinshui.post<Problem>(`${base}/reject`, { reason: 'Changed our mind' });
    expect(again.status).toBe(409);
    const item = await erqi.get<Detail>(`/api/v1/evidence/${evidenceId}`);
    expect(item.body.recognitionRequests.find((r) => r.requestId === requestId)?.decisions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ unitId: 'msb-jinshui', status: 'recognised' }),
        expect.objectContaining({
          unitId: 'psb-city',
          status: 'recognised_with_conditions',
          conditions: expect.arrayContaining(['Samples stay sealed until the trial']),
        }),
      ]),
    );
    await eventually(
      () => jinshui.get<{ items: Array<{ requestId: string }> }>('/api/v1/evidence/recognition-requests'),
      (r) => r.status === 200 && !r.body.items.some((i) => i.requestId === requestId),
      'the answered request to leave Jinshui’s list',
    );

    const timeline = await psb.get<{ entries: Array<{ category: string; type: string; unitId: string }> }>(
      `/api/v1/evidence/${evidenceId}/timeline`,
    );
    expect(timeline.status).toBe(200);
    expect(timeline.body.entries.map((e) => e.category)).toEqual(expect.arrayContaining(['registration', 'custody', 'recognition']));
  });

  it('the certificate lists both decisions and its JWS verifies with the published keys', async () => {
    const certificate = await jinshui.get<{ certificate: Record<string, unknown>; jws: string; keyId: string }>(
      `/api/v1/evidence/${evidenceId}/certificate`,
    );
    expect(certificate.status).toBe(200);
    const text = JSON.stringify(certificate.body.certificate);
    expect(text).toContain(sha256(REPORT));
    expect(text).toContain('msb-jinshui');
    expect(text).toContain('recognised_with_conditions');
    expect(text).toContain('Samples stay sealed until the trial');

    // Offline verification: the JWKS needs no token.
    const keys = await anonymous.get<{ keys: Array<{ kid: string }> }>('/api/v1/evidence/certificate-keys');
    expect(keys.status).toBe(200);
    expect(keys.body.keys.map((k) => k.kid)).toContain(certificate.body.keyId);
    const jwks = createRemoteJWKSet(new URL(`${system.gatewayUrl}/api/v1/evidence/certificate-keys`));
    const verified = await compactVerify(certificate.body.jws, jwks);
    expect(JSON.parse(new TextDecoder().decode(verified.payload))).toEqual(certificate.body.certificate);
    // A changed certificate does not verify.
    const [header, , signature] = certificate.body.jws.split('.');
    const forged = Buffer.from(JSON.stringify({ ...certificate.body.certificate, forged: true })).toString('base64url');
    await expect(compactVerify(`${header}.${forged}.${signature}`, jwks)).rejects.toThrow();

    const pdf = await fetch(`${system.gatewayUrl}/api/v1/evidence/${evidenceId}/certificate`, {
      headers: { authorization: `Bearer ${psb.token}`, accept: 'application/pdf' },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toMatch(/^application\/pdf/);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('the integrity endpoint finds the history intact', async () => {
    const integrity = await erqi.get<{ intact: boolean; head: string }>(`/api/v1/evidence/${evidenceId}/integrity`);
    expect(integrity.status).toBe(200);
    expect(integrity.body).toMatchObject({ intact: true });
    expect(integrity.body.head).toMatch(/^[0-9a-f]{64}$/);
  });

  it('an unrelated unit can neither see nor recognise the item, on any path; the admin reads no evidence', async () => {
    // A later request, still pending, for the tamper test below.
    const later = await erqi.post<{ requestId: string }>(`/api/v1/evidence/${evidenceId}/recognition-requests`, {
      targetUnitIds: ['msb-jinshui'],
      purpose: 'administrative_penalty',
    });
    expect(later.status).toBe(200);
    laterRequestId = later.body.requestId;

    for (const path of [
      `/api/v1/evidence/${evidenceId}`,
      `/api/v1/evidence/${evidenceId}/timeline`,
      `/api/v1/evidence/${evidenceId}/certificate`,
      `/api/v1/evidence/${evidenceId}/integrity`,
      `/api/v1/evidence/${evidenceId}/content`,
    ]) {
      // AMBER: the unit may know the item exists (403), never what it holds (docs/security-model.md).
      const denied = await outsider.get<Problem>(path);
      expect({ path, status: denied.status }).toEqual({ path, status: 403 });
      expect(JSON.stringify(denied.body)).not.toContain(sha256(REPORT));
    }
    const pdf = await outsider.get<Problem>(`/api/v1/evidence/${evidenceId}/certificate`, { accept: 'application/pdf' });
    expect(pdf.status).toBe(403);
    const list = await outsider.get<{ items: Array<{ evidenceId: string }> }>(`/api/v1/evidence?operationId=${operationId}`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((i) => i.evidenceId)).not.toContain(evidenceId);
    const awaiting = await outsider.get<{ items: Array<{ evidenceId: string }> }>('/api/v1/evidence/recognition-requests');
    expect(awaiting.body.items.map((i) => i.evidenceId)).not.toContain(evidenceId);
    expect((await outsider.get(`/api/v1/evidence/dossiers/${operationId}`)).status).toBe(403);

    const base = `/api/v1/evidence/${evidenceId}/recognition-requests/${laterRequestId}`;
    expect((await outsider.post(`${base}/recognise`, {})).status).toBe(403);
    expect((await outsider.post(`${base}/recognise-with-conditions`, { conditions: ['none'] })).status).toBe(403);
    expect((await outsider.post(`/api/v1/evidence/${evidenceId}/integrity-checks`, { sha256: sha256(REPORT) })).status).toBe(403);
    // An item it does not know is 404, as for anyone.
    expect((await outsider.get('/api/v1/evidence/evidence-00000000-0000-4000-8000-000000000000')).status).toBe(404);

    expect((await admin.get(`/api/v1/evidence/${evidenceId}`)).status).toBe(403);
    expect((await admin.get('/api/v1/evidence')).status).toBe(403);
    expect((await anonymous.get(`/api/v1/evidence/${evidenceId}`)).status).toBe(401);
  });

  it('a physical sample registered as JSON, AMBER+STRICT: units that take no part in it get 404 on every read path', async () => {
    const registered = await erqi.post<{ evidenceId: string }>(
      '/api/v1/evidence',
      {
        kind: 'physical_sample',
        title: 'Sealed carton of 24 bottles, sample 7',
        collectedAt: new Date(Date.now() - 7_200_000).toISOString(),
        collectedPlace: 'Baijie warehouse, bay 3',
        collectionMethod: 'Seized under seal 2026-117-7',
        operationId,
        handling: { code: 'AMBER+STRICT' },
      },
      { 'idempotency-key': randomUUID() },
    );
    expect(registered.status).toBe(201);
    sampleId = registered.body.evidenceId;
    expect((await erqi.get<Detail>(`/api/v1/evidence/${sampleId}`)).body).toMatchObject({ kind: 'physical_sample', sha256: '' });
    // Jinshui leads the operation but takes no part in this item; the PSB took custody of the report only.
    for (const api of [outsider, jinshui, psb]) {
      for (const path of [
        `/api/v1/evidence/${sampleId}`,
        `/api/v1/evidence/${sampleId}/timeline`,
        `/api/v1/evidence/${sampleId}/certificate`,
        `/api/v1/evidence/${sampleId}/integrity`,
        `/api/v1/evidence/${sampleId}/content`,
      ]) {
        const denied = await api.get<Problem>(path);
        expect({ path, status: denied.status }).toEqual({ path, status: 404 });
      }
      expect(
        (
          await api.post(`/api/v1/evidence/${sampleId}/custody`, {
            toUnitId: 'psb-city',
            toOfficerId: 'officer-city-psb-chen',
            reason: 'x',
          })
        ).status,
      ).toBe(404);
    }
    await eventually(
      () => erqi.get<{ evidenceCount?: number }>(`/api/v1/operations/${operationId}`),
      (r) => r.body.evidenceCount === 2,
      'Erqi counting both items',
    );
    expect((await jinshui.get<{ evidenceCount?: number }>(`/api/v1/operations/${operationId}`)).body.evidenceCount).toBe(1);
  });

  it('the dossier of the concluded operation lists the item and each unit’s recognition status', async () => {
    expect((await jinshui.get(`/api/v1/evidence/dossiers/${operationId}`)).status).toBe(404); // not concluded yet
    expect((await jinshui.post(`/api/v1/operations/${operationId}/launch`, {})).status).toBe(200);
    expect(
      (await jinshui.post(`/api/v1/operations/${operationId}/conclude`, { summary: 'Warehouse closed, 1,200 bottles seized.' })).status,
    ).toBe(200);
    const dossier = await eventually(
      () =>
        jinshui.get<{
          items: Array<{
            evidenceId: string;
            pointerOnly: boolean;
            ownerUnitId: string;
            handlingCode: string;
            recognitions: Array<{ unitId: string; status: string }>;
          }>;
        }>(`/api/v1/evidence/dossiers/${operationId}`),
      (r) => r.status === 200 && r.body.items.some((i) => i.evidenceId === evidenceId) && r.body.items.length === 2,
      'the dossier',
    );
    expect(dossier.body.items.find((i) => i.evidenceId === evidenceId)?.recognitions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ unitId: 'msb-jinshui', status: 'recognised' }),
        expect.objectContaining({ unitId: 'psb-city', status: 'recognised_with_conditions' }),
      ]),
    );
    // The AMBER+STRICT sample: a pointer (whom to call) for the operation's lead unit, nothing for the PSB.
    const sample = dossier.body.items.filter((i) => i.evidenceId !== evidenceId);
    expect(sample).toEqual([
      expect.objectContaining({ evidenceId: '', pointerOnly: true, ownerUnitId: 'msb-erqi', handlingCode: 'AMBER+STRICT' }),
    ]);
    const psbDossier = await psb.get<{ items: Array<{ evidenceId: string; pointerOnly: boolean }> }>(
      `/api/v1/evidence/dossiers/${operationId}`,
    );
    expect(psbDossier.body.items).toEqual([expect.objectContaining({ evidenceId, pointerOnly: false })]);
    expect((await outsider.get(`/api/v1/evidence/dossiers/${operationId}`)).status).toBe(403);
  });

  it('a commit edited in MongoDB is named as the first broken link, and recognition is refused from then on', async () => {
    const mongo = await MongoClient.connect(process.env.MONGODB_URI!);
    try {
      const commits = mongo.db(`evidence_${system.runId}`).collection('event_commits');
      const stored = await commits.find({ streamId: evidenceId }).sort({ version: 1 }).toArray();
      // The custody transfer's commit: someone rewrites who received the item.
      const victim = stored.find((c) => (c.events as Array<{ type: string }>)[0]?.type === 'CustodyTransferred');
      expect(victim).toBeDefined();
      const events = (victim!.events as Array<{ data: Record<string, unknown> }>).map((e, i) =>
        i === 0 ? { ...e, data: { ...e.data, toOfficerId: 'officer-city-psb-zhou' } } : e,
      );
      const edit = await commits.updateOne({ _id: victim!._id }, { $set: { events } });
      expect(edit.modifiedCount).toBe(1);

      const integrity = await erqi.get<{ intact: boolean; firstBrokenLink: { version: number; commitId: string; reason: string } }>(
        `/api/v1/evidence/${evidenceId}/integrity`,
      );
      expect(integrity.status).toBe(200);
      expect(integrity.body.intact).toBe(false);
      expect(integrity.body.firstBrokenLink).toMatchObject({
        version: victim!.version,
        commitId: String(victim!._id),
        reason: 'hash-mismatch',
      });
    } finally {
      await mongo.close();
    }

    const refused = await jinshui.post<Problem>(`/api/v1/evidence/${evidenceId}/recognition-requests/${laterRequestId}/recognise`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/hash-chain|chain/);
  });
});
