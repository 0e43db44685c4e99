import { byteSetting, chunkSizeSetting, type ContentPolicy, mediaTypesSetting } from '@liaison/platform';
import { z } from 'zod';

/**
 * What uploaded evidence content may be (ADR 0019): a size limit and the media types accepted,
 * as sniffed from the bytes. The defaults fit enforcement evidence: scanned documents and
 * reports (PDF), photos (JPEG, PNG, TIFF from scanners), video and audio recordings (MP4,
 * QuickTime from phones, MP3), and exported electronic data (ZIP). Plain text is not among
 * them: it has no magic bytes to check, so "text" would accept anything. The mechanics
 * (inspection, sniffing, storage) are the platform's (`packages/platform/src/content`).
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

/** The content part of the evidence service's environment (extend its config schema with it). */
export const contentEnvSchema = z.object({
  /** Largest content accepted, in bytes. */
  EVIDENCE_MAX_BYTES: byteSetting(DEFAULT_MAX_BYTES),
  /** Comma-separated media types accepted (as sniffed from the bytes). */
  EVIDENCE_MEDIA_TYPES: mediaTypesSetting(DEFAULT_MEDIA_TYPES),
  /** Store content as files under this directory instead of GridFS. */
  EVIDENCE_CONTENT_DIR: z.string().min(1).optional(),
  /** GridFS chunk size in bytes. */
  EVIDENCE_GRIDFS_CHUNK_BYTES: chunkSizeSetting(),
});
export type ContentEnv = z.output<typeof contentEnvSchema>;

export const contentPolicyOf = (env: ContentEnv): ContentPolicy => ({
  maxBytes: env.EVIDENCE_MAX_BYTES,
  allowedMediaTypes: env.EVIDENCE_MEDIA_TYPES,
});
