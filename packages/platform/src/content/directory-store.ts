import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { NotFoundError } from '../errors';
import type { ContentBackend, ContentSink } from './content-store';

const REF_PREFIX = 'file:';
const NAME = /^[0-9a-f-]{36}$/;

/**
 * Content as files under a directory (e.g. EVIDENCE_CONTENT_DIR): an upload is written to
 * `incoming/<uuid>` and renamed into `content/<uuid>` when it commits (a rename within one file
 * system is atomic, so a reader never sees half a file); a discarded upload's file is deleted.
 * The reference is `file:<uuid>`: the client's file name never becomes a path.
 */
export function directoryContentBackend(root: string, label = 'content'): ContentBackend {
  const incoming = join(root, 'incoming');
  const content = join(root, 'content');
  const pathOf = (ref: string) => {
    const name = ref.startsWith(REF_PREFIX) ? ref.slice(REF_PREFIX.length) : '';
    if (!NAME.test(name)) throw new NotFoundError(label, ref);
    return join(content, name);
  };
  return {
    async openSink(): Promise<ContentSink> {
      await mkdir(incoming, { recursive: true });
      await mkdir(content, { recursive: true });
      const name = randomUUID();
      const partial = join(incoming, name);
      const stream = createWriteStream(partial, { flags: 'wx' });
      let done = false;
      return {
        write: (piece) => new Promise<void>((resolve, reject) => stream.write(piece, (error) => (error ? reject(error) : resolve()))),
        async commit() {
          await new Promise<void>((resolve, reject) => {
            stream.once('error', reject);
            stream.end(() => resolve());
          });
          await rename(partial, join(content, name));
          done = true;
          return `${REF_PREFIX}${name}`;
        },
        async discard() {
          if (done) return;
          done = true;
          stream.destroy();
          if (!stream.closed) await once(stream, 'close');
          await rm(partial, { force: true });
        },
      };
    },
    async read(ref): Promise<Readable> {
      const path = pathOf(ref);
      await stat(path).catch(() => {
        throw new NotFoundError(label, ref);
      });
      return createReadStream(path);
    },
    async remove(ref) {
      await rm(pathOf(ref), { force: true });
    },
  };
}
