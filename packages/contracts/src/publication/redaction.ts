/**
 * Redaction of personal data in a case publication (案件信息公开, ADR 0031): pure, so the decider
 * that drafts a publication, its unit tests and anyone re-checking a published text apply the same
 * rule. The enterprise (a legal person: name and unified social credit code) is published as it
 * is; natural persons are not: a known person's name is shortened to the surname and 某 (张三 →
 * 张某, "Zhang San" → "Zhang *"), and resident identity numbers, mobile and landline numbers, e-mail
 * addresses and bank card numbers found in free text are replaced by a mark.
 */
export const REDACTED = '***';

const CJK = /[\u3400-\u9fff]/u;

/** A person's name as published: the surname only (the first character of a Chinese name, the first word of a romanised one). */
export function maskPersonName(name: string): string {
  const n = name.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (!n) return '';
  if (CJK.test(n[0]!)) return `${n[0]}某`;
  const [first, ...rest] = n.split(' ');
  return rest.length > 0 ? `${first} *` : `${n[0]}*`;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Patterns of personal data in free text, most specific first (an identity number before a card number). */
const PATTERNS: RegExp[] = [
  // Resident identity number (GB 11643): area, birth date, sequence, check character.
  /(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g,
  // E-mail addresses.
  /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g,
  // Bank card numbers (16-19 digits, optionally grouped by spaces or dashes).
  /(?<!\d)\d{4}(?:[ -]?\d{4}){3}(?:[ -]?\d{1,3})?(?!\d)/g,
  // Mainland mobile numbers, optionally +86.
  /(?:\+?86[ -]?)?(?<!\d)1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)/g,
  // Landline numbers with an area code (0371-6xxxxxxx).
  /(?<!\d)0\d{2,3}-\d{7,8}(?!\d)/g,
];

/**
 * The text with personal data replaced: every occurrence of the given persons' names (any case,
 * any spacing) by its mask, then the patterns by REDACTED. `keep` lists strings never touched
 * (the enterprise's credit code, which an identity-number pattern could match when all digits).
 */
export function redactPersonalData(text: string, persons: { names: string[]; keep?: string[] } = { names: [] }): string {
  // The text is not normalised (full-width punctuation stays as written); names are, and match any case and spacing.
  let out = text;
  const kept = (persons.keep ?? []).filter(Boolean);
  const placeholders = kept.map((_, i) => `\u0000${i}\u0000`);
  kept.forEach((k, i) => (out = out.split(k).join(placeholders[i]!)));
  const names = persons.names
    .map((n) => n.normalize('NFKC').replace(/\s+/g, ' ').trim())
    .filter((n) => n.length > 0)
    .sort((a, b) => b.length - a.length);
  for (const name of names) {
    const pattern = new RegExp(escape(name).replace(/ /g, '\\s+'), 'giu');
    out = out.replace(pattern, maskPersonName(name));
  }
  for (const pattern of PATTERNS) out = out.replace(pattern, REDACTED);
  kept.forEach((k, i) => (out = out.split(placeholders[i]!).join(k)));
  return out;
}

/** Whether a text still shows personal data by the patterns (a check the API can run on any published text). */
export const hasPersonalData = (text: string, names: string[] = []): boolean => redactPersonalData(text, { names }) !== text;
