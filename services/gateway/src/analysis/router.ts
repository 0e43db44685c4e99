import { Router } from 'express';
import { z } from 'zod';
import { requireRole } from '../auth/middleware';
import { callContext } from '../http/command-routes';
import { parse } from '../http/validate';
import type { MeetingsPort } from '../meetings/meetings-port';

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
});
export const assessmentQuery = z.object({
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month YYYY-MM'),
  unitId: z.string().max(200).optional(),
});

/**
 * REST of the situation analysis and the assessment (ADR 0021), answered by the meetings service:
 * GET /api/v1/reports/situation?from&to&groupBy&drillContext&drillKey and
 * GET /api/v1/reports/assessment?period=YYYY-MM&unitId. JSON only in this slice.
 */
export function reportsRouter({ meetings }: { meetings: MeetingsPort }): Router {
  const router = Router();
  router.get('/situation', requireRole(SITUATION_READERS), async (req, res) => {
    const q = parse(situationQuery, req.query, 'query');
    const report = await meetings.call(
      'GetSituationReport',
      { from: q.from, to: q.to, groupBy: q.groupBy, drillContext: q.drillContext ?? '', drillKey: q.drillKey ?? '' },
      callContext(res),
    );
    const { hasRecognitionRate, recognitionRate, recordIds, ...rest } = report;
    res.setHeader('Cache-Control', 'private, no-store');
    res.json({ ...rest, recognitionRate: hasRecognitionRate ? recognitionRate : null, ...(q.drillContext ? { recordIds } : {}) });
  });
  router.get('/assessment', requireRole(ASSESSMENT_READERS), async (req, res) => {
    const q = parse(assessmentQuery, req.query, 'query');
    const a = await meetings.call('GetAssessment', { period: q.period, unitId: q.unitId ?? '' }, callContext(res));
    res.setHeader('Cache-Control', 'private, no-store');
    res.json({
      ...a,
      units: a.units.map(({ hasOnTimeRate, onTimeRate, ...u }) => ({ ...u, onTimeRate: hasOnTimeRate ? onTimeRate : null })),
    });
  });
  return router;
}
