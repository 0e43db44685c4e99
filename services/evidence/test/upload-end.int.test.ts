import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { proto } from '@liaison/contracts';
import { type CallContext, createLogger, UnavailableError, ValidationError } from '@liaison/platform';
import { Metadata } from '@grpc/grpc-js';
import { type Db, MongoClient } from 'mongodb';
import { CONTENT_BUCKET, type ContentApiDeps, contentGrpcHandlers, DEFAULT_MEDIA_TYPES, gridFsBackend } from '../src/content';

type Message = proto.UploadEvidenceMessage__Output;
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), randomBytes(400_000)]);
const registration = () =>
  ({ commandId: randomUUID(), fileName: 'report.pdf', sha256: '' }) as unknown as proto.RegisterEvidenceRequest__Output;
const chunks = (data: Buffer): Message[] =>
  [0, 1, 2, 3, 4].map((i) => ({ part: 'chunk', chunk: data.subarray(i * 100_003, (i + 1) * 100_003) }) as Message);
async function* streamOf(messages: Message[]): AsyncGenerator<Message> {
  yield* messages;
}

describe('UploadEvidence commits content only after the client’s end message', () => {
  let client: MongoClient;
  let db: Db;
  const registered: string[] = [];
  let upload: ReturnType<typeof contentGrpcHandlers>['UploadEvidence'];
  const ctx = () =>
    ({
      actor: { officerId: 'officer-erqi-msb-wang', unitId: 'msb-erqi', roles: ['liaison_officer'] },
      correlationId: randomUUID(),
      requestDigest: null,
      traceparent: null,
      deadline: null,
      logger: createLogger('upload-end-test', { level: 'silent' }),
      signal: new AbortController().signal,
      method: '/liaison.v1.EvidenceService/UploadEvidence',
      metadata: new Metadata(),
    }) as CallContext;
  const count = async () => ({
    files: await db.collection(`${CONTENT_BUCKET}.files`).countDocuments({}),
    chunks: await db.collection(`${CONTENT_BUCKET}.chunks`).countDocuments({}),
  });

  beforeAll(async () => {
    client = await MongoClient.connect(process.env.MONGODB_URI!);
    db = client.db(`evidence_upload_end_${randomUUID().slice(0, 8)}`);
    // The decider is the evidence service's; here only what the content path asks of it.
    const commands = {
      checkRegistration: async () => ({ evidenceId: 'evidence-x', duplicate: false }),
      register: async (input: { storageRef: string }) => {
        registered.push(input.storageRef);
        return { evidenceId: 'evidence-x', version: 1, duplicate: false };
      },
      execute: async () => ({ evidenceId: 'evidence-x', version: 1, duplicate: false }),
    } as unknown as ContentApiDeps['commands'];
    upload = contentGrpcHandlers({
      backend: gridFsBackend(db, { chunkSizeBytes: 64 * 1024 }),
      policy: { maxBytes: 3 * 1024 * 1024, allowedMediaTypes: [...DEFAULT_MEDIA_TYPES] },
      commands,
      registrationInput: (r) => ({ fileName: r.fileName, mediaType: '' }) as never,
      itemFor: async () => {
        throw new Error('not used');
      },
    }).UploadEvidence;
  });
  afterAll(async () => {
    await db.dropDatabase().catch(() => undefined);
    await client.close();
  });

  it('a stream that stops without the end message (a cut-off call looks finished) stores nothing and registers nothing', async () => {
    const messages = [{ part: 'registration', registration: registration() } as Message, ...chunks(PDF)];
    await expect(upload(streamOf(messages), ctx())).rejects.toThrow(UnavailableError);
    expect(await count()).toEqual({ files: 0, chunks: 0 });
    expect(registered).toEqual([]);
  });

  it('an end message that names another size than arrived is refused, nothing stored', async () => {
    const messages = [{ part: 'registration', registration: registration() } as Message, ...chunks(PDF)];
    messages.push({ part: 'end', end: { size: PDF.length + 1 } } as Message);
    await expect(upload(streamOf(messages), ctx())).rejects.toThrow(ValidationError);
    expect(await count()).toEqual({ files: 0, chunks: 0 });
  });

  it('with the end message and the size that arrived, the content is stored and registered', async () => {
    const messages = [{ part: 'registration', registration: registration() } as Message, ...chunks(PDF)];
    messages.push({ part: 'end', end: { size: PDF.length } } as Message);
    await expect(upload(streamOf(messages), ctx())).resolves.toMatchObject({ evidenceId: 'evidence-x' });
    expect(registered).toHaveLength(1);
    expect(await count()).toEqual({ files: 1, chunks: Math.ceil(PDF.length / (64 * 1024)) });
  });
});
