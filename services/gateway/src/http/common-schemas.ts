import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import {
  creditCodeField,
  JURISDICTION_ID,
  JURISDICTION_ID_MAX,
  NAMED_OFFICERS_MAX,
  NON_BLANK,
  OFFICER_ID_MAX,
  TLP_CODES,
  UNIT_ID,
  UNIT_ID_MAX,
  UNITS_PER_COMMAND_MAX,
} from '@liaison/contracts';
import { z } from 'zod';

// Parameters (path, query, headers) need zod-to-openapi's `.openapi()` on zod's prototype.
extendZodWithOpenApi(z);

/**
 * Schema pieces shared by every resource (leads, operations, …): the same schemas validate
 * requests (strict: unknown fields are rejected) and generate the OpenAPI document. Every limit,
 * enum and pattern is the contract's constant (@liaison/contracts), so what the API allows is what
 * the events accept; the gateway adds only request-side strictness (trimming, non-empty, defaults).
 */

/** A contract text field, trimmed and required: not blank (NON_BLANK gives the document the pattern of the check). */
export const nonBlank = (field: z.ZodString) =>
  // One issue for a blank text: the pattern is checked only when min(1) held.
  field.trim().min(1, { message: 'must not be empty', abort: true }).regex(NON_BLANK, 'must not be blank');
export const text = (max: number) => nonBlank(z.string()).max(max);
export const optionalText = (max: number) => z.string().trim().max(max).optional();
/**
 * Marks a field whose value must name an entry of the registry as it is now (a unit, a
 * jurisdiction, …): the pattern is all a static document can say; the document the gateway
 * serves at run time to a signed-in caller lists the registry's current ids as `enum`
 * (openapi-registry.ts), because the services refuse any other id with 400.
 */
export const REGISTRY_REF = 'x-liaison-registry';
/** Which registry ids a marked field takes: every unit, a police unit, a procuratorate, or a jurisdiction. */
export type RegistryRef = 'unit' | 'police-unit' | 'procuratorate-unit' | 'jurisdiction' | 'officer' | 'own-unit' | 'other-unit';
// `.meta` (not `.openapi`): it also marks schemas made before zod-to-openapi extended zod (the contracts').
export const registryRef = <T extends z.ZodType>(schema: T, ref: RegistryRef): T => schema.meta({ [REGISTRY_REF]: ref });
/**
 * Marks an object whose `officer` field must name an officer of the unit its `unit` field names
 * (both absent: the caller and the caller's unit; another unit needs its officer): the run-time
 * document (openapi-registry.ts) spells that out as an `anyOf` over the registry's units.
 */
export const REGISTRY_OFFICER_OF_UNIT = 'x-liaison-officer-of-unit';
export const officerOfUnit = (unit: string, officer: string) => ({ [REGISTRY_OFFICER_OF_UNIT]: { unit, officer } });

export const unitIdPattern = z.string().max(UNIT_ID_MAX).regex(UNIT_ID, 'expected a unit id, e.g. "msb-jinshui"');
/** A unit of the registry. */
export const unitId = registryRef(unitIdPattern, 'unit');
export const unitIds = z.array(unitId).min(1, 'name at least one unit').max(UNITS_PER_COMMAND_MAX);
/** A police unit of the registry (the leads service refuses any other for a hand-over). */
export const policeUnitId = registryRef(unitIdPattern, 'police-unit');
/** A procuratorate of the registry (the leads service refuses any other unit as supervisor). */
export const procuratorateUnitId = registryRef(unitIdPattern, 'procuratorate-unit');
/** An officer of the registry (named officers, custody recipients: the services refuse unknown ones). */
export const officerId = registryRef(z.string().min(1).max(OFFICER_ID_MAX), 'officer');
/** Officers a RED record names. */
export const namedOfficerIds = z.array(officerId).max(NAMED_OFFICERS_MAX);
/** The caller's own unit (officers act for it only, e.g. as a meeting's convener). */
export const ownUnitId = registryRef(unitIdPattern, 'own-unit');
/** A unit other than the caller's (e.g. a unit invited to the caller's meeting). */
export const otherUnitId = registryRef(unitIdPattern, 'other-unit');
export const jurisdictionId = registryRef(
  z.string().max(JURISDICTION_ID_MAX).regex(JURISDICTION_ID, 'expected a jurisdiction id, e.g. "jinshui"'),
  'jurisdiction',
);
export const timestamp = z.iso.datetime({ offset: true, message: 'expected an RFC 3339 date-time, e.g. 2026-05-01T09:00:00+08:00' });
/** 统一社会信用代码. */
export const creditCode = creditCodeField;
/** A record id in a path or body (`lead-…`, `operation-…`, `task-…`, `conflict-…`). */
export const recordId = (what: string) =>
  z.string().regex(/^[A-Za-z0-9_.:-]{1,128}$/, `expected ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} id`);

/**
 * Cross-field refinements as JSON Schema for the document (zod-to-openapi does not render a
 * `.refine`): "at least one of these text fields, not blank" is an `anyOf` with one branch per
 * field; pass it as the object's `.meta({ anyOf })` next to the refinement that checks it.
 */
export const oneFilledOf = (fields: readonly string[]) =>
  fields.map((field) => ({ required: [field], properties: { [field]: { type: 'string', pattern: '\\S' } } }));
/** "Exactly one of these fields" (present or absent, whatever the value): a `oneOf` branch per field. */
export const exactlyOneOf = (fields: readonly string[]) =>
  fields.map((field) => ({
    required: [field],
    not: { anyOf: fields.filter((other) => other !== field).map((other) => ({ required: [other] })) },
  }));

export const HANDLING_CODES = TLP_CODES;

export const handlingSchema = z
  .strictObject({
    code: z.enum(HANDLING_CODES).describe('TLP 2.0 handling code'),
    noCourtUseWithoutConsent: z.boolean().default(false),
    noOnwardSharingWithoutConsent: z.boolean().default(false),
    namedOfficerIds: namedOfficerIds.default([]).describe('RED: the officers who may see the record'),
  })
  // Every service refuses named officers on a record that is not RED.
  .meta({ id: 'Handling', anyOf: [{ properties: { code: { const: 'RED' } } }, { properties: { namedOfficerIds: { maxItems: 0 } } }] });

/**
 * Leads, operations and meetings also refuse a RED record that names nobody: for the document,
 * the body's `handling` (as `.meta({ anyOf })` of the body, next to handlingSchema's own rule).
 */
export const redNamesOfficers = [
  { properties: { handling: { properties: { code: { not: { const: 'RED' } } } } } },
  { properties: { handling: { required: ['namedOfficerIds'], properties: { namedOfficerIds: { minItems: 1 } } } } },
];

export const coordinatesSchema = z.strictObject({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) });

export const emptyBody = z.strictObject({}).meta({ id: 'EmptyBody' });

// ---- pagination ----

export const limit = z.coerce.number().int().min(1).max(100).default(20);
export const cursor = z.string().max(2_000).optional();
export const statusFilter = z
  .string()
  .regex(/^[a-z_]{1,40}$/)
  .optional();
export const pageQuery = z.strictObject({ cursor, limit });
export const nextCursorSchema = z.string().nullable().describe('Pass as ?cursor= for the next page; null on the last');

/** `{items, nextCursor}` of a cursor-paginated list. */
export const pageOfSchema = (id: string, item: z.ZodType) => z.object({ items: z.array(item), nextCursor: nextCursorSchema }).meta({ id });

// ---- responses ----

export const problemSchema = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    issues: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .describe('Each offending field (400)'),
    currentStatus: z.string().optional().describe('The record’s status when a transition is not allowed (409)'),
  })
  .meta({ id: 'Problem' });
