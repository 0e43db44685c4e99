import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { RECEIPT_CODE, REPORT_STATUSES, REWARD_STATUSES } from '@liaison/contracts';
import { z } from 'zod';
import { problemSchema } from '../http/common-schemas';
import { publicAttachmentRouteDocs } from '../intake/attachment-openapi';
import { PUBLICATIONS_API_PATH } from './publications';
import { PUBLIC_API_BASE, publicReportBody } from './router';

const json = (description: string, schema: z.ZodType) => ({ description, content: { 'application/json': { schema } } });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: problemSchema } } });

const challengeSchema = z
  .object({ algorithm: z.string(), challenge: z.string(), maxnumber: z.number().int(), salt: z.string(), signature: z.string() })
  .meta({ id: 'PublicChallenge' });
const statusSchema = z
  .object({
    status: z.enum(REPORT_STATUSES),
    reason: z.string().describe('A rejection’s reason, written for the reporter; otherwise empty'),
    submittedAt: z.string(),
    updatedAt: z.string(),
    rewardStatus: z.enum(['', ...REWARD_STATUSES]).describe('That a reward exists and its status; nothing else of it'),
    attachmentCount: z.number().int().min(0).describe('How many files attached to the report arrived (ADR 0034); nothing else of them'),
  })
  .meta({ id: 'PublicReportStatus' });
const publishedCaseSchema = z
  .object({
    publicationId: z.string(),
    enterpriseName: z.string(),
    creditCode: z.string(),
    responsiblePerson: z.string().describe('Masked: surname and 某'),
    cause: z.string(),
    penalty: z.string(),
    issuedByUnitId: z.string(),
    publishedAt: z.string(),
  })
  .meta({ id: 'PublishedCase' });

/**
 * The OpenAPI paths of the unauthenticated channel (router.ts, publications.ts; ADR 0028, 0031):
 * no security, rate-limited per client address (429 with RateLimit headers).
 */
export function publicRouteDocs(): RouteConfig[] {
  const tags = ['public'];
  const limited = { 429: problem('Too many requests from this address in the window') };
  const feed = (type: string) => ({ description: 'The feed', content: { [type]: { schema: { type: 'string' as const } } } });
  return [
    {
      method: 'get',
      path: `${PUBLIC_API_BASE}/challenge`,
      tags,
      summary: 'A fresh proof-of-work challenge (ALTCHA, SHA-256): solve it and send it as `altcha` with the report',
      security: [],
      responses: { 200: json('The challenge', challengeSchema) },
    },
    {
      method: 'post',
      path: `${PUBLIC_API_BASE}/reports`,
      tags,
      summary: 'Submit a report without an account; answers the receipt code once; rpc SubmitReport (public)',
      security: [],
      request: { body: { required: true, content: { 'application/json': { schema: publicReportBody } } } },
      responses: {
        201: json(
          'Received',
          z.object({
            receiptCode: z.string().regex(RECEIPT_CODE),
            status: z.string(),
            screeningDueAt: z.string(),
            statusUrl: z.string(),
            attachmentsUrl: z.string().describe('Where to POST files for this report (ADR 0034)'),
          }),
        ),
        400: problem('Invalid report, or the proof of work is missing, wrong or used'),
        ...limited,
      },
    },
    {
      method: 'get',
      path: `${PUBLIC_API_BASE}/reports/{receiptCode}`,
      tags,
      summary: 'The status of a report by its receipt code, never internal notes; rpc GetReportStatus (public)',
      security: [],
      request: { params: z.object({ receiptCode: z.string().regex(RECEIPT_CODE) }) },
      responses: {
        200: json('The status', statusSchema),
        400: problem('Not a receipt code'),
        404: problem('Unknown receipt code'),
        ...limited,
      },
    },
    ...publicAttachmentRouteDocs(problem, limited),
    {
      method: 'get',
      path: `${PUBLIC_API_BASE}${PUBLICATIONS_API_PATH}`,
      tags,
      summary: 'Published case outcomes (案件信息公开), personal data redacted, newest first; rpc ListPublishedCases (public)',
      security: [],
      responses: { 200: json('The cases', z.object({ items: z.array(publishedCaseSchema), nextCursor: z.null() })), ...limited },
    },
    {
      method: 'get',
      path: `${PUBLIC_API_BASE}${PUBLICATIONS_API_PATH}/feed.atom`,
      tags,
      summary: 'The published cases as an Atom feed',
      security: [],
      responses: { 200: feed('application/atom+xml'), ...limited },
    },
    {
      method: 'get',
      path: `${PUBLIC_API_BASE}${PUBLICATIONS_API_PATH}/feed.rss`,
      tags,
      summary: 'The published cases as an RSS 2.0 feed',
      security: [],
      responses: { 200: feed('application/rss+xml'), ...limited },
    },
  ];
}
