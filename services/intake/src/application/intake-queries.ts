import { type Actor, type LeadingGroupDirectory, RECEIPT_CODE, REPORT_STATUSES, REWARD_STATUSES, visibility } from '@liaison/contracts';
import { NotFoundError, ValidationError } from '@liaison/platform';
import type { Collection } from 'mongodb';
import { attachmentsDisclosed } from '../domain/attachments';
import { publicStatusOf, reportAccess, reporterAccess, type ReportState } from '../domain/report';
import { rewardView, rewardVisible } from '../domain/rewards';
import type { ReportReadModel } from '../projections/reports';
import type { IntakeCommands, ReporterIdentity } from './intake-commands';
import { receiptDigest } from './receipt';

/** A report as an officer of its unit sees it; the contact only for its named screening officers. */
export function reportView(s: ReportState & { version: number }, actor: Actor, identity: ReporterIdentity | null, now: string) {
  const disclosed = s.hasContact && visibility(reporterAccess(s), actor) === 'visible';
  return {
    reportId: s.reportId ?? '',
    version: s.version,
    status: s.status,
    category: s.category,
    what: s.what,
    where: s.where,
    routedToUnitId: s.routedToUnitId,
    screeningDueAt: s.screeningDueAt,
    submittedAt: s.submittedAt,
    hasContact: s.hasContact,
    contact: disclosed && identity ? { name: identity.name, phone: identity.phone, email: identity.email } : null,
    contactDisclosed: disclosed,
    reason: s.reason,
    mergedIntoReportId: s.mergedIntoReportId,
    leadId: s.leadId,
    leadOutcome: s.leadOutcome,
    // The screening deadline missed: computed, not recorded (ADR 0028, "What is not built").
    overdue: s.status === 'received' && s.screeningDueAt !== '' && s.screeningDueAt <= now,
    // That files arrived, for every officer who sees the report; the files themselves are RED (ADR 0034).
    attachmentCount: (s.attachments ?? []).length,
    attachmentsDisclosed: attachmentsDisclosed(s, actor),
  };
}

/** The intake reads: the public status by receipt code, and the unit's reports filtered by visibility. */
export class IntakeQueries {
  constructor(
    private readonly commands: Pick<IntakeCommands, 'state'>,
    private readonly reports: ReportReadModel,
    private readonly identities: Collection<ReporterIdentity>,
    private readonly directory: LeadingGroupDirectory,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Rewards by status ('' = all), those the caller may see (rewardVisible), oldest proposal first. */
  async rewards(status: string, actor: Actor) {
    if (status && !(REWARD_STATUSES as readonly string[]).includes(status))
      throw ValidationError.field('status', `one of ${REWARD_STATUSES.join(', ')}`);
    const statuses = status ? [status] : [...REWARD_STATUSES];
    const docs = (await Promise.all(statuses.map((s) => this.reports.find({ rewardStatus: s as ReportState['rewardStatus'] })))).flat();
    return docs
      .filter((d) => rewardVisible(d, actor, this.directory))
      .sort((a, b) => (a.reward?.proposedAt ?? '').localeCompare(b.reward?.proposedAt ?? ''))
      .slice(0, 500)
      .map((d) => rewardView({ ...d, version: d._v }));
  }

  async publicStatus(receiptCode: string) {
    const code = receiptCode.trim().toUpperCase();
    if (!RECEIPT_CODE.test(code)) throw ValidationError.field('receipt_code', 'expected XXXX-XXXX-XXXX-XXXX');
    const [doc] = await this.reports.find({ receiptDigest: receiptDigest(code) });
    if (!doc) throw new NotFoundError('report', 'for this receipt code');
    return publicStatusOf(doc);
  }

  async get(reportId: string, actor: Actor) {
    const history = await this.commands.state(reportId);
    if (!history.reportId || visibility(reportAccess(history), actor) !== 'visible') throw new NotFoundError('report', reportId);
    const doc = await this.reports.get(reportId);
    const identity = history.hasContact ? await this.identities.findOne({ _id: reportId }) : null;
    return reportView({ ...history, version: doc?._v ?? 0 }, actor, identity, this.clock().toISOString());
  }

  async queue(status: string, actor: Actor) {
    const wanted = status || 'received';
    if (!(REPORT_STATUSES as readonly string[]).includes(wanted))
      throw ValidationError.field('status', `one of ${REPORT_STATUSES.join(', ')}`);
    const docs = await this.reports.find({ routedToUnitId: actor.unitId, status: wanted as ReportState['status'] });
    const now = this.clock().toISOString();
    return docs
      .filter((d) => visibility(reportAccess(d), actor) === 'visible')
      .sort((a, b) => a.screeningDueAt.localeCompare(b.screeningDueAt))
      .slice(0, 500)
      .map((d) => reportView({ ...d, version: d._v }, actor, null, now));
  }
}
