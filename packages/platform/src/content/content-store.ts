import type { Readable } from 'node:stream';
import { ContentInspector, type InspectedContent } from './inspector';
import type { ContentPolicy } from './policy';

/** Where the bytes of one upload go until they are kept or thrown away. */
export interface ContentSink {
  /** Resolves once the piece is written (one piece in flight at a time: backpressure, and nothing pending at discard). */
  write(piece: Buffer): Promise<void>;
  /** Keeps the content; answers its storage reference. */
  commit(): Promise<string>;
  /** Removes every byte written so far; nothing of the upload remains. */
  discard(): Promise<void>;
}

/** A place for uploaded content: GridFS (gridfs-store.ts) or a directory (directory-store.ts). */
export interface ContentBackend {
  openSink(fileName: string): Promise<ContentSink>;
  /** The stored bytes, streamed; NotFoundError when the reference names nothing. */
  read(ref: string): Promise<Readable>;
  remove(ref: string): Promise<void>;
}

export interface StoredContent extends InspectedContent {
  storageRef: string;
}

export interface PutOptions {
  fileName: string;
  /** The client's declared SHA-256 (hex); empty: none. */
  declaredSha256?: string;
  /** The name of the field it was declared in, for the 422. */
  declaredField?: string;
}

/**
 * Stores content streamed from `source` when it passes the policy (size, media type sniffed from
 * the bytes, declared hash), hashing as it goes; on any refusal or failure (the caller hung up)
 * everything written is discarded before the error is rethrown, so a refused upload leaves no
 * chunk and no file behind.
 */
export async function putContent(
  backend: ContentBackend,
  policy: ContentPolicy,
  source: AsyncIterable<Uint8Array>,
  options: PutOptions,
): Promise<StoredContent> {
  const inspector = new ContentInspector(policy, options.declaredSha256 ?? '', options.declaredField);
  const sink = await backend.openSink(options.fileName);
  try {
    for await (const piece of source) {
      for (const out of inspector.accept(piece)) await sink.write(out);
    }
    const { pieces, content } = inspector.finish();
    for (const out of pieces) await sink.write(out);
    return { ...content, storageRef: await sink.commit() };
  } catch (error) {
    await sink.discard();
    throw error;
  }
}
