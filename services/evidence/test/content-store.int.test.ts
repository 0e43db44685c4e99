import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ContentTooLargeError, DigestMismatchError, UnsupportedMediaTypeError } from '@liaison/platform';
import { Binary, type Db, MongoClient, ObjectId } from 'mongodb';
import {
  checkStoredContent,
  CONTENT_BUCKET,
  type ContentBackend,
  DEFAULT_MEDIA_TYPES,
  directoryBackend,
  gridFsBackend,
  putContent,
  readChecked,
} from '../src/content';

const PDF_HEAD = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
const pdf = (bytes: number) => Buffer.concat([PDF_HEAD, randomBytes(bytes - PDF_HEAD.length)]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const policy = { maxBytes: 3 * 1024 * 1024, allowedMediaTypes: [...DEFAULT_MEDIA_TYPES] };
const CHUNK = 64 * 1024;

async function* piecesOf(data: Buffer, size = 50_000): AsyncGenerator<Buffer> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}
async function* failingAfter(data: Buffer): AsyncGenerator<Buffer> {
  yield* piecesOf(data);
  throw new Error('the caller hung up');
}
const collect = async (pieces: AsyncIterable<Buffer>) => {
  const all: Buffer[] = [];
  for await (const piece of pieces) all.push(piece);
  return Buffer.concat(all);
};

/** The refusals every backend must honour: nothing of a refused upload remains. */
function refusals(name: string, backend: () => ContentBackend, stored: () => Promise<{ files: number; chunks: number }>) {
  describe(`${name}: a refused upload leaves nothing`, () => {
    it('over the size limit (refused midway, after chunks were written)', async () => {
      await expect(putContent(backend(), policy, piecesOf(pdf(policy.maxBytes + 1)), { fileName: 'big.pdf' })).rejects.toThrow(
        ContentTooLargeError,
      );
      expect(await stored()).toEqual({ files: 0, chunks: 0 });
    });

    it('of a type not allowed (sniffed from the bytes)', async () => {
      const text = Buffer.from('a plain text file claiming to be a PDF\n'.repeat(5_000));
      await expect(putContent(backend(), policy, piecesOf(text), { fileName: 'fake.pdf' })).rejects.toThrow(UnsupportedMediaTypeError);
      expect(await stored()).toEqual({ files: 0, chunks: 0 });
    });

    it('whose bytes do not match the declared hash (known only at the end)', async () => {
      const data = pdf(1_000_000);
      const declaredSha256 = sha(Buffer.from('other'));
      await expect(putContent(backend(), policy, piecesOf(data), { fileName: 'x.pdf', declaredSha256 })).rejects.toThrow(
        DigestMismatchError,
      );
      expect(await stored()).toEqual({ files: 0, chunks: 0 });
    });

    it('whose sender goes away midway', async () => {
      await expect(putContent(backend(), policy, failingAfter(pdf(500_000)), { fileName: 'x.pdf' })).rejects.toThrow('hung up');
      expect(await stored()).toEqual({ files: 0, chunks: 0 });
    });
  });
}

describe('GridFS content store on the MongoDB-API server', () => {
  let client: MongoClient;
  let db: Db;
  const backend = () => gridFsBackend(db, { chunkSizeBytes: CHUNK });
  const count = async () => ({
    files: await db.collection(`${CONTENT_BUCKET}.files`).countDocuments({}),
    chunks: await db.collection(`${CONTENT_BUCKET}.chunks`).countDocuments({}),
  });

  beforeAll(async () => {
    client = await MongoClient.connect(process.env.MONGODB_URI!);
    db = client.db(`evidence_content_${randomUUID().slice(0, 8)}`);
  });
  afterAll(async () => {
    await db.dropDatabase().catch(() => undefined);
    await client.close();
  });

  refusals('GridFS', backend, count);

  it('stores a good upload in chunks; it reads back byte-identical and verifies', async () => {
    const data = pdf(1_000_003);
    const stored = await putContent(backend(), policy, piecesOf(data), { fileName: 'report.pdf', declaredSha256: sha(data) });
    expect(stored).toEqual({ sha256: sha(data), size: data.length, mediaType: 'application/pdf', storageRef: expect.any(String) });
    expect(await count()).toEqual({ files: 1, chunks: Math.ceil(data.length / CHUNK) });

    const check = await checkStoredContent(backend(), stored.storageRef, stored.sha256);
    expect(check).toEqual({ sha256: sha(data), size: data.length, verified: true });
    expect((await collect(readChecked(backend(), stored.storageRef, check))).equals(data)).toBe(true);

    await backend().remove(stored.storageRef);
    expect(await count()).toEqual({ files: 0, chunks: 0 });
  });

  it('detects a chunk edited in the database', async () => {
    const data = pdf(300_000);
    const stored = await putContent(backend(), policy, piecesOf(data), { fileName: 'photo.pdf' });
    const tampered = Buffer.from(data.subarray(CHUNK, 2 * CHUNK));
    tampered[10] = tampered[10]! ^ 0xff;
    await db
      .collection(`${CONTENT_BUCKET}.chunks`)
      .updateOne({ files_id: new ObjectId(stored.storageRef), n: 1 }, { $set: { data: new Binary(tampered) } });

    const check = await checkStoredContent(backend(), stored.storageRef, stored.sha256);
    expect(check.verified).toBe(false);
    expect(check.sha256).not.toBe(stored.sha256);
    await backend().remove(stored.storageRef);
  });

  it('answers not found for a reference that names nothing', async () => {
    await expect(checkStoredContent(backend(), new ObjectId().toHexString(), sha(Buffer.alloc(0)))).rejects.toThrow(/not found/);
    await expect(checkStoredContent(backend(), '../etc/passwd', sha(Buffer.alloc(0)))).rejects.toThrow(/not found/);
  });
});

describe('directory content store', () => {
  let root: string;
  const backend = () => directoryBackend(root);
  const count = async () => {
    const list = async (dir: string) => readdir(join(root, dir)).catch(() => [] as string[]);
    return { files: (await list('content')).length, chunks: (await list('incoming')).length };
  };
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'evidence-content-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  refusals('directory', backend, count);

  it('stores a good upload as one file; it reads back byte-identical and verifies', async () => {
    const data = pdf(700_000);
    const stored = await putContent(backend(), policy, piecesOf(data), { fileName: '../../report.pdf' });
    expect(stored.storageRef).toMatch(/^file:[0-9a-f-]{36}$/);
    expect(await count()).toEqual({ files: 1, chunks: 0 });
    const check = await checkStoredContent(backend(), stored.storageRef, sha(data));
    expect(check.verified).toBe(true);
    expect((await collect(readChecked(backend(), stored.storageRef, check))).equals(data)).toBe(true);
    await backend().remove(stored.storageRef);
    expect(await count()).toEqual({ files: 0, chunks: 0 });
  });
});
