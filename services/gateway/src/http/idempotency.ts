import { createHash, randomUUID } from 'node:crypto';
import { ValidationError } from '@liaison/platform';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * The gRPC `command_id` of a POST. With an `Idempotency-Key`, it is derived deterministically
 * from the officer and the key (SHA-256 → UUID layout, version 8 "custom"), so a retry carries the
 * same command id (the service answers it with the first result) and two officers who happen to
 * choose the same key never collide. Without the header, every POST is a new command.
 */
export function commandIdFor(officerId: string, idempotencyKey: string | undefined): string {
  if (idempotencyKey === undefined) return randomUUID();
  if (!KEY.test(idempotencyKey)) {
    throw ValidationError.field('Idempotency-Key', 'expected 1–255 visible ASCII characters');
  }
  const hex = createHash('sha256').update(`liaison-idempotency\u0000${officerId}\u0000${idempotencyKey}`).digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Object keys sorted at every depth, so `{a,b}` and `{b,a}` are the same request body. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * What an Idempotency-Key is bound to: method, path, officer and body. The service keeps it
 * with the commit; the same key sent with anything different is refused (422) instead of being
 * answered with the first request's result.
 */
export function requestDigestOf(request: { method: string; path: string; officerId: string; body: unknown }): string {
  return createHash('sha256')
    .update(`${request.method.toUpperCase()}\u0000${request.path}\u0000${request.officerId}\u0000${canonicalJson(request.body ?? {})}`)
    .digest('hex');
}
