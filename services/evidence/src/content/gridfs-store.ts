import { NotFoundError } from '@liaison/platform';
import { type Db, GridFSBucket, type GridFSBucketWriteStream, ObjectId } from 'mongodb';
import type { ContentBackend, ContentSink } from './content-store';
import { DEFAULT_CHUNK_BYTES } from './policy';

export const CONTENT_BUCKET = 'evidence_content';

const writeTo = (stream: GridFSBucketWriteStream, piece: Buffer) =>
  new Promise<void>((resolve, reject) => stream.write(piece, (error) => (error ? reject(error) : resolve())));

/**
 * Content in MongoDB GridFS (bucket `evidence_content` of the evidence database). The files
 * document is written only when an upload commits; a discarded upload is aborted, which deletes
 * its chunks. Every write is awaited before the next, so no chunk insert is still on its way
 * when the abort deletes them (an insert landing after the delete would be an orphan).
 */
export function gridFsBackend(db: Db, options: { chunkSizeBytes?: number } = {}): ContentBackend {
  const bucket = new GridFSBucket(db, { bucketName: CONTENT_BUCKET, chunkSizeBytes: options.chunkSizeBytes ?? DEFAULT_CHUNK_BYTES });
  const idOf = (ref: string) => {
    if (!ObjectId.isValid(ref)) throw new NotFoundError('evidence content', ref);
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
      if (!file) throw new NotFoundError('evidence content', ref);
      return bucket.openDownloadStream(id);
    },
    async remove(ref) {
      const id = idOf(ref);
      // GridFSBucket.delete's order (file, then chunks), without its error for a file already gone.
      await db.collection(`${CONTENT_BUCKET}.files`).deleteOne({ _id: id });
      await db.collection(`${CONTENT_BUCKET}.chunks`).deleteMany({ files_id: id });
    },
  };
}
