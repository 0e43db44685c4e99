import { ValidationError } from '@liaison/platform';

/** `ETag` of a stream version: a strong tag holding the number. */
export const etagOf = (version: number): string => `"${version}"`;

/**
 * `If-Match: "<n>"` → the version to pin (`if_match_version`); 0 when absent or `*` (no pin).
 * A weak tag `W/"n"` is accepted too, since some proxies weaken tags. Anything else is a 400.
 */
export function ifMatchVersion(header: string | undefined): number {
  if (header === undefined || header.trim() === '' || header.trim() === '*') return 0;
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header) ?? /^\s*(\d{1,9})\s*$/.exec(header);
  const version = match ? Number(match[1]) : NaN;
  if (!Number.isInteger(version) || version < 1) {
    throw ValidationError.field('If-Match', 'expected one entity tag "<version>" as returned in ETag, e.g. "3"');
  }
  return version;
}

/** True when `If-None-Match` names the current version (→ 304 on GET). */
export function noneMatch(header: string | undefined, version: number): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === etagOf(version));
}
