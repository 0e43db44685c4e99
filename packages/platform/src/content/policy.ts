import { z } from 'zod';

/**
 * What uploaded content may be: a size limit and the media types accepted, as sniffed from the
 * bytes (never the client's claim). Each service sets its own (evidence: ADR 0019, public report
 * attachments: ADR 0034) with the settings below.
 */
export interface ContentPolicy {
  maxBytes: number;
  allowedMediaTypes: readonly string[];
}

/** GridFS's own default chunk size (255 KiB). */
export const DEFAULT_CHUNK_BYTES = 255 * 1024;

const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

/** A byte count in the environment (digits only), at least `min`. */
export const byteSetting = (fallback: number, min = 1, max = Number.MAX_SAFE_INTEGER) =>
  z.string().regex(/^\d+$/, 'expected bytes').transform(Number).pipe(z.number().int().min(min).max(max)).default(fallback);

/** A comma-separated list of media types in the environment (type/subtype, lower-cased). */
export const mediaTypesSetting = (fallback: readonly string[]) =>
  z
    .string()
    .transform((list) =>
      list
        .split(',')
        .map((type) => type.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(MEDIA_TYPE, 'expected type/subtype')).min(1))
    .default([...fallback]);

/** GridFS chunk size in the environment: 1 KiB to 8 MiB. */
export const chunkSizeSetting = () => byteSetting(DEFAULT_CHUNK_BYTES, 1024, 8 * 1024 * 1024);
