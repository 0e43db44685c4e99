/**
 * The key under which two subjects count as the same: trimmed, lower-case, whitespace
 * (including the full-width space U+3000) collapsed, punctuation (ASCII and CJK) removed.
 */
export function normaliseText(value: string): string {
  return value
    .normalize('NFKC') // full-width letters/digits → ASCII, U+3000 → space
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/[\s\u3000]+/gu, ' ')
    .trim();
}

/** Name + address key, or null when either is missing (a name alone is too weak a match). */
export function nameAddressKey(name: string, address: string): string | null {
  const n = normaliseText(name);
  const a = normaliseText(address);
  return n && a ? `${n}|${a}` : null;
}
