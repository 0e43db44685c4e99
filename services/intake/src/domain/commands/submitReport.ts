import { type FieldIssue, intakeEvent, type IntakeEvent, REPORT_CATEGORIES } from '@liaison/contracts';
import { InvalidTransitionError } from '@liaison/platform';
import type { ReportState } from '../report';
import { contractIssues, fail, nonEmpty } from '../rules';
import type { CommandOf } from '.';

const DAY_MS = 86_400_000;

/** SubmitReport (public): what and where are required; the screening deadline runs from now. */
export function submitReport(c: CommandOf<'SubmitReport'>, state: ReportState): IntakeEvent {
  if (state.reportId) throw new InvalidTransitionError('this report was submitted already', state.status);
  fail(contractIssues(c));
  const issues: FieldIssue[] = [];
  if (!(REPORT_CATEGORIES as readonly string[]).includes(c.category))
    issues.push({ path: 'category', message: `one of ${REPORT_CATEGORIES.join(', ')}` });
  if (!nonEmpty(c.what)) issues.push({ path: 'what', message: 'say what you saw' });
  if (!nonEmpty(c.where.jurisdiction)) issues.push({ path: 'where.jurisdiction', message: 'required' });
  fail(issues);
  return intakeEvent('ReportSubmitted', {
    reportId: c.streamId,
    category: c.category as (typeof REPORT_CATEGORIES)[number],
    what: c.what.trim(),
    where: { jurisdiction: c.where.jurisdiction, address: c.where.address.trim() },
    hasContact: c.hasContact,
    receiptDigest: c.receiptDigest,
    routedToUnitId: c.routedToUnitId,
    screeningOfficerIds: c.screeningOfficerIds,
    screeningDueAt: new Date(Date.parse(c.now) + c.screeningDays * DAY_MS).toISOString(),
    submittedAt: c.now,
  });
}
