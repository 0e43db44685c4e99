import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { BLACKLISTING_STATUSES, CREDIT_CODE, CREDIT_ENTRY_KINDS, CREDIT_LIMITS, PUBLICATION_STATUSES, TLP_CODES } from '@liaison/contracts';
import { z } from 'zod';
import { type ActionRoute, paramsSchema } from '../http/command-routes';
import { creditStatusSchema } from './credit-status';
import { BLACKLISTING_ACTION_ROUTES, BLACKLISTINGS_PATH, CREDIT_BASE, PUBLICATION_ACTION_ROUTES, PUBLICATIONS_PATH } from './router';
import * as s from './schemas';

type Responses = RouteConfig['responses'];
const json = (description: string, schema: z.ZodType) => ({ description, content: { 'application/json': { schema } } });
const step = z.object({ type: z.string(), unitId: z.string(), officerId: z.string(), at: z.string(), note: z.string() });

const entrySchema = z
  .object({
    entryId: z.string(),
    kind: z.enum(CREDIT_ENTRY_KINDS),
    summary: z.string(),
    handlingCode: z.enum(TLP_CODES),
    source: z.object({ context: z.string(), eventId: z.string(), eventType: z.string(), recordId: z.string(), occurredAt: z.string() }),
  })
  .passthrough();
const creditFileSchema = z
  .object({
    fileId: z.string(),
    version: z.number().int(),
    subjectKind: z.enum(['enterprise', 'person']),
    creditCode: z.string(),
    names: z.array(z.object({ name: z.string() }).passthrough()),
    entries: z.array(entrySchema),
    blacklisted: z.boolean(),
  })
  .passthrough()
  .meta({ id: 'CreditFile' });
const blacklistingSchema = z
  .object({
    blacklistingId: z.string(),
    version: z.number().int(),
    status: z.enum(BLACKLISTING_STATUSES),
    fileId: z.string(),
    grounds: z.string().describe('Empty unless the caller may see the cited entries’ sources (groundsDisclosed)'),
    groundsDisclosed: z.boolean(),
    publishedFrom: z.string(),
    publishedUntil: z.string(),
    history: z.array(step),
  })
  .passthrough()
  .meta({ id: 'Blacklisting' });
const publicationSchema = z
  .object({
    publicationId: z.string(),
    version: z.number().int(),
    status: z.enum(PUBLICATION_STATUSES),
    enterpriseName: z.string(),
    creditCode: z.string(),
    responsiblePerson: z.string().describe('Masked: surname and 某'),
    cause: z.string().describe('Redacted of personal data'),
    penalty: z.string().describe('Redacted of personal data'),
    ownerUnitId: z.string(),
    publishedAt: z.string(),
    withdrawalReason: z.string(),
    history: z.array(step),
  })
  .passthrough()
  .meta({ id: 'Publication' });
const commandResult = (idField: string, id: string) =>
  z.object({ [idField]: z.string(), version: z.number().int(), status: z.string() }).meta({ id });

// The contracts' credit-code field is validated by the router; the document states its shape.
const creditCodeParam = z.object({
  creditCode: z.string().regex(CREDIT_CODE).describe('Unified social credit code (GB 32100-2015, check character verified)'),
});

/**
 * GET /status takes exactly one of creditCode and personName (s.statusQuery's refinement). Query
 * parameters one by one cannot say "exactly one", so the document describes them as one
 * form-exploded object parameter (`?creditCode=…` or `?personName=…`, OpenAPI 3.1 §4.8.12.4)
 * whose schema has the `oneOf`.
 */
const statusSubjectParameter = {
  in: 'query' as const,
  name: 'subject',
  style: 'form' as const,
  explode: true,
  required: true,
  description: 'Exactly one of `creditCode` and `personName`, as query parameters of their own',
  schema: {
    type: 'object' as const,
    additionalProperties: false,
    properties: {
      creditCode: { type: 'string' as const, pattern: CREDIT_CODE.source, description: 'Check character verified (GB 32100-2015)' },
      personName: { type: 'string' as const, maxLength: CREDIT_LIMITS.personName, pattern: '\\S' },
    },
    oneOf: [
      { required: ['creditCode'], not: { required: ['personName'] } },
      { required: ['personName'], not: { required: ['creditCode'] } },
    ],
  },
};

/** The OpenAPI paths of /api/v1/credit (router.ts; ADR 0027, 0031), from the same schemas that validate the requests. */
export function creditRouteDocs(security: RouteConfig['security'], errors: Responses): RouteConfig[] {
  const tags = ['credit'];
  const notFound = { 404: { description: 'Nothing of it is visible to the caller (its existence is not disclosed)' } };
  const workflow = (
    path: string,
    noun: string,
    rpcPrefix: string,
    create: { summary: string; body: z.ZodType; rpc: string },
    detail: z.ZodType,
    listQuery: z.ZodObject,
    actions: readonly ActionRoute<string>[],
    idParam: z.ZodType,
    result: z.ZodType,
  ): RouteConfig[] => [
    {
      method: 'post',
      path: `${CREDIT_BASE}${path}`,
      tags,
      summary: `${create.summary}; rpc ${create.rpc}`,
      security,
      request: { body: { required: true, content: { 'application/json': { schema: create.body } } } },
      responses: {
        201: json('Created (or the first result of a retried Idempotency-Key)', result),
        ...errors,
        ...notFound,
        422: { description: 'Idempotency-Key already used for a different request' },
      },
    },
    {
      method: 'get',
      path: `${CREDIT_BASE}${path}`,
      tags,
      summary: `${noun}s the caller may see; rpc List${rpcPrefix}s`,
      security,
      request: { query: listQuery },
      responses: { 200: json('The list', z.object({ items: z.array(detail), nextCursor: z.null() })), ...errors },
    },
    {
      method: 'get',
      path: `${CREDIT_BASE}${path}/{id}`,
      tags,
      summary: `A ${noun.toLowerCase()} with its history; rpc Get${rpcPrefix}`,
      security,
      request: { params: paramsSchema(idParam) },
      responses: { 200: json(`The ${noun.toLowerCase()}`, detail), ...errors, ...notFound },
    },
    ...actions.map(
      (route): RouteConfig => ({
        method: 'post',
        path: `${CREDIT_BASE}${path}/{id}/${route.path}`,
        tags,
        summary: `${route.summary}; rpc ${route.rpc}`,
        security,
        request: { params: paramsSchema(idParam), body: { required: true, content: { 'application/json': { schema: route.body } } } },
        responses: {
          200: json('Done: the new version and status', result),
          ...errors,
          ...notFound,
          409: { description: 'Not allowed in the current status' },
          412: { description: 'If-Match does not name the current version' },
          422: { description: 'Idempotency-Key already used for a different request' },
        },
      }),
    ),
  ];
  return [
    {
      method: 'get',
      path: `${CREDIT_BASE}/files/{creditCode}`,
      tags,
      summary: 'The credit file of a unified social credit code: the entries the caller may see, names over time; rpc GetCreditFile',
      security,
      request: { params: creditCodeParam },
      responses: { 200: json('The credit file', creditFileSchema), ...errors, ...notFound },
    },
    {
      method: 'get',
      path: `${CREDIT_BASE}/persons`,
      tags,
      summary: 'The credit file of a responsible person by name; rpc GetCreditFile',
      security,
      request: { query: s.personQuery },
      responses: { 200: json('The credit file', creditFileSchema), ...errors, ...notFound },
    },
    {
      method: 'get',
      path: `${CREDIT_BASE}/status`,
      tags,
      summary: 'A subject’s credit status (found, blacklisted, visible entries by kind); never 404; rpc GetCreditStatus',
      security,
      parameters: [statusSubjectParameter],
      responses: { 200: json('The status', creditStatusSchema), ...errors },
    },
    ...workflow(
      BLACKLISTINGS_PATH,
      'Blacklisting',
      'Blacklisting',
      {
        summary: 'Propose a blacklisting citing entries of the file the caller may see',
        body: s.proposeBlacklistingBody,
        rpc: 'ProposeBlacklisting',
      },
      blacklistingSchema,
      s.listQuery,
      BLACKLISTING_ACTION_ROUTES,
      s.blacklistingIdParam,
      commandResult('blacklistingId', 'BlacklistingCommandResult'),
    ),
    ...workflow(
      PUBLICATIONS_PATH,
      'Publication',
      'Publication',
      {
        summary: 'Draft the publication of a concluded case (owning unit); cause and penalty are redacted of personal data',
        body: s.draftPublicationBody,
        rpc: 'DraftPublication',
      },
      publicationSchema,
      s.publicationListQuery,
      PUBLICATION_ACTION_ROUTES,
      s.publicationIdParam,
      commandResult('publicationId', 'PublicationCommandResult'),
    ),
  ];
}
