import type { Period } from './situation';

/**
 * The assessment of units (监督考核, issue 10, policy §(五)): per unit and period, the breaches of
 * the accountability register by context and kind (explained or not), the on-time rate of the
 * duties whose every instance the meetings service knows (meeting action items due in the period),
 * and whether the unit falls below the configured thresholds — a "problem area" (§(五)2). Pure.
 *
 * These are figures about units, not about records: each breach is counted, never shown, and the
 * readers are the supervisors (all units) and a coordinator for their own unit (assessmentReader).
 */
export interface BreachFact {
  context: string;
  kind: string;
  unitId: string;
  detectedAt: string;
  explained: boolean;
}

/**
 * The time-limit compliance measures of policy §(五) (ADR 0021): acknowledgements of shared leads;
 * the agency's transfer decisions and hand-overs; the police's decisions on the transfer line
 * (decision, reconsideration answer, reasons and opening asked by the Procuratorate); meeting
 * action items done on time.
 */
export const COMPLIANCE_MEASURES = ['acknowledged', 'transfer', 'police', 'action_items'] as const;
export type ComplianceMeasure = (typeof COMPLIANCE_MEASURES)[number];
const MEASURE_OF_DEADLINE: Record<string, ComplianceMeasure> = {
  acknowledge: 'acknowledged',
  transfer_decision: 'transfer',
  hand_over: 'transfer',
  police_decision: 'police',
  reconsideration_answer: 'police',
  police_reasons: 'police',
  police_opening: 'police',
};
/** The measure a lead deadline kind counts in (co-handling tasks and the Procuratorate's answer: none yet). */
export const measureOf = (deadlineKind: string): ComplianceMeasure | undefined => MEASURE_OF_DEADLINE[deadlineKind];

export interface DutyFact {
  measure: ComplianceMeasure;
  unitId: string;
  dueAt: string;
  /** When the duty was done ('' if not yet). */
  doneAt: string;
  /** When its breach was recorded ('' if not). */
  breachedAt: string;
}

export interface AssessmentThresholds {
  /** A unit whose action items' on-time rate is below this (0..1) is a problem area. */
  minOnTimeRate: number;
  /** A unit with at least this many unexplained breaches in the period is a problem area. */
  maxUnexplainedBreaches: number;
  /** …and so is one whose compliance with a lead time limit falls below its rate (0..1). */
  minRates: Record<Exclude<ComplianceMeasure, 'action_items'>, number>;
}

export const minRateOf = (t: AssessmentThresholds, m: ComplianceMeasure): number =>
  m === 'action_items' ? t.minOnTimeRate : t.minRates[m];

export interface ComplianceFigure {
  measure: ComplianceMeasure;
  /** Duties that fell due in the period and are decided: done, breached, or past due. */
  due: number;
  /** Of them, done by their due instant. */
  onTime: number;
  /** onTime / due; null when nothing fell due. */
  rate: number | null;
  minRate: number;
}

export interface BreachCount {
  context: string;
  kind: string;
  total: number;
  explained: number;
}

export interface UnitAssessment {
  unitId: string;
  breaches: BreachCount[];
  breachTotal: number;
  unexplained: number;
  /** Meeting action items (kept as before: the action_items figure of `compliance`). */
  dutiesDue: number;
  dutiesOnTime: number;
  /** dutiesOnTime / dutiesDue; null when nothing fell due in the period. */
  onTimeRate: number | null;
  /** Time-limit compliance, one figure per measure (COMPLIANCE_MEASURES order). */
  compliance: ComplianceFigure[];
  problemArea: boolean;
  reasons: string[];
}

const within = (at: string, p: Period) => at >= p.from && at < p.to;

const pct = (r: number) => `${(r * 100).toFixed(1)}%`;
const MEASURE_LABEL: Record<ComplianceMeasure, string> = {
  acknowledged: 'acknowledged within limit',
  transfer: 'transfer decisions and hand-overs within limit',
  police: 'police decisions within limit',
  action_items: 'action items done on time',
};

export function assessUnits(
  breaches: BreachFact[],
  duties: DutyFact[],
  period: Period,
  thresholds: AssessmentThresholds,
  unitFilter?: (unitId: string) => boolean,
  now = new Date().toISOString(),
): UnitAssessment[] {
  type Tally = { due: number; onTime: number };
  const units = new Map<string, { breaches: Map<string, BreachCount>; measures: Map<ComplianceMeasure, Tally> }>();
  const unit = (id: string) => units.get(id) ?? units.set(id, { breaches: new Map(), measures: new Map() }).get(id)!;
  for (const b of breaches.filter((x) => within(x.detectedAt, period))) {
    const u = unit(b.unitId);
    const key = `${b.context}:${b.kind}`;
    const count = u.breaches.get(key) ?? u.breaches.set(key, { context: b.context, kind: b.kind, total: 0, explained: 0 }).get(key)!;
    count.total += 1;
    if (b.explained) count.explained += 1;
  }
  // A duty counts in the period it fell due in, once decided (done, breached or past due); on time if done by its due instant.
  for (const d of duties.filter((x) => within(x.dueAt, period) && (x.doneAt !== '' || x.breachedAt !== '' || x.dueAt <= now))) {
    const m = unit(d.unitId).measures;
    const t = m.get(d.measure) ?? m.set(d.measure, { due: 0, onTime: 0 }).get(d.measure)!;
    t.due += 1;
    if (d.doneAt !== '' && d.doneAt <= d.dueAt) t.onTime += 1;
  }
  return [...units.entries()]
    .filter(([id]) => !unitFilter || unitFilter(id))
    .map(([unitId, u]): UnitAssessment => {
      const list = [...u.breaches.values()].sort((a, b) => a.context.localeCompare(b.context) || a.kind.localeCompare(b.kind));
      const breachTotal = list.reduce((n, b) => n + b.total, 0);
      const unexplained = breachTotal - list.reduce((n, b) => n + b.explained, 0);
      const compliance = COMPLIANCE_MEASURES.map((measure): ComplianceFigure => {
        const t = u.measures.get(measure) ?? { due: 0, onTime: 0 };
        return {
          measure,
          due: t.due,
          onTime: t.onTime,
          rate: t.due === 0 ? null : t.onTime / t.due,
          minRate: minRateOf(thresholds, measure),
        };
      });
      const items = compliance.find((c) => c.measure === 'action_items')!;
      const onTimeRate = items.rate;
      const reasons = [
        ...(onTimeRate !== null && onTimeRate < thresholds.minOnTimeRate
          ? [`on-time rate ${pct(onTimeRate)} below ${pct(thresholds.minOnTimeRate)}`]
          : []),
        ...compliance
          .filter((c) => c.measure !== 'action_items' && c.rate !== null && c.rate < c.minRate)
          .map((c) => `${MEASURE_LABEL[c.measure]} ${pct(c.rate!)} below ${pct(c.minRate)}`),
        ...(unexplained >= thresholds.maxUnexplainedBreaches && unexplained > 0
          ? [`${unexplained} unexplained breaches (threshold ${thresholds.maxUnexplainedBreaches})`]
          : []),
      ];
      return {
        unitId,
        breaches: list,
        breachTotal,
        unexplained,
        dutiesDue: items.due,
        dutiesOnTime: items.onTime,
        onTimeRate,
        compliance,
        problemArea: reasons.length > 0,
        reasons,
      };
    })
    .sort((a, b) => Number(b.problemArea) - Number(a.problemArea) || b.unexplained - a.unexplained || a.unitId.localeCompare(b.unitId));
}
