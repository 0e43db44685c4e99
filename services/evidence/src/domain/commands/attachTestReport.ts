import { evidenceEvent, type EvidenceEvent, type FieldIssue } from '@liaison/contracts';
import { ForbiddenError } from '@liaison/platform';
import type { EvidenceState } from '../evidence';
import { authorise, contractIssues, fail } from '../rules';
import type { CommandOf } from '.';

/**
 * AttachTestReport: an inspection or test report (检验鉴定), itself a registered item of kind
 * test_report for the same lead or operation, is linked to the item it tested. The tested item's
 * owner or custodian, or the report's registering unit (the testing unit), attaches it; each report once.
 */
export function attachTestReport(c: CommandOf<'AttachTestReport'>, state: EvidenceState): EvidenceEvent {
  authorise(state, c);
  const issues: FieldIssue[] = contractIssues(c);
  const report = c.report;
  if (!report) issues.push({ path: 'report_evidence_id', message: `unknown evidence "${c.reportEvidenceId}"` });
  else {
    const unit = c.actor.unitId;
    if (unit !== state.ownerUnitId && unit !== state.custodianUnitId && unit !== report.ownerUnitId)
      throw new ForbiddenError('only the tested item’s owner or custodian, or the unit that registered the report, attaches it');
    if (c.reportEvidenceId === c.evidenceId) issues.push({ path: 'report_evidence_id', message: 'an item cannot be its own report' });
    if (report.kind !== 'test_report') issues.push({ path: 'report_evidence_id', message: `a ${report.kind}, not a test_report` });
    if (report.leadId !== state.leadId || report.operationId !== state.operationId)
      issues.push({ path: 'report_evidence_id', message: 'the report belongs to another lead or operation' });
    if (state.testReportIds.includes(c.reportEvidenceId)) issues.push({ path: 'report_evidence_id', message: 'already attached' });
  }
  fail(issues);
  return evidenceEvent('TestReportAttached', {
    reportEvidenceId: c.reportEvidenceId,
    note: c.note,
    officerId: c.actor.officerId,
    at: c.now,
  });
}
