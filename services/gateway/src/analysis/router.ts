import { Router } from 'express';
import { z } from 'zod';
import { requireRole } from '../auth/middleware';
import { callContext } from '../http/command-routes';
import { parse } from '../http/validate';
import type { MeetingsPort } from '../meetings/meetings-port';
import { situationCharts } from '../reports/situation-charts';
import { situationJson } from '../reports/situation-json';
import { situationHtml } from '../reports/situation-html';
import { situationPdf } from '../reports/situation-pdf';

export const REPORTS_BASE = '/api/v1/reports';
/** Analysts (within their clearance) and coordinators read the situation; the service counts only what each may see. */
export const SITUATION_READERS = ['analyst', 'coordinator'] as const;
/** Supervisors (every unit) and coordinators (their own unit) read the assessment. */
export const ASSESSMENT_READERS = ['supervisor', 'coordinator'] as const;

export const situationQuery = z.object({
  from: z.string().min(1),
  to: z.string().min(1),
  groupBy: z.enum(['category', 'jurisdiction', 'status', 'ownerUnit']).default('category'),
  drillContext: z.enum(['leads', 'operations', 'evidence']).optional(),
  drillKey: z.string().max(200).optional(),
  region: z
    .string()
    .regex(/^[a-z0-9-]{1,100}$/, 'a jurisdiction id')
    .optional()
    .describe('Only records of this jurisdiction (leads: theirs; operations: their first target’s; evidence: its lead’s, if visible)'),
});
export const assessmentQuery = z.object({
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month YYYY-MM'),
  unitId: z.string().max(200).optional(),
});

const wantsPdf = (accept: string | undefined) => /application\/pdf/i.test(accept ?? '') && !/application\/json/i.test(accept ?? '');
const viewerOf = (res: Parameters<typeof callContext>[0]) => {
  const actor = callContext(res).actor;
  return actor ? `${actor.officerId} (${actor.unitId})` : 'the caller';
};

/**
 * REST of the situation analysis and the assessment (ADR 0021), answered by the meetings service:
 * GET /api/v1/reports/situation?from&to&groupBy&region&drillContext&drillKey (JSON, or the
 * printable PDF with charts for Accept: application/pdf), GET /api/v1/reports/situation.pdf (the
 * same PDF), GET /api/v1/reports/situation.html (the same as one printable page) and GET /api/v1/reports/assessment?period=YYYY-MM&unitId. The PDF is made from the
 * caller's own report, so it shows exactly what the caller may see.
 */
export function reportsRouter({ meetings, pdfFont }: { meetings: MeetingsPort; pdfFont?: string }): Router {
  const router = Router();
  const situation = async (query: unknown, res: Parameters<typeof callContext>[0]) => {
    const q = parse(situationQuery, query, 'query');
    const reply = await meetings.call(
      'GetSituationReport',
      {
        from: q.from,
        to: q.to,
        groupBy: q.groupBy,
        drillContext: q.drillContext ?? '',
        drillKey: q.drillKey ?? '',
        region: q.region ?? '',
      },
      callContext(res),
    );
    return situationJson(reply, q.drillContext !== undefined);
  };
  const sendPdf = async (report: Awaited<ReturnType<typeof situation>>, res: Parameters<typeof callContext>[0]) => {
    const pdf = await situationPdf(report, await situationCharts(report), {
      generatedAt: new Date().toISOString(),
      viewer: viewerOf(res),
      fontFile: pdfFont,
    });
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Content-Disposition', `inline; filename="situation-${report.period.from.slice(0, 10)}.pdf"`);
    res.type('application/pdf').send(pdf);
  };
  router.get('/situation.pdf', requireRole(SITUATION_READERS), async (req, res) => {
    await sendPdf(await situation(req.query, res), res);
  });
  router.get('/situation.html', requireRole(SITUATION_READERS), async (req, res) => {
    const report = await situation(req.query, res);
    const html = situationHtml(report, await situationCharts(report), { generatedAt: new Date().toISOString(), viewer: viewerOf(res) });
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    res.type('text/html').send(html);
  });
  router.get('/situation', requireRole(SITUATION_READERS), async (req, res) => {
    const report = await situation(req.query, res);
    if (wantsPdf(req.headers.accept)) return sendPdf(report, res);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Vary', 'Accept');
    res.json(report);
  });
  router.get('/assessment', requireRole(ASSESSMENT_READERS), async (req, res) => {
    const q = parse(assessmentQuery, req.query, 'query');
    const a = await meetings.call('GetAssessment', { period: q.period, unitId: q.unitId ?? '' }, callContext(res));
    res.setHeader('Cache-Control', 'private, no-store');
    res.json({
      ...a,
      units: a.units.map(({ hasOnTimeRate, onTimeRate, compliance, rectification, hasRectification, ...u }) => ({
        ...u,
        onTimeRate: hasOnTimeRate ? onTimeRate : null,
        compliance: compliance.map(({ hasRate, rate, ...c }) => ({ ...c, rate: hasRate ? rate : null })),
        rectification: hasRectification ? rectification : null,
      })),
    });
  });
  return router;
}
