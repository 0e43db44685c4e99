import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { SituationJson } from './situation-json';

/**
 * The charts of the printable situation report, drawn by Vega-Lite and rendered to SVG on the
 * server by Vega's headless view (renderer 'none': no canvas, no browser). Each chart is made
 * only from the report's own figures, so it shows exactly what the viewer's report counts.
 */
export interface Chart {
  title: string;
  svg: string;
}

const PERIODS = ['this period', 'previous period'];

async function render(spec: TopLevelSpec): Promise<string> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** A grouped bar chart of one context's groups, this period against the previous one. */
function groupsSpec(title: string, groupBy: string, groups: SituationJson['contexts'][number]['groups']): TopLevelSpec {
  const values = groups.flatMap((g) => [
    { key: g.key, period: PERIODS[0], count: g.count },
    { key: g.key, period: PERIODS[1], count: g.previousCount },
  ]);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title,
    width: 420,
    height: 180,
    data: { values },
    mark: 'bar',
    encoding: {
      x: { field: 'key', type: 'nominal', title: groupBy, axis: { labelAngle: -30 } },
      xOffset: { field: 'period', sort: PERIODS },
      y: { field: 'count', type: 'quantitative', title: 'records', axis: { tickMinStep: 1 } },
      color: { field: 'period', type: 'nominal', sort: PERIODS, scale: { range: ['#1f5f99', '#a9c4dd'] }, title: null },
    },
    config: { font: 'sans-serif' },
  };
}

function resultsSpec(r: SituationJson['operationResults']): TopLevelSpec {
  const measures: [string, keyof typeof r.previous][] = [
    ['seizures', 'seizures'],
    ['arrests', 'arrests'],
    ['inspections', 'inspections'],
  ];
  const values = measures.flatMap(([label, k]) => [
    { measure: label, period: PERIODS[0], n: r[k] },
    { measure: label, period: PERIODS[1], n: r.previous[k] },
  ]);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: 'Operations results',
    width: 300,
    height: 160,
    data: { values },
    mark: 'bar',
    encoding: {
      x: { field: 'measure', type: 'nominal', title: null },
      xOffset: { field: 'period', sort: PERIODS },
      y: { field: 'n', type: 'quantitative', title: 'count', axis: { tickMinStep: 1 } },
      color: { field: 'period', type: 'nominal', sort: PERIODS, scale: { range: ['#1f5f99', '#a9c4dd'] }, title: null },
    },
    config: { font: 'sans-serif' },
  };
}

/** One chart per context that has groups, then the operations results. */
export async function situationCharts(report: SituationJson): Promise<Chart[]> {
  const charts: Chart[] = [];
  for (const c of report.contexts.filter((x) => x.groups.length > 0)) {
    const title = `${c.context} by ${report.groupBy}`;
    charts.push({ title, svg: await render(groupsSpec(title, report.groupBy, c.groups)) });
  }
  charts.push({ title: 'Operations results', svg: await render(resultsSpec(report.operationResults)) });
  return charts;
}
