import { byteSetting, chunkSizeSetting, type ContentPolicy, mediaTypesSetting } from '@liaison/platform';
import { z } from 'zod';
import type { AttachmentLimits } from '../domain/attachments';

/**
 * The limits of files attached to public reports (ADR 0034). A citizen sends photos and scanned
 * documents: JPEG, PNG and PDF by default (sniffed from the bytes; plain text has no signature to
 * check), 10 MiB each, 5 per report, within an hour of the submission.
 */
export const DEFAULT_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_ATTACHMENT_MEDIA_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;

const count = (fallback: number, max: number) =>
  z.string().regex(/^\d+$/, 'a number').transform(Number).pipe(z.number().int().min(1).max(max)).default(fallback);

export const attachmentEnvSchema = z.object({
  INTAKE_ATTACHMENT_MAX_BYTES: byteSetting(DEFAULT_ATTACHMENT_MAX_BYTES),
  INTAKE_ATTACHMENT_MEDIA_TYPES: mediaTypesSetting(DEFAULT_ATTACHMENT_MEDIA_TYPES),
  INTAKE_ATTACHMENTS_PER_REPORT: count(5, 50),
  INTAKE_ATTACHMENT_WINDOW_MINUTES: count(60, 7 * 24 * 60),
  /** Files under this directory instead of GridFS (bucket `report_attachments` of the intake database). */
  INTAKE_ATTACHMENT_DIR: z.string().min(1).optional(),
  INTAKE_GRIDFS_CHUNK_BYTES: chunkSizeSetting(),
});
export type AttachmentEnv = z.output<typeof attachmentEnvSchema>;

export const ATTACHMENT_BUCKET = 'report_attachments';

export const attachmentPolicyOf = (env: AttachmentEnv): ContentPolicy => ({
  maxBytes: env.INTAKE_ATTACHMENT_MAX_BYTES,
  allowedMediaTypes: env.INTAKE_ATTACHMENT_MEDIA_TYPES,
});
export const attachmentLimitsOf = (env: AttachmentEnv): AttachmentLimits => ({
  maxAttachments: env.INTAKE_ATTACHMENTS_PER_REPORT,
  windowMinutes: env.INTAKE_ATTACHMENT_WINDOW_MINUTES,
});
export const attachmentStoreOf = (env: AttachmentEnv) => ({
  directory: env.INTAKE_ATTACHMENT_DIR,
  bucketName: ATTACHMENT_BUCKET,
  chunkSizeBytes: env.INTAKE_GRIDFS_CHUNK_BYTES,
  label: 'report attachment',
});
