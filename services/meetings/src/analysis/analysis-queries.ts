import type { Actor } from '@liaison/contracts';
import { ForbiddenError, ValidationError } from '@liaison/platform';
import type { Collection } from 'mongodb';
import type { ActionItemRow } from '../projections/meeting-read-model';
import type { AccountabilityRow } from '@liaison/contracts';
import type { AnalysisReadModel } from './analysis-read-model';
import { type AssessmentThresholds, assessUnits, type BreachFact, type UnitAssessment } from './assessment';
import { explicitPeriod, monthPeriod } from './period';
import {
  ANALYSIS_CONTEXTS,
  type AnalysisContext,
  drillDown,
  GROUP_BY,
  type GroupBy,
  type Period,
  situationReport,
  type SituationReport,
} from './situation';

/** Who reads the situation analysis: analysts (within their clearance) and coordinators; every count is over what they may see. */
export const maySeeSituation = (actor: Actor) => actor.roles.some((r) => r === 'analyst' || r === 'coordinator');
/** Who reads the assessment: supervisors (Supervision Bureau, leading-group office) every unit, coordinators their own unit. */
export const assessmentScope = (actor: Actor): 'all' | 'own' | 'none' =>
  actor.roles.includes('supervisor') ? 'all' : actor.roles.includes('coordinator') ? 'own' : 'none';

export interface SituationQuery {
  from: string;
  to: string;
  groupBy: string;
  drillContext: string;
  drillKey: string;
}

export class AnalysisQueries {
  constructor(
    private readonly analysis: AnalysisReadModel,
    private readonly meetings: { actionItems: Collection<ActionItemRow>; accountability: Collection<AccountabilityRow> },
    private readonly thresholds: AssessmentThresholds,
  ) {}

  async situation(actor: Actor, q: SituationQuery): Promise<SituationReport & { recordIds: string[] }> {
    if (!maySeeSituation(actor)) throw new ForbiddenError('the situation analysis is for analysts and coordinators');
    const period = explicitPeriod(q.from, q.to);
    const groupBy = (q.groupBy || 'category') as GroupBy;
    if (!GROUP_BY.includes(groupBy)) throw ValidationError.field('group_by', `one of ${GROUP_BY.join(', ')}`);
    if (q.drillContext && !ANALYSIS_CONTEXTS.includes(q.drillContext as AnalysisContext))
      throw ValidationError.field('drill_context', `one of ${ANALYSIS_CONTEXTS.join(', ')}`);
    // FerretDB v1: only top-level equality reaches PostgreSQL; the period is filtered here.
    const rows = (await Promise.all(ANALYSIS_CONTEXTS.map((context) => this.analysis.records.find({ context }).toArray()))).flat();
    const report = situationReport(rows, actor, period, groupBy);
    const recordIds = q.drillContext ? drillDown(rows, actor, period, groupBy, q.drillContext as AnalysisContext, q.drillKey) : [];
    return { ...report, recordIds };
  }

  async assessment(
    actor: Actor,
    month: string,
    unitId: string,
  ): Promise<{ period: Period; thresholds: AssessmentThresholds; units: UnitAssessment[] }> {
    const scope = assessmentScope(actor);
    if (scope === 'none') throw new ForbiddenError('the assessment is for supervisors and, for their own unit, coordinators');
    if (scope === 'own' && unitId && unitId !== actor.unitId)
      throw new ForbiddenError('coordinators read the assessment of their own unit only');
    const period = monthPeriod(month);
    const only = scope === 'own' ? actor.unitId : unitId;
    const filter = only ? { unitId: only } : {};
    const [breaches, meetingBreaches, items] = await Promise.all([
      this.analysis.breaches.find(filter).toArray(),
      this.meetings.accountability.find(filter).toArray(),
      this.meetings.actionItems.find(filter).toArray(),
    ]);
    const facts: BreachFact[] = [
      ...breaches,
      ...meetingBreaches.map((b) => ({
        context: b.context,
        kind: b.kind,
        unitId: b.unitId,
        detectedAt: b.detectedAt,
        explained: b.explanation !== null,
      })),
    ];
    const duties = items.map((i) => ({ unitId: i.unitId, dueAt: i.dueAt, doneAt: i.item.status === 'done' ? i.item.completedAt : '' }));
    return {
      period,
      thresholds: this.thresholds,
      units: assessUnits(facts, duties, period, this.thresholds, only ? (u) => u === only : undefined),
    };
  }
}
