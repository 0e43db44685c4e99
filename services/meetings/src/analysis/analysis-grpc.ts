import type { proto } from '@liaison/contracts';
import type { ServiceHandlers } from '@liaison/platform';
import type { AnalysisQueries } from './analysis-queries';

type Meetings = proto.MeetingsServiceDefinition;

/** GetSituationReport and GetAssessment of MeetingsService (ADR 0021). */
export function analysisGrpcHandlers(queries: AnalysisQueries): Pick<ServiceHandlers<Meetings>, 'GetSituationReport' | 'GetAssessment'> {
  return {
    GetSituationReport: async (r, ctx) => {
      const report = await queries.situation(ctx.actor, {
        from: r.from,
        to: r.to,
        groupBy: r.groupBy,
        drillContext: r.drillContext,
        drillKey: r.drillKey,
      });
      return {
        ...report,
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
        units: a.units.map((u) => ({ ...u, onTimeRate: u.onTimeRate ?? 0, hasOnTimeRate: u.onTimeRate !== null })),
      };
    },
  };
}
