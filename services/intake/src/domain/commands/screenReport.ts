import { intakeEvent, type IntakeEvent, LEAD_ID, REPORT_ID } from '@liaison/contracts';
import { InvalidTransitionError, ValidationError } from '@liaison/platform';
import type { ReportState } from '../report';
import { authoriseScreening, contractIssues, fail, nonEmpty } from '../rules';
import type { CommandOf } from '.';

/** RejectReport: unfounded; the reason is what the reporter reads with the status. */
export function rejectReport(c: CommandOf<'RejectReport'>, state: ReportState): IntakeEvent {
  authoriseScreening(state, c.actor, c.streamId);
  fail(contractIssues(c));
  if (!nonEmpty(c.reason)) throw ValidationError.field('reason', 'required: the reporter is shown it');
  return intakeEvent('ReportRejected', { reason: c.reason.trim(), unitId: c.actor.unitId, officerId: c.actor.officerId, at: c.now });
}

/** MergeReport: a duplicate of another report of the same unit (the application checked it is one). */
export function mergeReport(c: CommandOf<'MergeReport'>, state: ReportState): IntakeEvent {
  authoriseScreening(state, c.actor, c.streamId);
  fail(contractIssues(c));
  if (!REPORT_ID.test(c.intoReportId)) throw ValidationError.field('into_report_id', 'expected report-<uuid>');
  if (c.intoReportId === c.streamId) throw ValidationError.field('into_report_id', 'a report is not a duplicate of itself');
  return intakeEvent('ReportMerged', { intoReportId: c.intoReportId, unitId: c.actor.unitId, officerId: c.actor.officerId, at: c.now });
}

/** ConvertReport: records the lead the application posted from the report. */
export function convertReport(c: CommandOf<'ConvertReport'>, state: ReportState): IntakeEvent {
  authoriseScreening(state, c.actor, c.streamId);
  fail(contractIssues(c));
  if (!LEAD_ID.test(c.leadId)) throw ValidationError.field('lead_id', 'expected lead-<uuid>');
  return intakeEvent('ReportConverted', { leadId: c.leadId, unitId: c.actor.unitId, officerId: c.actor.officerId, at: c.now });
}

/** ConcludeReport (the leads topic): the lead a report became was closed. */
export function concludeReport(c: CommandOf<'ConcludeReport'>, state: ReportState): IntakeEvent {
  if (state.status !== 'converted' || state.leadId !== c.leadId)
    throw new InvalidTransitionError(`the report is ${state.status}, not converted into ${c.leadId}`, state.status);
  fail(contractIssues(c));
  return intakeEvent('ReportConcluded', { leadId: c.leadId, outcome: c.outcome as never, at: c.now });
}
