import { type Actor, isLeadingGroupCoordinator, type LeadingGroupDirectory, visibility } from '@liaison/contracts';
import { reporterAccess, type ReportState } from './report';

/**
 * Who sees a report's reward (有奖举报, ADR 0031): the named screening officers of the unit the
 * report was routed to — the same RED record as the reporter's identity, since a reward is paid to
 * the reporter — and the leading-group office's coordinators, who approve or decline it. Nobody
 * else learns that a report earned a reward; the reporter sees only its status (publicStatusOf).
 */
export const rewardVisible = (s: ReportState, actor: Actor, directory: LeadingGroupDirectory): boolean =>
  s.reward !== null && (visibility(reporterAccess(s), actor) === 'visible' || isLeadingGroupCoordinator(actor, directory));

/** The reward as its viewers see it (no reporter identity: the named officers read it on the report). */
export const rewardView = (s: ReportState & { version: number }) => ({
  reportId: s.reportId ?? '',
  version: s.version,
  status: s.rewardStatus,
  basis: s.reward?.basis ?? '',
  leadId: s.reward?.leadId ?? '',
  category: s.category,
  routedToUnitId: s.routedToUnitId,
  proposedAt: s.reward?.proposedAt ?? '',
  amountYuan: s.reward?.amountYuan ?? 0,
  paymentReference: s.reward?.paymentReference ?? '',
  history: s.reward?.history ?? [],
});
