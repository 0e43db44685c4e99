import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { creditCodeFrom } from '@liaison/contracts';
import { Binary, type Db, MongoClient, ObjectId } from 'mongodb';
import { Api, eventually } from '../src/http';
import { startSystem, type System } from '../src/system';

/**
 * Evidence content end to end (issue 9, "Content"; ADR 0019): multipart uploads streamed through
 * the gateway into the evidence service and GridFS, refused uploads (413 over the limit, 415 for
 * a type sniffed from the bytes, 422 for a declared hash the bytes do not have) leaving no file
 * and no chunk, a download byte-identical with its digest headers, hidden from a unit that may
 * not see the item, and a chunk edited in MongoDB reported as unverified and recorded.
 */

const LIMIT = 2 * 1024 * 1024;
const JINSHUI = 'officer-jinshui-msb-li';

let system: System;
let jinshui: Api;
let outsider: Api;
let mongo: MongoClient;
let db: Db;
let leadId: string;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const PDF_HEAD = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
const pdf = (bytes: number) => Buffer.concat([PDF_HEAD, randomBytes(bytes - PDF_HEAD.length)]);

const stored = async () => ({
  files: await db.collection('evidence_content.files').countDocuments({}),
  chunks: await db.collection('evidence_content.chunks').countDocuments({}),
});

const photo = () => ({
  kind: 'photo',
  title: 'Forged anti-counterfeit labels on seized bottles',
  collectedAt: new Date(Date.now() - 3_600_000).toISOString(),
  collectedPlace: 'Warehouse, 18 Huayuan Road',
  collectionMethod: 'Photographed at the inspection',
  leadId,
  handling: { code: 'AMBER' },
});

type Answer = { status: number; headers: Headers; body: Record<string, unknown> };

async function upload(api: Api, metadata: Record<string, unknown>, file: Buffer, fileName: string, key = randomUUID()): Promise<Answer> {
  const form = new FormData();
  form.append('metadata', JSON.stringify(metadata));
  // The declared part type says PDF whatever the bytes are: the service goes by the bytes.
  form.append('content', new Blob([file], { type: 'application/pdf' }), fileName);
  const response = await fetch(`${api.baseUrl}/api/v1/evidence`, {
    method: 'POST',
    headers: { authorization: `Bearer ${api.token}`, 'idempotency-key': key },
    body: form,
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

async function download(api: Api, evidenceId: string) {
  const response = await fetch(`${api.baseUrl}/api/v1/evidence/${evidenceId}/content`, {
    headers: { authorization: `Bearer ${api.token}` },
  });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

beforeAll(async () => {
  system = await startSystem({ env: { evidence: { EVIDENCE_MAX_BYTES: String(LIMIT), EVIDENCE_GRIDFS_CHUNK_BYTES: String(256 * 1024) } } });
  jinshui = await Api.login(system.gatewayUrl, JINSHUI);
  outsider = await Api.login(system.gatewayUrl, 'officer-guancheng-msb-ma');
  mongo = await MongoClient.connect(process.env.MONGODB_URI!);
  db = mongo.db(`evidence_${system.runId}`);
  const code = creditCodeFrom(`91410100${randomUUID().replace(/-/g, '').slice(0, 9).toUpperCase()}`);
  const lead = await jinshui.post<{ leadId: string }>('/api/v1/leads', {
    title: 'Counterfeit Moutai liquor sold through a wholesale warehouse',
    category: 'counterfeit_food',
    subject: { enterpriseName: 'Zhengzhou Jinyuan Trading Co., Ltd.', creditCode: code },
    location: { jurisdiction: 'jinshui', address: '18 Huayuan Road, Jinshui District' },
    summary: 'Bottles with forged anti-counterfeit labels, about 300 cases in stock.',
    priority: 'high',
    grading: { sourceReliability: 'B', information: 2 },
    handling: { code: 'AMBER' },
  });
  expect(lead.status).toBe(201);
  leadId = lead.body.leadId;
}, 180_000);
afterAll(async () => {
  await mongo?.close();
  await system?.stop();
});

describe('evidence content through the gateway (multipart → gRPC stream → GridFS)', () => {
  const good = pdf(LIMIT - 1000);
  let evidenceId: string;

  it('a file over the size limit is refused with 413 and nothing is stored', async () => {
    const answer = await upload(jinshui, photo(), pdf(LIMIT + 300_000), 'too-big.pdf');
    expect(answer.status).toBe(413);
    expect(answer.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(answer.body).toMatchObject({ status: 413, limitBytes: LIMIT });
    expect(await stored()).toEqual({ files: 0, chunks: 0 });
  });

  it('a file whose bytes are not an allowed type is refused with 415, whatever the client declared, and nothing is stored', async () => {
    const script = Buffer.from('#!/bin/sh\necho "not a photo"\n'.repeat(20_000));
    const answer = await upload(jinshui, { ...photo(), mediaType: 'application/pdf' }, script, 'labels.pdf');
    expect(answer.status).toBe(415);
    expect(answer.body).toMatchObject({ status: 415, allowed: expect.arrayContaining(['application/pdf', 'image/jpeg']) });
    expect(await stored()).toEqual({ files: 0, chunks: 0 });
  });

  it('a declared SHA-256 the bytes do not have is refused with 422 naming the field, and nothing is stored', async () => {
    const answer = await upload(jinshui, { ...photo(), sha256: sha256(Buffer.from('another file')) }, good, 'labels.pdf');
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({ status: 422, actual: sha256(good), issues: [{ path: 'metadata.sha256' }] });
    expect(await stored()).toEqual({ files: 0, chunks: 0 });
  });

  it('bad metadata is a 400 before any byte is read', async () => {
    const answer = await upload(jinshui, { ...photo(), title: '' }, good, 'labels.pdf');
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain('metadata.title');
    expect(await stored()).toEqual({ files: 0, chunks: 0 });
  });

  it('a unit that takes no part in the lead stores nothing', async () => {
    const answer = await upload(outsider, photo(), good, 'labels.pdf');
    expect(answer.status).toBe(400);
    expect(await stored()).toEqual({ files: 0, chunks: 0 });
  });

  it('an upload whose client goes away midway is cancelled through to the service, and what it stored is removed', async () => {
    const boundary = `----liaison-${randomUUID()}`;
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="metadata"\r\n\r\n${JSON.stringify(photo())}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="content"; filename="cut.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    );
    const abort = new AbortController();
    // Sends the parts' start and 1 MB of the file, then stalls like a client that lost its connection.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(head);
        controller.enqueue(pdf(1024 * 1024));
      },
    });
    const sent = fetch(`${jinshui.baseUrl}/api/v1/evidence`, {
      method: 'POST',
      headers: { authorization: `Bearer ${jinshui.token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
      body,
      duplex: 'half',
      signal: abort.signal,
    } as RequestInit).catch((error: unknown) => error);
    await eventually(stored, (count) => count.chunks > 0, 'chunks of the partial upload stored');
    abort.abort();
    await sent;
    await eventually(stored, (count) => count.chunks === 0 && count.files === 0, 'the partial upload removed');
  });

  it('a good upload is registered with the hash, size and type computed from the bytes; a retry with the same key stores nothing again', async () => {
    const key = randomUUID();
    const metadata = { ...photo(), sha256: sha256(good) };
    const answer = await upload(jinshui, metadata, good, 'labels.pdf', key);
    expect(answer.status).toBe(201);
    evidenceId = String(answer.body.evidenceId);
    expect(answer.headers.get('location')).toBe(`/api/v1/evidence/${evidenceId}`);
    expect(await stored()).toEqual({ files: 1, chunks: Math.ceil(good.length / (256 * 1024)) });

    const retry = await upload(jinshui, metadata, good, 'labels.pdf', key);
    expect(retry.status).toBe(201);
    expect(retry.body.evidenceId).toBe(evidenceId);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await stored()).toMatchObject({ files: 1 });

    const detail = await jinshui.get<{ sha256: string; size: number; mediaType: string; fileName: string }>(
      `/api/v1/evidence/${evidenceId}`,
    );
    expect(detail.body).toMatchObject({ sha256: sha256(good), size: good.length, mediaType: 'application/pdf', fileName: 'labels.pdf' });
  });

  it('the download is byte-identical, with its type, length, name, RFC 9530 digest and the re-verification', async () => {
    const answer = await download(jinshui, evidenceId);
    expect(answer.status).toBe(200);
    expect(answer.bytes.equals(good)).toBe(true);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect(answer.headers.get('content-length')).toBe(String(good.length));
    expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename="?labels\.pdf"?$/);
    expect(answer.headers.get('repr-digest')).toBe(`sha-256=:${createHash('sha256').update(good).digest('base64')}:`);
    expect(answer.headers.get('liaison-content-verified')).toBe('true');
  });

  it('a unit that may not see the item is refused its content exactly as the item itself', async () => {
    const item = await outsider.get(`/api/v1/evidence/${evidenceId}`);
    expect([403, 404]).toContain(item.status);
    const answer = await download(outsider, evidenceId);
    expect(answer.status).toBe(item.status);
    expect(answer.headers.get('liaison-content-verified')).toBeNull();
    expect(answer.bytes.toString()).not.toContain(PDF_HEAD.toString('latin1'));
  });

  it('a chunk edited in MongoDB makes the download say it did not verify, and the mismatch is recorded on the item', async () => {
    const file = await db.collection('evidence_content.files').findOne({});
    const chunk = await db.collection('evidence_content.chunks').findOne({ files_id: file!._id as ObjectId, n: 2 });
    const bytes = Buffer.from((chunk!.data as Binary).buffer);
    bytes[100] = bytes[100]! ^ 0xff;
    await db.collection('evidence_content.chunks').updateOne({ _id: chunk!._id }, { $set: { data: new Binary(bytes) } });

    const answer = await download(jinshui, evidenceId);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('liaison-content-verified')).toBe('false');
    expect(answer.bytes.equals(good)).toBe(false);
    expect(answer.headers.get('repr-digest')).toBe(`sha-256=:${createHash('sha256').update(answer.bytes).digest('base64')}:`);
    await eventually(
      () => jinshui.get<{ integrity: { status: string } }>(`/api/v1/evidence/${evidenceId}`),
      (detail) => detail.body.integrity?.status === 'mismatch',
      'integrity mismatch recorded',
    );
  });
});
