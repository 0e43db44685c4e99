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

export interface DutyFact {
  unitId: string;
  dueAt: string;
  /** When the duty was done ('' if not yet). */
  doneAt: string;
}

export interface AssessmentThresholds {
  /** A unit whose on-time rate is below this (0..1) is a problem area. */
  minOnTimeRate: number;
  /** A unit with at least this many unexplained breaches in the period is a problem area. */
  maxUnexplainedBreaches: number;
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
  dutiesDue: number;
  dutiesOnTime: number;
  /** dutiesOnTime / dutiesDue; null when nothing fell due in the period. */
  onTimeRate: number | null;
  problemArea: boolean;
  reasons: string[];
}

const within = (at: string, p: Period) => at >= p.from && at < p.to;

export function assessUnits(
  breaches: BreachFact[],
  duties: DutyFact[],
  period: Period,
  thresholds: AssessmentThresholds,
  unitFilter?: (unitId: string) => boolean,
): UnitAssessment[] {
  const units = new Map<string, { breaches: Map<string, BreachCount>; due: number; onTime: number }>();
  const unit = (id: string) => units.get(id) ?? units.set(id, { breaches: new Map(), due: 0, onTime: 0 }).get(id)!;
  for (const b of breaches.filter((x) => within(x.detectedAt, period))) {
    const u = unit(b.unitId);
    const key = `${b.context}:${b.kind}`;
    const count = u.breaches.get(key) ?? u.breaches.set(key, { context: b.context, kind: b.kind, total: 0, explained: 0 }).get(key)!;
    count.total += 1;
    if (b.explained) count.explained += 1;
  }
  // A duty counts in the period it fell due in; it is on time if done by its due instant.
  for (const d of duties.filter((x) => within(x.dueAt, period))) {
    const u = unit(d.unitId);
    u.due += 1;
    if (d.doneAt !== '' && d.doneAt <= d.dueAt) u.onTime += 1;
  }
  return [...units.entries()]
    .filter(([id]) => !unitFilter || unitFilter(id))
    .map(([unitId, u]): UnitAssessment => {
      const list = [...u.breaches.values()].sort((a, b) => a.context.localeCompare(b.context) || a.kind.localeCompare(b.kind));
      const breachTotal = list.reduce((n, b) => n + b.total, 0);
      const unexplained = breachTotal - list.reduce((n, b) => n + b.explained, 0);
      const onTimeRate = u.due === 0 ? null : u.onTime / u.due;
      const reasons = [
        ...(onTimeRate !== null && onTimeRate < thresholds.minOnTimeRate
          ? [`on-time rate ${(onTimeRate * 100).toFixed(1)}% below ${(thresholds.minOnTimeRate * 100).toFixed(1)}%`]
          : []),
        ...(unexplained >= thresholds.maxUnexplainedBreaches && unexplained > 0
          ? [`${unexplained} unexplained breaches (threshold ${thresholds.maxUnexplainedBreaches})`]
          : []),
      ];
      return {
        unitId,
        breaches: list,
        breachTotal,
        unexplained,
        dutiesDue: u.due,
        dutiesOnTime: u.onTime,
        onTimeRate,
        problemArea: reasons.length > 0,
        reasons,
      };
    })
    .sort((a, b) => Number(b.problemArea) - Number(a.problemArea) || b.unexplained - a.unexplained || a.unitId.localeCompare(b.unitId));
}
