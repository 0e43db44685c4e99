import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

// Parameters (path, query, headers) need zod-to-openapi's `.openapi()` on zod's prototype.
extendZodWithOpenApi(z);

/**
 * Schema pieces shared by every resource (leads, operations, …): the same schemas validate
 * requests (strict: unknown fields are rejected) and generate the OpenAPI document.
 */

export const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
export const optionalText = (max: number) => z.string().trim().max(max).optional();
export const unitId = z.string().regex(/^[a-z0-9]+-[a-z0-9-]+$/, 'expected a unit id, e.g. "msb-jinshui"');
export const unitIds = z.array(unitId).min(1, 'name at least one unit').max(50);
export const jurisdictionId = z.string().regex(/^[a-z0-9-]+$/, 'expected a jurisdiction id, e.g. "jinshui"');
export const timestamp = z.iso.datetime({ offset: true, message: 'expected an RFC 3339 date-time, e.g. 2026-05-01T09:00:00+08:00' });
/** 统一社会信用代码. */
export const creditCode = z
  .string()
  .regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, 'expected an 18-character unified social credit code');
/** A record id in a path or body (`lead-…`, `operation-…`, `task-…`, `conflict-…`). */
export const recordId = (what: string) => z.string().regex(/^[A-Za-z0-9_.:-]{1,128}$/, `expected ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} id`);

export const HANDLING_CODES = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;

export const handlingSchema = z
  .strictObject({
    code: z.enum(HANDLING_CODES).describe('TLP 2.0 handling code'),
    noCourtUseWithoutConsent: z.boolean().default(false),
    noOnwardSharingWithoutConsent: z.boolean().default(false),
    namedOfficerIds: z.array(z.string().min(1)).max(100).default([]).describe('RED: the officers who may see the record'),
  })
  .meta({ id: 'Handling' });

export const coordinatesSchema = z.strictObject({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) });

export const emptyBody = z.strictObject({}).meta({ id: 'EmptyBody' });

// ---- pagination ----

export const limit = z.coerce.number().int().min(1).max(100).default(20);
export const cursor = z.string().max(2_000).optional();
export const statusFilter = z.string().regex(/^[a-z_]{1,40}$/).optional();
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
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional().describe('Each offending field (400)'),
    currentStatus: z.string().optional().describe('The record’s status when a transition is not allowed (409)'),
  })
  .meta({ id: 'Problem' });
