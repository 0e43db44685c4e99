import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { REPORT_CATEGORIES, REPORT_STATUSES, REWARD_BASES, REWARD_STATUSES } from '@liaison/contracts';
import { z } from 'zod';
import { paramsSchema } from '../http/command-routes';
import { attachmentReadRouteDocs } from './attachment-openapi';
import { INTAKE_BASE, queueQuery, REPORT_ACTION_ROUTES, reportIdParam, rewardsQuery } from './router';

type Responses = RouteConfig['responses'];
const json = (description: string, schema: z.ZodType) => ({ description, content: { 'application/json': { schema } } });

const reportSchema = z
  .object({
    reportId: z.string(),
    version: z.number().int(),
    status: z.enum(REPORT_STATUSES),
    category: z.enum(REPORT_CATEGORIES),
    what: z.string(),
    where: z.object({ jurisdiction: z.string(), address: z.string() }),
    routedToUnitId: z.string(),
    screeningDueAt: z.string(),
    overdue: z.boolean(),
    hasContact: z.boolean(),
    contactDisclosed: z.boolean().describe('The contact (RED) is shown to the routing rule’s named screening officers only'),
    contact: z.object({ name: z.string(), phone: z.string(), email: z.string() }).nullable(),
    leadId: z.string(),
    attachmentCount: z.number().int().describe('Files the reporter attached (ADR 0034)'),
    attachmentsDisclosed: z.boolean().describe('The files (RED) are listed and downloaded by the named screening officers only'),
  })
  .passthrough()
  .meta({ id: 'IntakeReport' });
const rewardSchema = z
  .object({
    reportId: z.string(),
    version: z.number().int(),
    status: z.enum(REWARD_STATUSES),
    basis: z.enum(REWARD_BASES),
    leadId: z.string(),
    amountYuan: z.number().int(),
    paymentReference: z.string(),
    history: z.array(z.object({ type: z.string(), unitId: z.string(), officerId: z.string(), at: z.string(), note: z.string() })),
  })
  .passthrough()
  .meta({ id: 'Reward' });
const resultSchema = z
  .object({
    reportId: z.string(),
    version: z.number().int(),
    status: z.enum(REPORT_STATUSES),
    leadId: z.string().optional(),
    rewardStatus: z.string().optional(),
  })
  .meta({ id: 'ReportCommandResult' });

/** The OpenAPI paths of /api/v1/intake (router.ts; ADR 0028, 0031), from the same schemas that validate the requests. */
export function intakeRouteDocs(security: RouteConfig['security'], errors: Responses): RouteConfig[] {
  const tags = ['intake'];
  const notFound = { 404: { description: 'No such report for the caller’s unit (its existence is not disclosed)' } };
  return [
    {
      method: 'get',
      path: `${INTAKE_BASE}/queue`,
      tags,
      summary: 'The caller’s unit’s reports by status (default received), earliest screening deadline first; rpc ListIntakeQueue',
      security,
      request: { query: queueQuery },
      responses: { 200: json('The queue', z.object({ items: z.array(reportSchema), nextCursor: z.null() })), ...errors },
    },
    {
      method: 'get',
      path: `${INTAKE_BASE}/reports/{id}`,
      tags,
      summary: 'A report of the caller’s unit; the reporter’s contact for the named screening officers only; rpc GetReport',
      security,
      request: { params: paramsSchema(reportIdParam) },
      responses: { 200: json('The report', reportSchema), ...errors, ...notFound },
    },
    {
      method: 'get',
      path: `${INTAKE_BASE}/rewards`,
      tags,
      summary: 'Rewards (有奖举报) the caller may see: named screening officers and the leading-group office; rpc ListRewards',
      security,
      request: { query: rewardsQuery },
      responses: { 200: json('The rewards', z.object({ items: z.array(rewardSchema), nextCursor: z.null() })), ...errors },
    },
    ...attachmentReadRouteDocs(security, errors),
    ...REPORT_ACTION_ROUTES.map(
      (route): RouteConfig => ({
        method: 'post',
        path: `${INTAKE_BASE}/reports/{id}/${route.path}`,
        tags,
        summary: `${route.summary}; rpc ${route.rpc}`,
        security,
        request: {
          params: paramsSchema(reportIdParam),
          body: { required: true, content: { 'application/json': { schema: route.body } } },
        },
        responses: {
          200: json('Done: the report’s new version and status', resultSchema),
          ...errors,
          ...notFound,
          409: { description: 'Not allowed in the current status' },
          412: { description: 'If-Match does not name the current version' },
          422: { description: 'Idempotency-Key already used for a different request' },
        },
      }),
    ),
  ];
}
