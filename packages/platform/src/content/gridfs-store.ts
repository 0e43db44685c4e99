import { Readable } from 'node:stream';
import { NotFoundError } from '../errors';
import { type Binary, type Db, GridFSBucket, type GridFSBucketWriteStream, ObjectId } from 'mongodb';
import type { ContentBackend, ContentSink } from './content-store';
import { DEFAULT_CHUNK_BYTES } from './policy';

/** Chunks fetched per round trip when reading: a few MiB in memory, not GridFSBucketReadStream's 16 MiB batches. */
const READ_BATCH = 4;

/**
 * A stored file's bytes in chunk order. GridFSBucketReadStream cannot be given a batch size and
 * takes the server's (101 chunks first, then up to 16 MiB), which held ~120 MB in the evidence
 * process for a 100 MB download; this reads the same chunks (the same checks: contiguous `n`,
 * the files document's length) a few at a time.
 */
async function* chunksOf(db: Db, bucketName: string, id: ObjectId, length: number, chunkSize: number): AsyncGenerator<Buffer> {
  const cursor = db
    .collection<{ files_id: ObjectId; n: number; data: Binary }>(`${bucketName}.chunks`)
    .find({ files_id: id }, { sort: { n: 1 }, batchSize: READ_BATCH });
  let expected = 0;
  let read = 0;
  try {
    for await (const chunk of cursor) {
      if (chunk.n !== expected) throw new Error(`GridFS file ${id.toHexString()}: chunk ${expected} missing (found ${chunk.n})`);
      const bytes = chunk.data.buffer;
      const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const last = Math.ceil(length / chunkSize) - 1;
      if (chunk.n < last && data.length !== chunkSize) throw new Error(`GridFS file ${id.toHexString()}: chunk ${chunk.n} is short`);
      expected += 1;
      read += data.length;
      yield data;
    }
  } finally {
    await cursor.close();
  }
  if (read !== length) throw new Error(`GridFS file ${id.toHexString()}: ${read} bytes stored, ${length} expected`);
}

const writeTo = (stream: GridFSBucketWriteStream, piece: Buffer) =>
  new Promise<void>((resolve, reject) => stream.write(piece, (error) => (error ? reject(error) : resolve())));

export interface GridFsContentOptions {
  /** The GridFS bucket (`<bucketName>.files`, `<bucketName>.chunks`), e.g. `evidence_content`. */
  bucketName: string;
  chunkSizeBytes?: number;
  /** What the content is, for a NotFoundError ("evidence content", "report attachment"). */
  label?: string;
}

/**
 * Content in MongoDB GridFS (bucket `options.bucketName` of the service's database). The files
 * document is written only when an upload commits; a discarded upload is aborted, which deletes
 * its chunks. Every write is awaited before the next, so no chunk insert is still on its way
 * when the abort deletes them (an insert landing after the delete would be an orphan).
 */
export function gridFsContentBackend(db: Db, options: GridFsContentOptions): ContentBackend {
  const { bucketName, label = 'content' } = options;
  const bucket = new GridFSBucket(db, { bucketName, chunkSizeBytes: options.chunkSizeBytes ?? DEFAULT_CHUNK_BYTES });
  const idOf = (ref: string) => {
    if (!ObjectId.isValid(ref)) throw new NotFoundError(label, ref);
    return new ObjectId(ref);
  };
  return {
    async openSink(fileName): Promise<ContentSink> {
      const stream = bucket.openUploadStream(fileName);
      let done = false;
      return {
        write: (piece) => writeTo(stream, piece),
        async commit() {
          await new Promise<void>((resolve, reject) => {
            stream.once('error', reject);
            stream.end(() => resolve());
          });
          done = true;
          return stream.id.toHexString();
        },
        async discard() {
          if (done) return;
          done = true;
          await stream.abort();
          stream.destroy();
        },
      };
    },
    async read(ref) {
      const id = idOf(ref);
      const file = await bucket.find({ _id: id }).next();
      if (!file) throw new NotFoundError(label, ref);
      return Readable.from(chunksOf(db, bucketName, id, file.length, file.chunkSize));
    },
    async remove(ref) {
      const id = idOf(ref);
      // GridFSBucket.delete's order (file, then chunks), without its error for a file already gone.
      await db.collection(`${bucketName}.files`).deleteOne({ _id: id });
      await db.collection(`${bucketName}.chunks`).deleteMany({ files_id: id });
    },
  };
}
