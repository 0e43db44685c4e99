import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { Chart } from './situation-charts';
import type { SituationJson } from './situation-json';

/**
 * The printable situation report (态势研判报告, ADR 0021): the same figures as the JSON report of
 * the same caller — counts over the records they may see only — with the Vega charts embedded as
 * vector graphics (svg-to-pdfkit). Chinese needs a CJK font: the Debian package
 * fonts-wqy-microhei's file (which .ci/run installs, as for evidence certificates); without it the report is in
 * Helvetica and its text is Latin only (the report's own text is English; ids are ASCII).
 */
export const DEFAULT_REPORT_FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
const TTC_FAMILY = 'WenQuanYiMicroHei';

function openFont(doc: PDFKit.PDFDocument, file: string): boolean {
  if (!existsSync(file)) return false;
  try {
    if (file.endsWith('.ttc')) doc.registerFont('report', file, TTC_FAMILY);
    else doc.registerFont('report', file);
    doc.font('report');
    return true;
  } catch {
    return false;
  }
}

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const trend = (now: number, before: number) => `${now} (previous ${before}${before === now ? '' : now > before ? ', up' : ', down'})`;

export function situationPdf(
  report: SituationJson,
  charts: Chart[],
  meta: { generatedAt: string; viewer: string; fontFile?: string },
): Promise<Buffer> {
  // The document's subject repeats the headline counts, so a reader (or a test) sees them without parsing the pages.
  const subject = [
    ...report.contexts.map((c) => `${c.context} ${c.total}`),
    `seizures ${report.operationResults.seizures}`,
    `arrests ${report.operationResults.arrests}`,
  ].join(', ');
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `Situation report ${report.period.from} - ${report.period.to}`, Subject: subject },
  });
  const cjk = openFont(doc, meta.fontFile ?? DEFAULT_REPORT_FONT);
  if (!cjk) doc.font('Helvetica');
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const heading = (text: string) => doc.moveDown(0.6).fontSize(13).text(text).fontSize(10);

  doc.fontSize(18).text(cjk ? '态势研判报告 Situation Report' : 'Situation Report', { align: 'center' });
  doc
    .moveDown(0.3)
    .fontSize(9)
    .text(`${report.period.from} – ${report.period.to}${report.region ? `, region ${report.region}` : ', every region'}`, {
      align: 'center',
    })
    .text(`Generated ${meta.generatedAt} for ${meta.viewer}: counts only the records this viewer may see (need-to-know).`, {
      align: 'center',
    });
  doc.fontSize(10);

  heading('Figures');
  for (const c of report.contexts) doc.text(`${c.context}: ${trend(c.total, c.previousTotal)}`);
  doc.text(`Operations concluded: ${report.operationsConcluded}`);
  doc.text(`Evidence recognition rate: ${pct(report.recognitionRate)}`);
  const r = report.operationResults;
  heading('Operations results');
  doc.text(`Progress reports: ${trend(r.reports, r.previous.reports)}`);
  doc.text(
    `Seizures: ${trend(r.seizures, r.previous.seizures)}; value ¥${r.valueYuan.toFixed(2)} (previous ¥${r.previous.valueYuan.toFixed(2)})`,
  );
  doc.text(`Arrests: ${trend(r.arrests, r.previous.arrests)}; inspections: ${trend(r.inspections, r.previous.inspections)}`);

  for (const c of report.contexts.filter((x) => x.groups.length > 0)) {
    heading(`${c.context} by ${report.groupBy}`);
    for (const g of c.groups) doc.text(`${g.key}: ${trend(g.count, g.previousCount)}`);
  }

  for (const chart of charts) {
    doc.addPage();
    heading(chart.title);
    SVGtoPDF(doc, chart.svg, doc.x, doc.y + 10, {
      width: doc.page.width - 100,
      preserveAspectRatio: 'xMinYMin meet',
      fontCallback: () => (cjk ? 'report' : 'Helvetica'),
    });
  }
  doc.end();
  return done;
}
