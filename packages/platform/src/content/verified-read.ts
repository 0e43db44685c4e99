import { createHash } from 'node:crypto';
import type { ContentBackend } from './content-store';

/** Largest piece sent in one message (well under gRPC's 4 MiB default message limit). */
export const MAX_PIECE_BYTES = 256 * 1024;

export interface ContentCheck {
  sha256: string;
  size: number;
  /** True when the stored bytes hash to the registered SHA-256. */
  verified: boolean;
}

/**
 * The first pass of a download: re-hash the stored bytes (streamed, not loaded) and compare them
 * with the registered hash, so the answer can say whether they verified before the first byte.
 */
export async function checkStoredContent(backend: ContentBackend, ref: string, registeredSha256: string): Promise<ContentCheck> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const piece of await backend.read(ref)) {
    hash.update(piece as Buffer);
    size += (piece as Buffer).byteLength;
  }
  const sha256 = hash.digest('hex');
  return { sha256, size, verified: sha256 === registeredSha256.toLowerCase() };
}

/**
 * The second pass: the stored bytes in pieces of at most MAX_PIECE_BYTES, hashed again as they
 * go; if they differ from what the first pass hashed (changed in between), the stream fails
 * instead of ending cleanly, so the reader never takes a changed file for the checked one.
 */
export async function* readChecked(backend: ContentBackend, ref: string, checked: ContentCheck): AsyncGenerator<Buffer> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of await backend.read(ref)) {
    const piece = chunk as Buffer;
    hash.update(piece);
    size += piece.byteLength;
    for (let offset = 0; offset < piece.byteLength; offset += MAX_PIECE_BYTES) {
      yield piece.subarray(offset, offset + MAX_PIECE_BYTES);
    }
  }
  if (size !== checked.size || hash.digest('hex') !== checked.sha256) {
    throw new Error(`stored content ${ref} changed while it was read`);
  }
}
