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
  /** Leads: every duty with a deadline (for time-limit compliance); absent on rows folded before it. */
  duties?: DutyRecord[];
  /** Operations: the structured results of each progress report. */
  results?: OperationResult[];
  /** Evidence: the lead it was collected for ('' none): its region is that lead's jurisdiction. */
  leadId?: string;
}

/** One deadline of a unit on a lead (ADR 0013): when due, when met ('' not yet), when found breached, or ended unanswered. */
export interface DutyRecord {
  kind: string;
  unitId: string;
  taskId: string;
  dueAt: string;
  metAt: string;
  breachedAt: string;
  ended: boolean;
}

/** One progress report's results (ProgressReported): seizures and their value, arrests, inspections. */
export interface OperationResult {
  at: string;
  unitId: string;
  seizures: number;
  valueYuan: number;
  arrests: number;
  inspections: number;
}

export interface ResultFigures {
  reports: number;
  seizures: number;
  valueYuan: number;
  arrests: number;
  inspections: number;
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
  /** The region the report is limited to ('' every region). */
  region: string;
  /** Operations concluded among those counted in the period. */
  operationsConcluded: number;
  /** Results reported in the period (and the previous one) on the operations the viewer may see. */
  operationResults: ResultFigures & { previous: ResultFigures };
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

/**
 * The rows the viewer may see, within the region if one is given. Evidence takes the jurisdiction
 * of its lead when the viewer may see that lead too (a hidden lead's jurisdiction is not revealed
 * through its evidence); operations carry their first target's.
 */
export function visibleInRegion(rows: AnalysisRecord[], viewer: Actor, region: string): AnalysisRecord[] {
  const seen = visibleTo(rows, viewer);
  const leadRegion = new Map(seen.filter((r) => r.context === 'leads').map((r) => [r.recordId, r.jurisdiction]));
  const placed = seen.map((r) => (r.context === 'evidence' && r.leadId ? { ...r, jurisdiction: leadRegion.get(r.leadId) ?? '' } : r));
  return region ? placed.filter((r) => r.jurisdiction === region) : placed;
}

const sumResults = (rows: AnalysisRecord[], p: Period): ResultFigures => {
  const results = rows.flatMap((r) => (r.context === 'operations' ? (r.results ?? []) : [])).filter((x) => within(x.at, p));
  return {
    reports: results.length,
    seizures: results.reduce((n, x) => n + x.seizures, 0),
    valueYuan: results.reduce((n, x) => n + x.valueYuan, 0),
    arrests: results.reduce((n, x) => n + x.arrests, 0),
    inspections: results.reduce((n, x) => n + x.inspections, 0),
  };
};

export function situationReport(rows: AnalysisRecord[], viewer: Actor, period: Period, groupBy: GroupBy, region = ''): SituationReport {
  const previous = previousPeriod(period);
  const seen = visibleInRegion(rows, viewer, region);
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
    region,
    operationResults: { ...sumResults(seen, period), previous: sumResults(seen, previous) },
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
  region = '',
): string[] {
  return visibleInRegion(rows, viewer, region)
    .filter((r) => r.context === context && within(r.createdAt, period) && keyOf(r, groupBy) === key)
    .map((r) => r.recordId)
    .sort();
}
