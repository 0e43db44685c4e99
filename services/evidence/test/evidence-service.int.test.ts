import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Actor, proto } from '@liaison/contracts';
import {
  type ClientMethods,
  COMMITS_COLLECTION,
  createGrpcClient,
  type GrpcClient,
  integrityServiceDefinition,
  type LiaisonError,
} from '@liaison/platform';
import { until } from '@liaison/platform/testing';
import { operationsServiceDefinition } from '../../operations/src/api/grpc';
import { evidenceServiceDefinition } from '../src/api/grpc';
import { verifyCertificate } from '../src/certificate/certificate';
import { type EvidenceSystem, startEvidenceUnderTest, stopEvidenceUnderTest } from './evidence-under-test';

/**
 * The evidence service on Kafka and FerretDB beside the real leads and operations services (issue 9):
 * Erqi registers a test report for an operation it takes part in, custody passes to the city PSB,
 * Jinshui recognises and the PSB recognises with conditions, the signed certificate lists both and
 * verifies with the published JWKS; an edited commit or a failed content check blocks
 * recognition; a unit that takes no part sees nothing on any read path (NOT_FOUND), cannot
 * register for the operation nor be asked; the dossier appears when the operation concludes.
 */

type Req = Record<string, unknown>;
type Evidence = ClientMethods<proto.EvidenceServiceDefinition>;
type Operations = {
  ProposeOperation: { request: Req; response: { operationId: string } };
  InviteUnits: { request: Req; response: { version: number } };
  JoinOperation: { request: Req; response: { version: number } };
  Launch: { request: Req; response: { version: number } };
  Conclude: { request: Req; response: { version: number } };
};
type Integrity = ClientMethods<proto.IntegrityServiceDefinition>;

const actor = (officerId: string, unitId: string): Actor => ({ officerId, unitId, roles: ['coordinator', 'liaison_officer'] });
const zhao = actor('officer-jinshui-msb-zhao', 'msb-jinshui');
const sun = actor('officer-erqi-msb-sun', 'msb-erqi');
const zhou = actor('officer-city-psb-zhou', 'psb-city');
const ma = actor('officer-guancheng-msb-ma', 'msb-guancheng');

const RUN = randomUUID().slice(0, 8);
const STRICT = { code: 'AMBER+STRICT', noCourtUseWithoutConsent: false, noOnwardSharingWithoutConsent: false, namedOfficerIds: [] };
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

let system: EvidenceSystem;
let evidence: GrpcClient<Evidence>;
let operations: GrpcClient<Operations>;
let integrity: GrpcClient<Integrity>;

const call = <K extends keyof Evidence & string>(method: K, request: Evidence[K]['request'], as: Actor) =>
  evidence.call(method, request, { actor: as });
const act = (method: keyof Evidence & string, evidenceId: string, as: Actor, extra: Req = {}) =>
  call(
    method as 'Recognise',
    { commandId: randomUUID(), evidenceId, ...extra } as never,
    as,
  ) as Promise<proto.EvidenceCommandResult__Output>;
const op = <K extends keyof Operations & string>(method: K, request: Req, as: Actor) =>
  operations.call(method, { commandId: randomUUID(), ...request }, { actor: as });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => 'answered',
    (error: LiaisonError & { currentStatus?: string; issues?: { path: string }[] }) =>
      [error.code, error.currentStatus ?? error.issues?.map((i) => i.path).join(',') ?? ''].join(':'),
  );
const eventually = <T>(probe: () => Promise<T>, accept: (value: T) => boolean) => until(probe, accept, { timeoutMs: 30_000 });

const bytes = (text: string) => createHash('sha256').update(text).digest('hex');
const registration = (operationId: string, overrides: Req = {}): Req => ({
  commandId: randomUUID(),
  kind: 'test_report',
  title: `Inspection report ${RUN}: seized liquor is counterfeit`,
  description: 'Laboratory analysis of 12 bottles',
  sha256: bytes(`report ${RUN}`),
  size: 2048,
  mediaType: 'application/pdf',
  fileName: 'report.pdf',
  storageRef: `test:${RUN}`,
  collectedAt: new Date(Date.now() - 3_600_000).toISOString(),
  collectedPlace: '18 Jiefang Road, Erqi',
  collectionMethod: 'sampled on site, sealed bags 1–12',
  operationId,
  handling: STRICT,
  ...overrides,
});

let operationId = '';
let itemId = '';
let requestId = '';

beforeAll(async () => {
  system = await startEvidenceUnderTest('evidence', RUN);
  evidence = createGrpcClient<Evidence>(evidenceServiceDefinition(), `127.0.0.1:${system.evidence.grpcPort}`, { deadlineMs: 20_000 });
  integrity = createGrpcClient<Integrity>(integrityServiceDefinition(), `127.0.0.1:${system.evidence.grpcPort}`, { deadlineMs: 20_000 });
  operations = createGrpcClient<Operations>(operationsServiceDefinition(), `127.0.0.1:${system.operations.grpcPort}`, {
    deadlineMs: 20_000,
  });
  // Jinshui leads an AMBER+STRICT operation; Erqi and the city PSB join it, Guancheng is not asked.
  const proposed = await op(
    'ProposeOperation',
    {
      title: `Joint raid ${RUN}`,
      objective: 'Seize counterfeit liquor',
      targets: [{ subject: { personName: `Wang ${RUN}` }, place: { jurisdiction: 'erqi', address: '18 Jiefang Road' } }],
      area: 'Erqi',
      window: { startsAt: inDays(2), endsAt: inDays(3) },
      handling: { code: 'AMBER+STRICT' },
      urgency: 'normal',
    },
    zhao,
  );
  operationId = proposed.operationId;
  await op('InviteUnits', { operationId, unitIds: ['msb-erqi', 'psb-city'], message: 'join' }, zhao);
  await op('JoinOperation', { operationId }, sun);
  await op('JoinOperation', { operationId }, zhou);
}, 180_000);

afterAll(async () => {
  evidence?.close();
  integrity?.close();
  operations?.close();
  await stopEvidenceUnderTest(system ?? {});
});

describe('evidence service over gRPC (issue 9)', () => {
  it('Erqi registers a test report for the operation it takes part in; a retry answers the first result', async () => {
    const request = registration(operationId);
    const result = await call('RegisterEvidence', request, sun);
    expect(result).toMatchObject({ evidenceId: expect.stringMatching(/^evidence-[0-9a-f-]{36}$/), version: 1, duplicate: false });
    itemId = result.evidenceId;
    expect(await call('RegisterEvidence', request, sun)).toEqual({ ...result, duplicate: true });
    const detail = await call('GetEvidence', { evidenceId: itemId }, sun);
    expect(detail).toMatchObject({ ownerUnitId: 'msb-erqi', custodianUnitId: 'msb-erqi', operationId, kind: 'test_report' });
  });

  it('refuses a unit that takes no part in the operation (the operations service answers for it)', async () => {
    expect(await failure(call('RegisterEvidence', registration(operationId), ma))).toBe('validation:operation_id');
  });

  it('passes custody to the city PSB and asks Jinshui and the PSB, not a unit outside the operation', async () => {
    await act('RecordCustodyTransfer', itemId, sun, { toUnitId: 'psb-city', toOfficerId: 'officer-city-psb-chen', reason: 'forensics' });
    expect(await failure(act('RequestRecognition', itemId, sun, { targetUnitIds: ['msb-guancheng'], purpose: 'court' }))).toBe(
      'validation:target_unit_ids[0]',
    );
    const asked = await act('RequestRecognition', itemId, sun, {
      targetUnitIds: ['msb-jinshui', 'psb-city'],
      purpose: 'criminal_transfer',
    });
    requestId = asked.requestId;
    expect(requestId).toMatch(/^recognition-/);
    const awaiting = await eventually(
      () => call('ListRecognitionRequests', { page: { pageSize: 50, cursor: '' } }, zhao),
      (page) => page.requests.some((r) => r.evidenceId === itemId),
    );
    expect(awaiting.requests.find((r) => r.evidenceId === itemId)).toMatchObject({
      requestId,
      purpose: 'criminal_transfer',
      ownerUnitId: 'msb-erqi',
    });
    const held = await eventually(
      () => call('ListEvidence', { page: { pageSize: 50, cursor: '' }, kind: '', leadId: '', operationId: '' }, zhou),
      (page) => page.items.some((i) => i.evidenceId === itemId),
    );
    expect(held.items.find((i) => i.evidenceId === itemId)).toMatchObject({ custodianUnitId: 'psb-city', pendingDecisions: 2 });
  });

  it('Jinshui recognises, the PSB recognises with conditions, and each answers once', async () => {
    await act('Recognise', itemId, zhao, { requestId, note: 'accepted' });
    await act('RecogniseWithConditions', itemId, zhou, { requestId: '', conditions: ['only for case 2026-017'], note: '' });
    expect(await failure(act('Recognise', itemId, zhao, { requestId }))).toBe('invalid_transition:already_answered');
    const timeline = await call('GetEvidenceTimeline', { evidenceId: itemId }, sun);
    expect(timeline.entries.map((e) => e.type)).toEqual([
      'EvidenceRegistered',
      'CustodyTransferred',
      'RecognitionRequested',
      'Recognised',
      'RecognisedWithConditions',
    ]);
  });

  it('issues a certificate listing both decisions whose signature verifies with the published JWKS', async () => {
    const certificate = await call('GetRecognitionCertificate', { evidenceId: itemId }, zhao);
    const { jwksJson } = await call('GetCertificateKeys', {}, ma);
    const verified = await verifyCertificate(certificate.jws, JSON.parse(jwksJson));
    expect(JSON.parse(certificate.json)).toEqual(verified);
    const chain = await integrity.call('VerifyStream', { streamId: itemId }, { actor: sun });
    expect(verified).toMatchObject({
      item: { evidenceId: itemId, ownerUnitId: 'msb-erqi' },
      content: { sha256: bytes(`report ${RUN}`) },
      chain: { head: chain.head, headVersion: chain.headVersion, intact: true },
      custody: [expect.objectContaining({ fromUnitId: 'msb-erqi', toUnitId: 'psb-city' })],
    });
    expect(verified.recognition[0]!.decisions).toEqual([
      expect.objectContaining({ unitId: 'msb-jinshui', status: 'recognised' }),
      expect.objectContaining({ unitId: 'psb-city', status: 'recognised_with_conditions', conditions: ['only for case 2026-017'] }),
    ]);
    expect(Buffer.from(certificate.pdf).subarray(0, 5).toString()).toBe('%PDF-');
    // A certificate altered after signing no longer verifies.
    const [header, , signature] = certificate.jws.split('.');
    const forged = Buffer.from(certificate.json.replace('recognised_with_conditions', 'recognised')).toString('base64url');
    await expect(verifyCertificate(`${header}.${forged}.${signature}`, JSON.parse(jwksJson))).rejects.toThrow();
  });

  it('refuses recognition of an item whose stored history was edited, naming that commit', async () => {
    const other = await call('RegisterEvidence', registration(operationId, { title: 'Photo log' }), sun);
    await act('RequestRecognition', other.evidenceId, sun, { targetUnitIds: ['msb-jinshui'], purpose: 'administrative_penalty' });
    const commits = system.evidence.connection.db!.collection(COMMITS_COLLECTION);
    const [first] = await commits.find({ streamId: other.evidenceId }).sort({ version: 1 }).toArray();
    const events = structuredClone(first!.events) as Array<{ data: { title: string } }>;
    events[0]!.data.title = 'Something else';
    await commits.updateOne({ _id: first!._id }, { $set: { events } });
    const chain = await integrity.call('VerifyStream', { streamId: other.evidenceId }, { actor: sun });
    expect(chain).toMatchObject({ intact: false, firstBrokenLink: { version: 1, commitId: String(first!._id) } });
    expect(await failure(act('Recognise', other.evidenceId, zhao, { requestId: '' }))).toBe('invalid_transition:chain_broken');
  });

  it('refuses recognition of an item whose content failed verification', async () => {
    const third = await call('RegisterEvidence', registration(operationId, { title: 'Witness video' }), sun);
    await act('RequestRecognition', third.evidenceId, sun, { targetUnitIds: ['psb-city'], purpose: 'administrative_penalty' });
    const check = await act('VerifyIntegrity', third.evidenceId, zhou, { sha256: bytes('other bytes') });
    expect(check.integrity).toBe('mismatch');
    expect(await failure(act('Recognise', third.evidenceId, zhou, { requestId: '' }))).toBe('invalid_transition:integrity_mismatch');
    expect((await act('VerifyIntegrity', third.evidenceId, zhou, { sha256: bytes(`report ${RUN}`) })).integrity).toBe('verified');
  });

  it('shows nothing to a unit that takes no part, on every read path', async () => {
    expect(await failure(call('GetEvidence', { evidenceId: itemId }, ma))).toBe('not_found:');
    expect(await failure(call('GetEvidenceTimeline', { evidenceId: itemId }, ma))).toBe('not_found:');
    expect(await failure(call('GetRecognitionCertificate', { evidenceId: itemId }, ma))).toBe('not_found:');
    expect(await failure(integrity.call('VerifyStream', { streamId: itemId }, { actor: ma }))).toBe('not_found:');
    expect(await failure(act('Recognise', itemId, ma, { requestId }))).toBe('not_found:');
    expect(await failure(act('VerifyIntegrity', itemId, ma, { sha256: bytes('x') }))).toBe('not_found:');
    const listed = await call('ListEvidence', { page: { pageSize: 50, cursor: '' }, kind: '', leadId: '', operationId: '' }, ma);
    expect(listed.items.map((i) => i.evidenceId)).not.toContain(itemId);
    const awaiting = await call('ListRecognitionRequests', { page: { pageSize: 50, cursor: '' } }, ma);
    expect(awaiting.requests.map((r) => r.evidenceId)).not.toContain(itemId);
    expect((await call('CountEvidence', { recordIds: [operationId] }, ma)).counts).toEqual([{ recordId: operationId, count: 0 }]);
    const counted = await eventually(
      () => call('CountEvidence', { recordIds: [operationId] }, sun),
      (r) => r.counts[0]!.count === 3,
    );
    expect(counted.counts).toEqual([{ recordId: operationId, count: 3 }]);
  });

  it('lists the evidence of the operation and each unit’s recognition status once it concludes', async () => {
    expect(await failure(call('GetDossier', { operationId }, sun))).toBe('not_found:');
    await op('Launch', { operationId, overrideReason: '' }, zhao);
    await op('Conclude', { operationId, summary: 'done', results: '600 bottles' }, zhao);
    const dossier = await eventually(
      () => call('GetDossier', { operationId }, sun).catch(() => null),
      (d) => d !== null && d.items.length === 3,
    );
    expect(dossier!.items.find((i) => i.evidenceId === itemId)!.recognitions).toEqual([
      expect.objectContaining({ unitId: 'msb-jinshui', status: 'recognised' }),
      expect.objectContaining({ unitId: 'psb-city', status: 'recognised_with_conditions' }),
    ]);
    expect(await failure(call('GetDossier', { operationId }, ma))).toBe('not_found:');
  });
});
