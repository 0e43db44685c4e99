import { type Actor, mayDisclose, type RecordAccess } from '@liaison/contracts';

/**
 * The situation analysis (研判, issue 10): counts of leads, operations and evidence by category,
 * jurisdiction, status or owner unit for a period, with the previous period of the same length
 * as the trend. Pure: the rows come from the analysis projections (analysis-read-model.ts).
 *
 * Need-to-know of counts: a row is counted for a viewer only when mayDisclose([row.access], viewer)
 * holds, so every figure is a count over records the viewer may see and nothing else. A group
 * (a category, a jurisdiction) appears only if at least one visible record falls in it; a count
 * over records of mixed handling thus never reveals that a hidden record exists, and the drill-down
 * lists exactly the records behind the count.
 */
export const ANALYSIS_CONTEXTS = ['leads', 'operations', 'evidence'] as const;
export type AnalysisContext = (typeof ANALYSIS_CONTEXTS)[number];
export const GROUP_BY = ['category', 'jurisdiction', 'status', 'ownerUnit'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

/** One record of another context as the analysis sees it (one small row per record). */
export interface AnalysisRecord {
  context: AnalysisContext;
  recordId: string;
  /** Lead category, operation urgency, evidence kind. */
  category: string;
  /** Lead jurisdiction; operations and evidence: the jurisdiction of their lead if known, else ''. */
  jurisdiction: string;
  ownerUnitId: string;
  status: string;
  /** When the record came into being (posted, proposed, registered): the period it counts in. */
  createdAt: string;
  access: RecordAccess;
  /** Evidence: recognition answers received (recognised / rejected); others 0. */
  recognised: number;
  rejected: number;
}

export interface Period {
  from: string;
  to: string;
}

export interface GroupCount {
  key: string;
  count: number;
  previousCount: number;
}

export interface ContextFigures {
  context: AnalysisContext;
  total: number;
  previousTotal: number;
  groups: GroupCount[];
}

export interface SituationReport {
  period: Period;
  previous: Period;
  groupBy: GroupBy;
  contexts: ContextFigures[];
  /** Operations concluded among those counted in the period. */
  operationsConcluded: number;
  /** Evidence recognition answers in the period: recognised / (recognised + rejected), null when none. */
  recognitionRate: number | null;
}

/** The period of the same length just before `period` (the trend's baseline). */
export function previousPeriod(period: Period): Period {
  const from = Date.parse(period.from);
  const to = Date.parse(period.to);
  return { from: new Date(from - (to - from)).toISOString(), to: period.from };
}

const within = (at: string, p: Period) => at >= p.from && at < p.to;
const keyOf = (r: AnalysisRecord, groupBy: GroupBy): string =>
  groupBy === 'category'
    ? r.category
    : groupBy === 'jurisdiction'
      ? r.jurisdiction || 'unknown'
      : groupBy === 'status'
        ? r.status
        : r.ownerUnitId;

/** The one need-to-know filter of every analysis figure. */
export const visibleTo = (rows: AnalysisRecord[], viewer: Actor): AnalysisRecord[] => rows.filter((r) => mayDisclose([r.access], viewer));

export function situationReport(rows: AnalysisRecord[], viewer: Actor, period: Period, groupBy: GroupBy): SituationReport {
  const previous = previousPeriod(period);
  const seen = visibleTo(rows, viewer);
  const contexts = ANALYSIS_CONTEXTS.map((context): ContextFigures => {
    const mine = seen.filter((r) => r.context === context);
    const now = mine.filter((r) => within(r.createdAt, period));
    const before = mine.filter((r) => within(r.createdAt, previous));
    const groups = new Map<string, GroupCount>();
    const group = (key: string) => groups.get(key) ?? groups.set(key, { key, count: 0, previousCount: 0 }).get(key)!;
    for (const r of now) group(keyOf(r, groupBy)).count += 1;
    for (const r of before) group(keyOf(r, groupBy)).previousCount += 1;
    return {
      context,
      total: now.length,
      previousTotal: before.length,
      groups: [...groups.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
    };
  });
  const inPeriod = seen.filter((r) => within(r.createdAt, period));
  const recognised = inPeriod.reduce((n, r) => n + r.recognised, 0);
  const answered = recognised + inPeriod.reduce((n, r) => n + r.rejected, 0);
  return {
    period,
    previous,
    groupBy,
    contexts,
    operationsConcluded: inPeriod.filter((r) => r.context === 'operations' && r.status === 'concluded').length,
    recognitionRate: answered === 0 ? null : recognised / answered,
  };
}

/** The records behind one figure (context, group key, period), exactly those the viewer may see. */
export function drillDown(
  rows: AnalysisRecord[],
  viewer: Actor,
  period: Period,
  groupBy: GroupBy,
  context: AnalysisContext,
  key: string,
): string[] {
  return visibleTo(rows, viewer)
    .filter((r) => r.context === context && within(r.createdAt, period) && keyOf(r, groupBy) === key)
    .map((r) => r.recordId)
    .sort();
}
