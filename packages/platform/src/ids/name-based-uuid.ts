import { createHash } from 'node:crypto';

/**
 * A uuid (version 8 layout: "custom") derived from a namespace and a name by SHA-256: the same
 * name always gives the same uuid. Services derive record ids from command ids with it, so a
 * retried create lands on the same stream and gets the first result back.
 */
export function nameBasedUuid(namespace: string, name: string): string {
  const bytes = createHash('sha256').update(`${namespace}\u0000${name}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
