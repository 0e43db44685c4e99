import { INTAKE_LIMITS as L, type Directory, REPORT_ID, REPORT_STATUSES, REWARD_STATUSES, TLP_CODES } from '@liaison/contracts';
import { Router } from 'express';
import { z } from 'zod';
import { ROLE_POLICY, requireRole } from '../auth/middleware';
import { type ActionRoute, callContext, type CommandResource, mountActionRoutes } from '../http/command-routes';
import { etagOf } from '../http/preconditions';
import { creditCode, optionalText, text } from '../http/common-schemas';
import { parse } from '../http/validate';
import { mountAttachmentReadRoutes } from './attachment-routes';
import type { IntakePort, ReportCommandRpc } from './intake-port';

export const INTAKE_BASE = '/api/v1/intake';

// The service's own id pattern (a looser one would let schema-valid ids fail there: 400 the document did not announce).
export const reportIdParam = z.string().regex(REPORT_ID, 'expected report-<uuid>');
export const queueQuery = z.strictObject({ status: z.enum(REPORT_STATUSES).optional() });
export const rejectReportBody = z.strictObject({ reason: text(L.reason) }).meta({ id: 'RejectReportBody' });
export const mergeReportBody = z.strictObject({ intoReportId: reportIdParam }).meta({ id: 'MergeReportBody' });
export const convertReportBody = z
  .strictObject({
    title: text(L.title),
    enterpriseName: optionalText(500),
    creditCode: creditCode.optional(),
    personName: optionalText(200),
    handlingCode: z.enum(TLP_CODES.filter((c) => c !== 'RED' && c !== 'CLEAR') as ['GREEN', 'AMBER', 'AMBER+STRICT']).default('AMBER'),
    priority: z.enum(['low', 'normal', 'high', 'urgent']).default('normal'),
  })
  .meta({ id: 'ConvertReportBody' });

export const rewardsQuery = z.strictObject({ status: z.enum(REWARD_STATUSES).optional().describe('Default: all the caller may see') });
const amountYuan = z.number().int().min(1).max(L.rewardYuanMax);
export const approveRewardBody = z.strictObject({ amountYuan, note: optionalText(L.reason) }).meta({ id: 'ApproveRewardBody' });
export const declineRewardBody = z.strictObject({ reason: text(L.reason) }).meta({ id: 'DeclineRewardBody' });
export const rewardPaymentBody = z
  .strictObject({ amountYuan, reference: text(L.paymentReference).describe('The payment’s reference (voucher or transfer number)') })
  .meta({ id: 'RewardPaymentBody' });

export const REPORT_ACTION_ROUTES: ActionRoute<ReportCommandRpc>[] = [
  { path: 'reject', rpc: 'RejectReport', body: rejectReportBody, summary: 'Reject as unfounded; the reason is shown to the reporter' },
  { path: 'merge', rpc: 'MergeReport', body: mergeReportBody, summary: 'Merge as a duplicate of an earlier report of the unit' },
  {
    path: 'convert',
    rpc: 'ConvertReport',
    body: convertReportBody,
    summary: 'Convert into a lead of the unit (the lead cites the report); answers leadId',
    answer: ['leadId'],
  },
  {
    path: 'reward/approve',
    rpc: 'ApproveReward',
    body: approveRewardBody,
    summary: 'Approve the reward with its amount (leading-group office coordinator)',
    answer: ['rewardStatus'],
  },
  {
    path: 'reward/decline',
    rpc: 'DeclineReward',
    body: declineRewardBody,
    summary: 'Decline the reward (leading-group office coordinator)',
    answer: ['rewardStatus'],
  },
  {
    path: 'reward/payment',
    rpc: 'RecordRewardPayment',
    body: rewardPaymentBody,
    summary: 'Record the payment of the approved reward (a named screening officer)',
    answer: ['rewardStatus'],
  },
];

/**
 * REST under /api/v1/intake (ADR 0028) for the officers of the unit a report was routed to: the
 * unit's queue, a report (the reporter's contact only for its named screening officers), and
 * the screening steps. Who may screen is the service's answer (others: 404).
 */
export function intakeRouter({ intake, directory }: { intake: IntakePort; directory: Directory }): Router {
  const router = Router();
  const read = requireRole(ROLE_POLICY.act);
  router.get('/queue', read, async (req, res) => {
    const { status } = parse(queueQuery, req.query, 'query');
    const answer = await intake.call('ListIntakeQueue', { status: status ?? '' }, callContext(res));
    res.setHeader('Cache-Control', 'private, no-store');
    res.json({ items: answer.reports, nextCursor: null });
  });
  // Rewards (有奖举报, ADR 0031): the named screening officers and the leading-group office see them.
  router.get('/rewards', read, async (req, res) => {
    const { status } = parse(rewardsQuery, req.query, 'query');
    const answer = await intake.call('ListRewards', { status: status ?? '' }, callContext(res));
    res.setHeader('Cache-Control', 'private, no-store');
    res.json({ items: answer.rewards, nextCursor: null });
  });
  const reports = Router();
  reports.get('/:id', read, async (req, res) => {
    const { id } = parse(z.object({ id: reportIdParam }), req.params, 'path');
    const report = await intake.call('GetReport', { reportId: id }, callContext(res));
    // The answer may carry RED data (the reporter's contact): never cached.
    res.setHeader('ETag', etagOf(report.version));
    res.setHeader('Cache-Control', 'private, no-store');
    res.json(report);
  });
  const resource: CommandResource<ReportCommandRpc> = {
    base: `${INTAKE_BASE}/reports`,
    idField: 'reportId',
    idParam: reportIdParam,
    directory,
    role: requireRole(ROLE_POLICY.act),
    call: (rpc, request, ctx) => intake.call(rpc, request as never, ctx),
  };
  mountActionRoutes(reports, resource, REPORT_ACTION_ROUTES);
  // Files the reporter attached (ADR 0034): for the named screening officers only.
  mountAttachmentReadRoutes(reports, intake, read);
  router.use('/reports', reports);
  return router;
}
