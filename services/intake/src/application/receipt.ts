import { createHash, randomBytes } from 'node:crypto';

// Crockford base32: no I, L, O, U, so a code read out over the phone is not misheard.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A fresh receipt code, `XXXX-XXXX-XXXX-XXXX` (80 random bits): it is the reporter's only key to the status. */
export function newReceiptCode(): string {
  const bytes = randomBytes(10);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)!.join('-');
}

/** What is kept of a receipt code: its SHA-256 (a leaked database does not give out the codes). */
export const receiptDigest = (code: string): string => createHash('sha256').update(code.trim().toUpperCase()).digest('hex');
