import { z } from 'zod';
import { TLP_CODES } from './handling';

/**
 * Field pieces every context's commands and events share, each written once. The gateway's
 * request schemas (and so the OpenAPI document) use the same constants, so what the API allows
 * is what the events accept.
 */

/** Free text of at most `max` characters (may be empty: emptiness is the decider's rule). */
export const text = (max: number) => z.string().max(max);
/**
 * Has a character `String.prototype.trim` keeps: the pattern of a text that must not be blank (the
 * gateway trims texts and refuses what is left empty), so the OpenAPI document says so too.
 * `\uFEFF` is spelled out: JavaScript's `\s` holds it, other regex dialects' (Python's) do not.
 */
export const NON_BLANK = /[^\s\uFEFF]/;
/** RFC 3339 instant as stored (`toISOString()` or with an offset). */
export const isoTime = z.iso.datetime({ offset: true });

/** `^(?:<pattern>)?$`: the pattern, or the empty string proto3 sends for "not given". */
export const emptyOr = (pattern: RegExp): RegExp => new RegExp(`^(?:${pattern.source.replace(/^\^/, '').replace(/\$$/, '')})?$`);

/** A unit of the registry: `<agency>-<jurisdiction>`, e.g. `msb-jinshui`. */
export const UNIT_ID = /^[a-z0-9]+-[a-z0-9-]+$/;
export const UNIT_ID_MAX = 100;
export const unitIdField = z.string().max(UNIT_ID_MAX).regex(UNIT_ID, 'expected a unit id, e.g. "msb-jinshui"');

export const OFFICER_ID_MAX = 200;
export const officerIdField = z.string().min(1).max(OFFICER_ID_MAX);

/** A jurisdiction of the registry, e.g. `jinshui`. */
export const JURISDICTION_ID = /^[a-z0-9-]+$/;
export const JURISDICTION_ID_MAX = 100;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from the digits and the upper-case letters
 * other than I, O, S, V and Z; characters 3–8 are the administrative division code (digits).
 */
export const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
export const CREDIT_CODE_MESSAGE = 'an 18-character unified social credit code';
export const CREDIT_CODE_CHECK_MESSAGE = 'the check character (18th, GB 32100-2015) does not match the first 17';

/** GB 32100-2015 §4.3: the code's alphabet in value order (0–30) and the weights of positions 1–17. */
const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters of a credit code: 31 − (Σ value × weight mod 31), 31 counting as 0. */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i] ?? '');
    if (value < 0) throw new Error(`"${first17[i] ?? ''}" is not a credit-code character`);
    sum += value * CREDIT_CODE_WEIGHTS[i]!;
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** A well-formed code (CREDIT_CODE) whose 18th character is the check character of the first 17. */
export const isValidCreditCode = (code: string): boolean => CREDIT_CODE.test(code) && creditCodeCheckCharacter(code) === code[17];

/** Completes 17 characters into a valid code (fixtures, seeds, benchmarks). */
export const creditCodeFrom = (first17: string): string => `${first17}${creditCodeCheckCharacter(first17)}`;

/** Only the check character: a code that fails the pattern is reported by the pattern alone, not twice. */
const checkCharacterHolds = (code: string): boolean => code === '' || !CREDIT_CODE.test(code) || isValidCreditCode(code);

/**
 * The one schema of a credit code wherever one enters (REST bodies and queries, gRPC requests
 * through the command schemas, events at append and on consumption): the pattern (also in the
 * OpenAPI document) and the GB 32100-2015 check character.
 */
export const creditCodeField = z.string().regex(CREDIT_CODE, CREDIT_CODE_MESSAGE).refine(checkCharacterHolds, CREDIT_CODE_CHECK_MESSAGE);
/** The same, or the empty string proto3 sends for "not given". */
export const creditCodeOrEmpty = z
  .string()
  .regex(emptyOr(CREDIT_CODE), CREDIT_CODE_MESSAGE)
  .refine(checkCharacterHolds, CREDIT_CODE_CHECK_MESSAGE);

/** `lead-<uuid>` and `operation-<uuid>`: the stream ids of the two contexts. */
export const LEAD_ID = /^lead-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const OPERATION_ID = /^operation-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const leadIdField = z.string().regex(LEAD_ID, 'expected lead-<uuid>');
export const operationIdField = z.string().regex(OPERATION_ID, 'expected operation-<uuid>');

export const coordinatesSchema = z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) });

/** How many officers a RED record may name. */
export const NAMED_OFFICERS_MAX = 100;
export const handlingSchema = z.object({
  code: z.enum(TLP_CODES),
  noCourtUseWithoutConsent: z.boolean(),
  noOnwardSharingWithoutConsent: z.boolean(),
  namedOfficerIds: z.array(officerIdField).max(NAMED_OFFICERS_MAX),
});
export type HandlingData = z.infer<typeof handlingSchema>;

export const timeWindowSchema = z.object({ startsAt: isoTime, endsAt: isoTime });
export type TimeWindowData = z.infer<typeof timeWindowSchema>;

/** How many units one share or invitation may name. */
export const UNITS_PER_COMMAND_MAX = 50;
