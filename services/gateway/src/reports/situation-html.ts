import type { Chart } from './situation-charts';
import type { SituationJson } from './situation-json';

/**
 * The printable situation report as one self-contained HTML page (print it from the browser): the
 * caller's own figures as tables and the same server-rendered Vega charts inline as SVG. Every
 * value is escaped; the SVG comes from Vega, fed only with the report's numbers and group keys.
 */
const escape = (value: string | number) =>
  String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const row = (...cells: (string | number)[]) => `<tr>${cells.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`;

export function situationHtml(report: SituationJson, charts: Chart[], meta: { generatedAt: string; viewer: string }): string {
  const r = report.operationResults;
  const groups = report.contexts
    .filter((c) => c.groups.length > 0)
    .map(
      (c) =>
        `<h2>${escape(c.context)} by ${escape(report.groupBy)}</h2><table><tr><th>${escape(report.groupBy)}</th><th>this period</th><th>previous</th></tr>${c.groups
          .map((g) => row(g.key, g.count, g.previousCount))
          .join('')}</table>`,
    )
    .join('');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>态势研判报告 Situation report</title>
<style>body{font-family:"WenQuanYi Micro Hei",sans-serif;margin:2em}table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #999;padding:.2em .6em;text-align:left}figure{break-inside:avoid}</style>
</head><body>
<h1>态势研判报告 Situation report</h1>
<p>${escape(report.period.from)} – ${escape(report.period.to)}${report.region ? `, region ${escape(report.region)}` : ', every region'}</p>
<p>Generated ${escape(meta.generatedAt)} for ${escape(meta.viewer)}: counts only the records this viewer may see (need-to-know).</p>
<h2>Figures</h2><table><tr><th></th><th>this period</th><th>previous</th></tr>${report.contexts.map((c) => row(c.context, c.total, c.previousTotal)).join('')}</table>
<p>Operations concluded: ${escape(report.operationsConcluded)}; evidence recognition rate: ${escape(pct(report.recognitionRate))}</p>
<h2>Operations results</h2><table><tr><th></th><th>this period</th><th>previous</th></tr>${row('progress reports', r.reports, r.previous.reports)}${row('seizures', r.seizures, r.previous.seizures)}${row('value (yuan)', r.valueYuan.toFixed(2), r.previous.valueYuan.toFixed(2))}${row('arrests', r.arrests, r.previous.arrests)}${row('inspections', r.inspections, r.previous.inspections)}</table>
${groups}
${charts.map((c) => `<figure><figcaption>${escape(c.title)}</figcaption>${c.svg}</figure>`).join('\n')}
</body></html>`;
}
