import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { loadDirectory, protoFile } from '@liaison/contracts';
import { createLogger, InvalidTransitionError, NotFoundError, UnavailableError } from '@liaison/platform';
import { FakeGrpcServer } from '@liaison/platform/testing';
import { createGatewayApp } from '../src/app';
import { createDevAuthenticator } from '../src/auth/authenticator';
import { inMemoryOfficers } from '../src/directory/officer-lookup';
import { COUNT_DEADLINE_MS } from '../src/evidence/counts';
import type { EvidencePort } from '../src/evidence/evidence-port';
import { createGrpcEvidencePort, EVIDENCE_SERVICE } from '../src/evidence/grpc-evidence';
import { commandIdFor } from '../src/http/idempotency';
import { createGrpcLeadsPort } from '../src/leads/grpc-leads';
import type { LeadsPort } from '../src/leads/leads-port';
import { createGrpcOperationsPort } from '../src/operations/grpc-operations';
import type { OperationsPort } from '../src/operations/operations-port';
import { FakeLeadsServer, lead } from './fake-leads-server';
import { FakeOperationsServer, operation } from './fake-operations-server';

/**
 * /api/v1/evidence over a real gRPC server faking EvidenceService: the REST ↔ rpc mapping, the
 * conventions (roles, problem+json, ETag / If-Match, Idempotency-Key, pagination), the public
 * certificate keys, the certificate's JSON and PDF, and evidence counts on lead and operation
 * details (left out, never failing the read, when the evidence service does not answer).
 */

const EVIDENCE_RPCS = [
  'RegisterEvidence',
  'RecordCustodyTransfer',
  'AttachTestReport',
  'RequestRecognition',
  'Recognise',
  'RejectRecognition',
  'RecogniseWithConditions',
  'RevokeRecognition',
  'RecordCourtUseConsent',
  'VerifyIntegrity',
  'GetEvidence',
  'ListEvidence',
  'ListRecognitionRequests',
  'GetEvidenceTimeline',
  'GetDossier',
  'CountEvidence',
  'GetRecognitionCertificate',
  'GetCertificateKeys',
] as const;

const ITEM = 'evidence-0b7e7f7a-3f7e-4c2b-9a55-0d1c2b3a4f5e';
const OPERATION = 'operation-1a2b3c4d-0000-4000-8000-000000000001';
const LEAD = 'lead-1a2b3c4d-0000-4000-8000-000000000002';
const JWKS = JSON.stringify({ keys: [{ kty: 'OKP', crv: 'Ed25519', x: 'abc', kid: 'k1', alg: 'EdDSA', use: 'sig' }] });

/** Erqi's item, in the custody of the city PSB, with a request to Jinshui: who may act on it. */
const item = (version = 4) => ({
  evidenceId: ITEM,
  version,
  status: 'registered',
  kind: 'test_report',
  ownerUnitId: 'msb-erqi',
  collectedByUnitId: 'msb-erqi',
  custodianUnitId: 'psb-city',
  custody: [{ fromUnitId: 'msb-erqi', toUnitId: 'psb-city' }],
  recognitionRequests: [{ requestId: 'recognition-0123456789abcdef01', decisions: [{ unitId: 'msb-jinshui', status: 'pending' }] }],
  handling: { code: 'AMBER' },
});

class FakeEvidenceServer extends FakeGrpcServer<(typeof EVIDENCE_RPCS)[number]> {
  constructor() {
    super({
      protoPath: protoFile('evidence'),
      serviceName: EVIDENCE_SERVICE,
      rpcs: EVIDENCE_RPCS,
      publicRpcs: ['GetCertificateKeys'],
      // The content streams are content-routes.ts's, tested with the real service.
      streamingImplementation: {
        UploadEvidence: async () => {
          throw new UnavailableError('no content in this fake');
        },
        DownloadEvidenceContent: async function* () {
          throw new UnavailableError('no content in this fake');
        },
      },
      answer: (method, req) => this.answer(method, req),
    });
  }

  private answer(method: string, req: Record<string, unknown>): unknown {
    const second = Boolean((req.page as { cursor?: string } | undefined)?.cursor);
    switch (method) {
      case 'GetEvidence':
        if (req.evidenceId !== ITEM) throw new NotFoundError('evidence', String(req.evidenceId));
        return item();
      case 'ListEvidence':
        return { items: [{ evidenceId: ITEM, version: 4, title: 't' }], page: { nextCursor: second ? '' : 'cursor-2' } };
      case 'ListRecognitionRequests':
        return { requests: [{ evidenceId: ITEM, requestId: 'recognition-0123456789abcdef01' }], page: { nextCursor: '' } };
      case 'GetEvidenceTimeline':
        return { evidenceId: ITEM, entries: [{ version: 1, category: 'registration', type: 'EvidenceRegistered' }] };
      case 'GetDossier':
        return { operationId: req.operationId, concludedAt: '2026-06-02T00:00:00.000Z', items: [] };
      case 'CountEvidence':
        return { counts: (req.recordIds as string[]).map((recordId) => ({ recordId, count: 2 })) };
      case 'GetRecognitionCertificate':
        return { json: '{"evidenceId":"x","decisions":[]}', jws: 'h.p.s', pdf: Buffer.from('%PDF-1.7 certificate'), keyId: 'k1' };
      case 'GetCertificateKeys':
        return { jwksJson: JWKS };
      case 'RegisterEvidence':
        return this.command(req, ITEM, 0, () => ({ evidenceId: ITEM, version: 1, status: 'registered' }));
      default:
        return this.command(req, String(req.evidenceId), req.evidenceId === ITEM ? 4 : null, () => ({
          evidenceId: ITEM,
          version: 5,
          status: 'registered',
          ...(method === 'RequestRecognition' ? { requestId: 'recognition-00000000000000000a' } : {}),
          ...(method === 'VerifyIntegrity' ? { integrity: 'mismatch' } : {}),
        }));
    }
  }
}

const directory = loadDirectory();
const fake = new FakeEvidenceServer();
const leadsFake = new FakeLeadsServer();
const operationsFake = new FakeOperationsServer();
let leads: LeadsPort;
let operations: OperationsPort;
let evidence: EvidencePort;
let server: Server;
let base: string;
const tokens: Record<string, string> = {};

const WANG = 'officer-erqi-msb-wang'; // msb-erqi: registered the item
const LI = 'officer-jinshui-msb-li'; // msb-jinshui: asked to recognise
const MA = 'officer-guancheng-msb-ma'; // msb-guancheng: no part in it
const ADMIN = 'officer-city-lgo-admin';
const auth = createDevAuthenticator({ officers: inMemoryOfficers(directory), audience: 'liaison', ttlSeconds: 300 });

beforeAll(async () => {
  leads = createGrpcLeadsPort(`127.0.0.1:${await leadsFake.start()}`, { deadlineMs: 5_000 });
  operations = createGrpcOperationsPort(`127.0.0.1:${await operationsFake.start()}`, { deadlineMs: 5_000 });
  evidence = createGrpcEvidencePort(`127.0.0.1:${await fake.start()}`, { deadlineMs: 5_000 });
  const app = createGatewayApp({
    config: { SERVICE_VERSION: 'test', AUTH_MODE: 'dev' },
    logger: createLogger('t', { level: 'silent' }),
    leads,
    operations,
    evidence,
    directory,
    auth,
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const officerId of [WANG, LI, MA, ADMIN]) tokens[officerId] = (await auth.issue!(officerId))!.accessToken;
});

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  for (const port of [leads, operations, evidence]) port?.close();
  await Promise.all([fake.stop(), leadsFake.stop(), operationsFake.stop()]);
});

beforeEach(() => {
  fake.reset();
  operationsFake.reset();
  operationsFake.operations.set(OPERATION, operation(OPERATION, 'AMBER', 'msb-jinshui', ['msb-erqi']));
});

interface Sent {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
  bytes: Buffer;
}

async function send(method: string, path: string, options: { as?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.as) headers.authorization = `Bearer ${tokens[options.as]}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${base}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  const json = /json/.test(res.headers.get('content-type') ?? '') && bytes.length > 0;
  return {
    status: res.status,
    headers: res.headers,
    body: json ? (JSON.parse(bytes.toString()) as Record<string, unknown>) : {},
    bytes,
  } satisfies Sent;
}

const expectProblem = (res: Sent, status: number) => {
  expect({ status: res.status, body: res.body }).toMatchObject({ status, body: { status } });
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
};
const issuePaths = (res: Sent) => ((res.body.issues as { path: string }[] | undefined) ?? []).map((issue) => issue.path).sort();

const sample = {
  kind: 'physical_sample',
  title: 'Sealed bottle, sample 3',
  collectedAt: '2026-06-01T10:00:00+08:00',
  collectedPlace: 'Warehouse 7',
  collectionMethod: 'Sampling under seal',
  operationId: OPERATION,
  handling: { code: 'AMBER' },
};

describe('POST /api/v1/evidence (JSON: an item without stored content)', () => {
  it('registers with the caller in metadata and the command id from Idempotency-Key: 201, Location, ETag', async () => {
    const res = await send('POST', '/api/v1/evidence', { as: WANG, body: sample, headers: { 'idempotency-key': 'sample-3' } });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ evidenceId: ITEM, version: 1, status: 'registered' });
    expect(res.headers.get('location')).toBe(`/api/v1/evidence/${ITEM}`);
    expect(res.headers.get('etag')).toBe('"1"');
    const [call] = fake.callsOf('RegisterEvidence');
    expect(call!.actor).toMatchObject({ officerId: WANG, unitId: 'msb-erqi' });
    expect(call!.request).toMatchObject({
      ...sample,
      commandId: commandIdFor(WANG, 'sample-3'),
      leadId: '',
      sha256: '',
      storageRef: '',
      handling: { code: 'AMBER', noCourtUseWithoutConsent: false, namedOfficerIds: [] },
    });
  });

  it('400 naming each field (no linked record, unknown kind, unknown officer, unknown field); nothing sent', async () => {
    const bad = await send('POST', '/api/v1/evidence', {
      as: WANG,
      body: { ...sample, operationId: undefined, kind: 'rumour', collectedAt: 'yesterday', storageRef: 'gridfs:1' },
    });
    expectProblem(bad, 400);
    expect(issuePaths(bad)).toEqual(['(root)', 'collectedAt', 'kind']);
    const both = await send('POST', '/api/v1/evidence', { as: WANG, body: { ...sample, leadId: LEAD } });
    expectProblem(both, 400);
    const refs = await send('POST', '/api/v1/evidence', { as: WANG, body: { ...sample, collectedByOfficerId: 'ghost' } });
    expectProblem(refs, 400);
    expect(refs.body.issues).toEqual([{ path: 'collectedByOfficerId', message: 'unknown officer "ghost"' }]);
    expect(fake.calls).toHaveLength(0);
  });

  it('a body in another format is 415; readers without the act role (analysts, admins) are 403', async () => {
    const res = await fetch(`${base}/api/v1/evidence`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[WANG]}`, 'content-type': 'text/plain' },
      body: 'a bottle',
    });
    expect(res.status).toBe(415);
    expectProblem(await send('POST', '/api/v1/evidence', { as: ADMIN, body: sample }), 403);
    expect(fake.calls).toHaveLength(0);
  });
});

describe('commands on an item', () => {
  it('custody: If-Match pins the version, Idempotency-Key retries answer the first result', async () => {
    const body = { toUnitId: 'psb-city', toOfficerId: 'officer-city-psb-chen', reason: 'Criminal transfer' };
    const stale = await send('POST', `/api/v1/evidence/${ITEM}/custody`, { as: WANG, body, headers: { 'if-match': '"3"' } });
    expectProblem(stale, 412);
    const done = await send('POST', `/api/v1/evidence/${ITEM}/custody`, {
      as: WANG,
      body,
      headers: { 'if-match': '"4"', 'idempotency-key': 'c1' },
    });
    expect(done.status).toBe(200);
    expect(done.headers.get('etag')).toBe('"5"');
    const again = await send('POST', `/api/v1/evidence/${ITEM}/custody`, {
      as: WANG,
      body,
      headers: { 'if-match': '"4"', 'idempotency-key': 'c1' },
    });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(fake.callsOf('RecordCustodyTransfer')[1]!.request).toMatchObject({ evidenceId: ITEM, ifMatchVersion: 4, ...body, at: '' });
    const unknown = await send('POST', `/api/v1/evidence/${ITEM}/custody`, { as: WANG, body: { ...body, toUnitId: 'psb-atlantis' } });
    expect(unknown.body.issues).toEqual([{ path: 'toUnitId', message: 'unknown unit "psb-atlantis"' }]);
  });

  it('recognition: the request answers its requestId; a target unit answers by request id; a conflict is 409', async () => {
    const asked = await send('POST', `/api/v1/evidence/${ITEM}/recognition-requests`, {
      as: WANG,
      body: { targetUnitIds: ['msb-jinshui'], purpose: 'court' },
    });
    expect(asked.body).toEqual({ evidenceId: ITEM, version: 5, status: 'registered', requestId: 'recognition-00000000000000000a' });
    const path = `/api/v1/evidence/${ITEM}/recognition-requests/recognition-0123456789abcdef01`;
    expect((await send('POST', `${path}/recognise-with-conditions`, { as: LI, body: { conditions: ['Keep sealed'] } })).status).toBe(200);
    expect(fake.callsOf('RecogniseWithConditions')[0]!.request).toMatchObject({
      requestId: 'recognition-0123456789abcdef01',
      conditions: ['Keep sealed'],
    });
    expectProblem(await send('POST', `${path}/recognise-with-conditions`, { as: LI, body: { conditions: [] } }), 400);
    fake.next('Recognise', () => {
      throw new InvalidTransitionError('the recorded history fails hash-chain verification', 'chain_broken');
    });
    const refused = await send('POST', `${path}/recognise`, { as: LI, body: {} });
    expectProblem(refused, 409);
    expect(refused.body.detail).toMatch(/hash-chain/);
  });

  it('integrity check answers verified | mismatch; a malformed hash is 400', async () => {
    const checked = await send('POST', `/api/v1/evidence/${ITEM}/integrity-checks`, { as: WANG, body: { sha256: 'a'.repeat(64) } });
    expect(checked.body).toMatchObject({ integrity: 'mismatch' });
    expectProblem(await send('POST', `/api/v1/evidence/${ITEM}/integrity-checks`, { as: WANG, body: { sha256: 'abc' } }), 400);
  });

  it('a unit that takes no part is refused before the command (403; 404 when the item is hidden from it)', async () => {
    expectProblem(await send('POST', `/api/v1/evidence/${ITEM}/court-use-consent`, { as: MA, body: { unitIds: ['msb-jinshui'] } }), 403);
    expect(fake.callsOf('RecordCourtUseConsent')).toHaveLength(0);
    const hidden = 'evidence-00000000-0000-4000-8000-000000000009';
    expectProblem(await send('POST', `/api/v1/evidence/${hidden}/test-reports`, { as: MA, body: { reportEvidenceId: ITEM } }), 404);
  });
});

describe('reads', () => {
  it('item with ETag and 304; timeline; dossier; my items and awaiting requests paginated', async () => {
    const got = await send('GET', `/api/v1/evidence/${ITEM}`, { as: LI });
    expect(got.status).toBe(200);
    expect(got.headers.get('etag')).toBe('"4"');
    expect((await send('GET', `/api/v1/evidence/${ITEM}`, { as: LI, headers: { 'if-none-match': '"4"' } })).status).toBe(304);
    expect((await send('GET', `/api/v1/evidence/${ITEM}/timeline`, { as: LI })).body).toMatchObject({ evidenceId: ITEM });
    expect((await send('GET', `/api/v1/evidence/dossiers/${OPERATION}`, { as: LI })).body).toMatchObject({ operationId: OPERATION });
    expectProblem(await send('GET', '/api/v1/evidence/dossiers/not-an-operation', { as: LI }), 400);

    const mine = await send('GET', `/api/v1/evidence?kind=test_report&operationId=${OPERATION}&limit=1`, { as: WANG });
    expect(mine.body).toEqual({ items: [expect.objectContaining({ evidenceId: ITEM })], nextCursor: 'cursor-2' });
    expect(mine.headers.get('link')).toContain('cursor=cursor-2');
    expect(fake.callsOf('ListEvidence')[0]!.request).toMatchObject({
      kind: 'test_report',
      operationId: OPERATION,
      leadId: '',
      page: { pageSize: 1 },
    });
    const awaiting = await send('GET', '/api/v1/evidence/recognition-requests', { as: LI });
    expect(awaiting.body).toEqual({ items: [expect.objectContaining({ requestId: 'recognition-0123456789abcdef01' })], nextCursor: null });
    expectProblem(await send('GET', '/api/v1/evidence?kind=rumour', { as: WANG }), 400);
  });

  it('denials: the service’s NOT_FOUND is 404 on every read; admins 403; no token 401', async () => {
    const hidden = 'evidence-00000000-0000-4000-8000-000000000009';
    for (const path of [`/${hidden}`, `/${hidden}/timeline`, `/${hidden}/certificate`]) {
      const rpc = path.endsWith('timeline') ? 'GetEvidenceTimeline' : path.endsWith('certificate') ? 'GetRecognitionCertificate' : null;
      if (rpc)
        fake.next(rpc, () => {
          throw new NotFoundError('evidence', hidden);
        });
      expectProblem(await send('GET', `/api/v1/evidence${path}`, { as: MA }), 404);
    }
    fake.next('GetDossier', () => {
      throw new NotFoundError('operation', OPERATION);
    });
    expectProblem(await send('GET', `/api/v1/evidence/dossiers/${OPERATION}`, { as: MA }), 404);
    for (const path of [`/${ITEM}`, '', '/recognition-requests', `/${ITEM}/timeline`, `/${ITEM}/certificate`, `/dossiers/${OPERATION}`])
      expectProblem(await send('GET', `/api/v1/evidence${path}`, { as: ADMIN }), 403);
    expectProblem(await send('GET', `/api/v1/evidence/${ITEM}`), 401);
  });

  it('certificate: JSON by default, the PDF with Accept: application/pdf, 406 otherwise', async () => {
    const json = await send('GET', `/api/v1/evidence/${ITEM}/certificate`, { as: LI });
    expect(json.body).toEqual({ certificate: { evidenceId: 'x', decisions: [] }, jws: 'h.p.s', keyId: 'k1' });
    const pdf = await send('GET', `/api/v1/evidence/${ITEM}/certificate`, { as: LI, headers: { accept: 'application/pdf' } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.bytes.toString()).toBe('%PDF-1.7 certificate');
    expectProblem(await send('GET', `/api/v1/evidence/${ITEM}/certificate`, { as: LI, headers: { accept: 'image/png' } }), 406);
  });

  it('certificate keys are public: no token, no identity sent', async () => {
    const keys = await send('GET', '/api/v1/evidence/certificate-keys');
    expect(keys.status).toBe(200);
    expect(keys.headers.get('content-type')).toMatch(/^application\/jwk-set\+json/);
    expect(keys.body).toEqual(JSON.parse(JWKS));
    expect(fake.callsOf('GetCertificateKeys')[0]!.actor).toBeNull();
  });
});

describe('evidence counts on lead and operation details', () => {
  it('adds the count the viewer may see to an operation', async () => {
    const res = await send('GET', `/api/v1/operations/${OPERATION}`, { as: LI });
    expect(res.status).toBe(200);
    expect(res.body.evidenceCount).toBe(2);
    const [call] = fake.callsOf('CountEvidence');
    expect(call!.request.recordIds).toEqual([OPERATION]);
    expect(call!.actor).toMatchObject({ officerId: LI });
  });

  it('an evidence outage leaves the count out and the read succeeds', async () => {
    fake.next('CountEvidence', () => {
      throw new UnavailableError('evidence store down');
    });
    const res = await send('GET', `/api/v1/operations/${OPERATION}`, { as: LI });
    expect(res.status).toBe(200);
    expect(res.body.operationId).toBe(OPERATION);
    expect(res.body).not.toHaveProperty('evidenceCount');
  });

  it('adds the count to a lead too; a detail with a count is never a 304 (the count changes without the version)', async () => {
    leadsFake.leads.set(LEAD, lead(LEAD, 'AMBER', 'msb-jinshui', []));
    const res = await send('GET', `/api/v1/leads/${LEAD}`, { as: LI });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ leadId: LEAD, evidenceCount: 2 });
    expect(res.headers.get('etag')).toBe('"3"');
    const revalidated = await send('GET', `/api/v1/leads/${LEAD}`, { as: LI, headers: { 'if-none-match': '"3"' } });
    expect(revalidated.status).toBe(200);
    expect(revalidated.body.evidenceCount).toBe(2);
    // Without the evidence service's answer it is the lead alone again, and 304 as ever.
    fake.next('CountEvidence', () => {
      throw new UnavailableError('evidence store down');
    });
    expect((await send('GET', `/api/v1/leads/${LEAD}`, { as: LI, headers: { 'if-none-match': '"3"' } })).status).toBe(304);
    leadsFake.leads.delete(LEAD);
  });

  it('an evidence service that does not answer within the count deadline leaves the count out', async () => {
    fake.next('CountEvidence', async () => {
      await new Promise((resolve) => setTimeout(resolve, COUNT_DEADLINE_MS * 3));
      return { counts: [] };
    });
    const res = await send('GET', `/api/v1/operations/${OPERATION}`, { as: LI });
    expect(res.status).toBe(200);
    expect(res.body).not.toHaveProperty('evidenceCount');
  });

  it('a lead the viewer may not read is its 404 alone, the count discarded', async () => {
    const res = await send('GET', `/api/v1/leads/${LEAD}`, { as: LI });
    expect(res.status).toBe(404);
    expect(res.body).not.toHaveProperty('evidenceCount');
  });
});
