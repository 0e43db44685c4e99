import { type Actor, dueBy, type HolidayCalendar, type PeriodLimit } from '@liaison/contracts';
import { ForbiddenError, ValidationError } from '@liaison/platform';
import type { Collection } from 'mongodb';
import type { ActionItemRow } from '../projections/meeting-read-model';
import type { AccountabilityRow } from '@liaison/contracts';
import type { AnalysisReadModel } from './analysis-read-model';
import { type AssessmentThresholds, assessUnits, type BreachFact, type DutyFact, measureOf, type UnitAssessment } from './assessment';
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
  /** A jurisdiction id ('' every region). */
  region?: string;
}

/** A rectification order issued for a unit and month (RectificationOrdered), as the assessment shows it. */
export interface RectificationOrderView {
  meetingId: string;
  actionItemId: string;
  dueAt: string;
  status: string;
  overdue: boolean;
}

/** A problem area's rectification: the deadline an order issued now would get (by dueBy), and the orders issued. */
export interface Rectification {
  dueAt: string;
  rule: string;
  orders: RectificationOrderView[];
}

export type AssessedUnit = UnitAssessment & { rectification: Rectification | null };

const REGION = /^[a-z0-9-]{0,100}$/;

export class AnalysisQueries {
  constructor(
    private readonly analysis: AnalysisReadModel,
    private readonly meetings: { actionItems: Collection<ActionItemRow>; accountability: Collection<AccountabilityRow> },
    private readonly thresholds: AssessmentThresholds,
    private readonly rectification: { limit: PeriodLimit; calendar: HolidayCalendar },
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async situation(actor: Actor, q: SituationQuery): Promise<SituationReport & { recordIds: string[] }> {
    if (!maySeeSituation(actor)) throw new ForbiddenError('the situation analysis is for analysts and coordinators');
    const period = explicitPeriod(q.from, q.to);
    const groupBy = (q.groupBy || 'category') as GroupBy;
    if (!GROUP_BY.includes(groupBy)) throw ValidationError.field('group_by', `one of ${GROUP_BY.join(', ')}`);
    if (q.drillContext && !ANALYSIS_CONTEXTS.includes(q.drillContext as AnalysisContext))
      throw ValidationError.field('drill_context', `one of ${ANALYSIS_CONTEXTS.join(', ')}`);
    // FerretDB v1: only top-level equality reaches PostgreSQL; the period is filtered here.
    const region = q.region ?? '';
    if (!REGION.test(region)) throw ValidationError.field('region', 'a jurisdiction id');
    const rows = (await Promise.all(ANALYSIS_CONTEXTS.map((context) => this.analysis.records.find({ context }).toArray()))).flat();
    const report = situationReport(rows, actor, period, groupBy, region);
    const recordIds = q.drillContext ? drillDown(rows, actor, period, groupBy, q.drillContext as AnalysisContext, q.drillKey, region) : [];
    return { ...report, recordIds };
  }

  async assessment(
    actor: Actor,
    month: string,
    unitId: string,
  ): Promise<{ period: Period; thresholds: AssessmentThresholds; units: AssessedUnit[] }> {
    const scope = assessmentScope(actor);
    if (scope === 'none') throw new ForbiddenError('the assessment is for supervisors and, for their own unit, coordinators');
    if (scope === 'own' && unitId && unitId !== actor.unitId)
      throw new ForbiddenError('coordinators read the assessment of their own unit only');
    return this.assess(month, scope === 'own' ? actor.unitId : unitId);
  }

  /** The assessed unit of a month, for the leading-group office's rectification order (no reader check: the command's rules decide who). */
  async problemArea(month: string, unitId: string): Promise<AssessedUnit | undefined> {
    const a = await this.assess(month, unitId, 'period');
    return a.units.find((u) => u.unitId === unitId && u.problemArea);
  }

  private async assess(
    month: string,
    only: string,
    field = 'period',
  ): Promise<{ period: Period; thresholds: AssessmentThresholds; units: AssessedUnit[] }> {
    const period = monthPeriod(month, field);
    const now = this.clock().toISOString();
    const filter = only ? { unitId: only } : {};
    const [breaches, meetingBreaches, items, leads] = await Promise.all([
      this.analysis.breaches.find(filter).toArray(),
      this.meetings.accountability.find(filter).toArray(),
      this.meetings.actionItems.find(filter).toArray(),
      // FerretDB v1: duties live on the lead rows; the unit and period are filtered here.
      this.analysis.records.find({ context: 'leads' }).toArray(),
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
    const duties: DutyFact[] = [
      ...items.map((i) => ({
        measure: 'action_items' as const,
        unitId: i.unitId,
        dueAt: i.dueAt,
        doneAt: i.item.status === 'done' ? i.item.completedAt : '',
        breachedAt: i.item.overdueDetectedAt,
      })),
      ...leads.flatMap((r) =>
        (r.duties ?? []).flatMap((d): DutyFact[] => {
          const measure = measureOf(d.kind);
          return measure && !d.ended && (!only || d.unitId === only)
            ? [{ measure, unitId: d.unitId, dueAt: d.dueAt, doneAt: d.metAt, breachedAt: d.breachedAt }]
            : [];
        }),
      ),
    ];
    const units = assessUnits(facts, duties, period, this.thresholds, only ? (u) => u === only : undefined, now);
    const due = dueBy(now, this.rectification.limit, this.rectification.calendar);
    return {
      period,
      thresholds: this.thresholds,
      units: units.map((u) => {
        const orders = items
          .filter((i) => i.unitId === u.unitId && i.item.rectification?.period === month)
          .map((i) => ({
            meetingId: i.meetingId,
            actionItemId: i.actionItemId,
            dueAt: i.dueAt,
            status: i.item.status,
            overdue: i.overdue,
          }));
        return { ...u, rectification: u.problemArea || orders.length > 0 ? { dueAt: due.dueAt, rule: due.rule, orders } : null };
      }),
    };
  }
}
