import type { proto } from '@liaison/contracts';
import { type CallContext, commandContextOf, ForbiddenError, InvalidTransitionError, type ServiceHandlers } from '@liaison/platform';
import { decisionIdFor } from '../application/ids';
import type { MeetingCommands } from '../application/meeting-commands';
import { isLeadingGroupOffice } from '../domain/policy';
import type { AnalysisQueries } from './analysis-queries';
import type { ResultFigures } from './situation';

type Meetings = proto.MeetingsServiceDefinition;
type Handled = 'GetSituationReport' | 'GetAssessment' | 'IssueRectificationOrder';

const results = (r: ResultFigures) => ({
  reports: r.reports,
  seizures: r.seizures,
  valueYuan: r.valueYuan,
  arrests: r.arrests,
  inspections: r.inspections,
});

/** GetSituationReport, GetAssessment and IssueRectificationOrder of MeetingsService (ADR 0021). */
export function analysisGrpcHandlers(queries: AnalysisQueries, commands: MeetingCommands): Pick<ServiceHandlers<Meetings>, Handled> {
  return {
    GetSituationReport: async (r, ctx) => {
      const report = await queries.situation(ctx.actor, {
        from: r.from,
        to: r.to,
        groupBy: r.groupBy,
        drillContext: r.drillContext,
        drillKey: r.drillKey,
        region: r.region,
      });
      const { operationResults, ...rest } = report;
      return {
        ...rest,
        operationResults: results(operationResults),
        previousOperationResults: results(operationResults.previous),
        recognitionRate: report.recognitionRate ?? 0,
        hasRecognitionRate: report.recognitionRate !== null,
      };
    },
    GetAssessment: async (r, ctx) => {
      const a = await queries.assessment(ctx.actor, r.period, r.unitId);
      return {
        period: a.period,
        minOnTimeRate: a.thresholds.minOnTimeRate,
        maxUnexplainedBreaches: a.thresholds.maxUnexplainedBreaches,
        minAcknowledgedRate: a.thresholds.minRates.acknowledged,
        minTransferRate: a.thresholds.minRates.transfer,
        minPoliceRate: a.thresholds.minRates.police,
        units: a.units.map((u) => ({
          ...u,
          onTimeRate: u.onTimeRate ?? 0,
          hasOnTimeRate: u.onTimeRate !== null,
          compliance: u.compliance.map((c) => ({ ...c, rate: c.rate ?? 0, hasRate: c.rate !== null })),
          rectification: u.rectification,
          hasRectification: u.rectification !== null,
        })),
      };
    },
    IssueRectificationOrder: async (r, ctx: CallContext) => {
      // Who may order is checked before the assessment is read, so nobody else learns whether a unit is a problem area.
      if (!isLeadingGroupOffice(commands.deps.directory, ctx.actor))
        throw new ForbiddenError('only the leading-group office orders a rectification (policy §(五)2)');
      const problem = await queries.problemArea(r.period, r.unitId);
      if (!problem)
        throw new InvalidTransitionError(
          `${r.unitId || 'the unit'} is not a problem area of the ${r.period} assessment`,
          'not_a_problem_area',
        );
      return commands.execute(
        r.meetingId,
        {
          type: 'IssueRectificationOrder',
          decisionId: decisionIdFor(r.commandId),
          unitId: r.unitId,
          period: r.period,
          reasons: problem.reasons,
          note: r.note,
        },
        commandContextOf(r, ctx),
      );
    },
  };
}
