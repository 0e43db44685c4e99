import { z } from 'zod';

/**
 * What uploaded evidence content may be (ADR 0019): a size limit and the media types accepted,
 * as sniffed from the bytes. The defaults fit enforcement evidence: scanned documents and
 * reports (PDF), photos (JPEG, PNG, TIFF from scanners), video and audio recordings (MP4,
 * QuickTime from phones, MP3), and exported electronic data (ZIP). Plain text is not among
 * them: it has no magic bytes to check, so "text" would accept anything.
 */
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
export const DEFAULT_MEDIA_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/tiff',
  'video/mp4',
  'video/quicktime',
  'audio/mpeg',
  'application/zip',
] as const;

/** GridFS's own default chunk size (255 KiB). */
export const DEFAULT_CHUNK_BYTES = 255 * 1024;

export interface ContentPolicy {
  maxBytes: number;
  allowedMediaTypes: readonly string[];
}

const mediaType = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

/** The content part of the evidence service's environment (extend its config schema with it). */
export const contentEnvSchema = z.object({
  /** Largest content accepted, in bytes. */
  EVIDENCE_MAX_BYTES: z
    .string()
    .regex(/^\d+$/, 'expected bytes')
    .transform(Number)
    .pipe(z.number().int().min(1))
    .default(DEFAULT_MAX_BYTES),
  /** Comma-separated media types accepted (as sniffed from the bytes). */
  EVIDENCE_MEDIA_TYPES: z
    .string()
    .transform((list) =>
      list
        .split(',')
        .map((type) => type.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(mediaType, 'expected type/subtype')).min(1))
    .default([...DEFAULT_MEDIA_TYPES]),
  /** Store content as files under this directory instead of GridFS. */
  EVIDENCE_CONTENT_DIR: z.string().min(1).optional(),
  /** GridFS chunk size in bytes. */
  EVIDENCE_GRIDFS_CHUNK_BYTES: z
    .string()
    .regex(/^\d+$/, 'expected bytes')
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1024)
        .max(8 * 1024 * 1024),
    )
    .default(DEFAULT_CHUNK_BYTES),
});
export type ContentEnv = z.output<typeof contentEnvSchema>;

export const contentPolicyOf = (env: ContentEnv): ContentPolicy => ({
  maxBytes: env.EVIDENCE_MAX_BYTES,
  allowedMediaTypes: env.EVIDENCE_MEDIA_TYPES,
});
