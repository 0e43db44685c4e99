import { createHash, type Hash } from 'node:crypto';
import { ContentTooLargeError, DigestMismatchError } from '../errors';
import type { ContentPolicy } from './policy';
import { SNIFF_BYTES, sniffMediaType } from './sniff';

/** What the bytes of an accepted upload are. */
export interface InspectedContent {
  sha256: string;
  size: number;
  mediaType: string;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Looks at content as it streams past, without keeping it: counts it against the size limit,
 * hashes it, and holds back only its first SNIFF_BYTES until the media type is known, so a
 * refused type is refused before a byte is stored. Pure (no I/O): `accept` answers the pieces
 * that may be stored now, `finish` the verdict on the whole.
 */
export class ContentInspector {
  private readonly hash: Hash = createHash('sha256');
  private size = 0;
  private head: Buffer[] = [];
  private headBytes = 0;
  private mediaType: string | null = null;

  constructor(
    private readonly policy: ContentPolicy,
    /** The client's declared SHA-256 (hex), compared at the end; empty: none declared. */
    private readonly declaredSha256 = '',
    /** The field the declared hash came in, named in a mismatch. */
    private readonly declaredField = 'sha256',
  ) {}

  /** The pieces to store now (none while the head is still held back); throws when a limit is passed. */
  accept(piece: Uint8Array): Buffer[] {
    if (piece.byteLength === 0) return [];
    this.size += piece.byteLength;
    if (this.size > this.policy.maxBytes) throw new ContentTooLargeError(this.policy.maxBytes);
    const buffer = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    this.hash.update(buffer);
    if (this.mediaType !== null) return [buffer];
    this.head.push(buffer);
    this.headBytes += buffer.byteLength;
    return this.headBytes >= SNIFF_BYTES ? this.releaseHead() : [];
  }

  /** After the last piece: the pieces still held back (a short file), and the verdict. */
  finish(): { pieces: Buffer[]; content: InspectedContent } {
    const pieces = this.mediaType === null ? this.releaseHead() : [];
    const sha256 = this.hash.digest('hex');
    const declared = this.declaredSha256.trim().toLowerCase();
    if (declared !== '' && declared !== sha256) throw new DigestMismatchError(this.declaredField, this.declaredSha256, sha256);
    return { pieces, content: { sha256, size: this.size, mediaType: this.mediaType! } };
  }

  private releaseHead(): Buffer[] {
    const head = Buffer.concat(this.head);
    this.mediaType = sniffMediaType(head.subarray(0, SNIFF_BYTES), this.policy.allowedMediaTypes);
    this.head = [];
    return head.byteLength > 0 ? [head] : [];
  }
}

/** A declared hash must look like one before any byte is read (400, not 422). */
export const isSha256Hex = (value: string): boolean => SHA256_HEX.test(value.trim().toLowerCase());
