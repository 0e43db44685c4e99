import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import {
  creditCodeField,
  JURISDICTION_ID,
  JURISDICTION_ID_MAX,
  NAMED_OFFICERS_MAX,
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

export const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
export const optionalText = (max: number) => z.string().trim().max(max).optional();
export const unitId = z.string().max(UNIT_ID_MAX).regex(UNIT_ID, 'expected a unit id, e.g. "msb-jinshui"');
export const unitIds = z.array(unitId).min(1, 'name at least one unit').max(UNITS_PER_COMMAND_MAX);
export const jurisdictionId = z.string().max(JURISDICTION_ID_MAX).regex(JURISDICTION_ID, 'expected a jurisdiction id, e.g. "jinshui"');
export const timestamp = z.iso.datetime({ offset: true, message: 'expected an RFC 3339 date-time, e.g. 2026-05-01T09:00:00+08:00' });
/** 统一社会信用代码. */
export const creditCode = creditCodeField;
/** A record id in a path or body (`lead-…`, `operation-…`, `task-…`, `conflict-…`). */
export const recordId = (what: string) =>
  z.string().regex(/^[A-Za-z0-9_.:-]{1,128}$/, `expected ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} id`);

export const HANDLING_CODES = TLP_CODES;

export const handlingSchema = z
  .strictObject({
    code: z.enum(HANDLING_CODES).describe('TLP 2.0 handling code'),
    noCourtUseWithoutConsent: z.boolean().default(false),
    noOnwardSharingWithoutConsent: z.boolean().default(false),
    namedOfficerIds: z
      .array(z.string().min(1).max(OFFICER_ID_MAX))
      .max(NAMED_OFFICERS_MAX)
      .default([])
      .describe('RED: the officers who may see the record'),
  })
  .meta({ id: 'Handling' });

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
