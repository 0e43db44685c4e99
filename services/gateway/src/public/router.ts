import { randomUUID } from 'node:crypto';
import { INTAKE_LIMITS as L, JURISDICTION_ID, RECEIPT_CODE, REPORT_CATEGORIES } from '@liaison/contracts';
import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import { HttpProblem } from '../http/problems';
import { contextOf } from '../http/request-context';
import { parse } from '../http/validate';
import type { CreditPort } from '../credit/credit-port';
import { mountPublicAttachmentRoute } from '../intake/attachment-routes';
import type { IntakePort } from '../intake/intake-port';
import { PUBLICATIONS_API_PATH, publicationsRouters } from './publications';
import { REPORT_PAGE } from './report-page';
import type { PublicEnv } from './public-config';
import { ProofOfWork } from './proof-of-work';

export const PUBLIC_API_BASE = '/api/public';
export const PUBLIC_PAGE_PATH = '/public/report';

export const publicReportBody = z
  .strictObject({
    category: z.enum(REPORT_CATEGORIES),
    what: z.string().trim().min(1, 'say what you saw').max(L.what),
    where: z.strictObject({
      jurisdiction: z.string().regex(JURISDICTION_ID, 'a district or county id, e.g. "jinshui"').max(100),
      address: z.string().trim().max(L.address).default(''),
    }),
    contact: z
      .strictObject({
        name: z.string().trim().max(L.contactName).default(''),
        phone: z.string().trim().max(L.contactPhone).default(''),
        email: z.string().trim().max(L.contactEmail).default(''),
      })
      .optional(),
    /** The ALTCHA payload: base64 JSON of the solved challenge from GET /api/public/challenge. */
    altcha: z.string().min(1, 'solve GET /api/public/challenge first').max(2_000),
  })
  .meta({ id: 'PublicReportBody' });

/**
 * The public, unauthenticated report channel (举报投诉, ADR 0028): a proof-of-work challenge, the
 * submission (rate-limited per client address, proof-of-work checked, then IntakeService's
 * public SubmitReport without any identity), the status by receipt code (rate-limited too:
 * guessing codes is slow), and the simple public page that does all three in the browser.
 * Nothing here reads or returns internal data: only the receipt code and the status.
 */
export function publicRouter({ intake, credit, env }: { intake: IntakePort; credit?: CreditPort; env: PublicEnv }): {
  api: Router;
  page: Router;
  /** The published cases' page (案件信息公开, ADR 0031), when the credit service is there. */
  cases: Router | null;
} {
  const pow = new ProofOfWork(env.PUBLIC_POW_MAX_NUMBER, env.PUBLIC_POW_HMAC_KEY);
  const limited = (limit: number) =>
    rateLimit({
      windowMs: env.PUBLIC_RATE_WINDOW_MS,
      limit,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      handler: (_req, _res, _next, options) => {
        throw new HttpProblem(
          429,
          'too-many-requests',
          'Too many requests',
          `at most ${options.limit} per ${env.PUBLIC_RATE_WINDOW_MS / 1000} s from one address; try later`,
        );
      },
    });
  const api = Router();
  api.get('/challenge', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(await pow.challenge());
  });
  api.post('/reports', limited(env.PUBLIC_REPORTS_PER_WINDOW), async (req, res) => {
    const body = parse(publicReportBody, req.body ?? {});
    if (!(await pow.accept(body.altcha)))
      throw new HttpProblem(
        400,
        'proof-of-work',
        'Proof of work missing or wrong',
        'solve a fresh challenge from GET /api/public/challenge',
      );
    const answer = await intake.callPublic(
      'SubmitReport',
      { commandId: randomUUID(), category: body.category, what: body.what, where: body.where, contact: body.contact ?? null },
      contextOf(res).correlationId,
    );
    res.setHeader('Cache-Control', 'no-store');
    res.status(201).json({
      receiptCode: answer.receiptCode,
      status: answer.status,
      screeningDueAt: answer.screeningDueAt,
      statusUrl: `${PUBLIC_API_BASE}/reports/${answer.receiptCode}`,
      attachmentsUrl: `${PUBLIC_API_BASE}/reports/${answer.receiptCode}/attachments`,
    });
  });
  // Files attached to a report by its receipt code (ADR 0034), rate-limited on their own.
  mountPublicAttachmentRoute(api, intake, limited(env.PUBLIC_ATTACHMENTS_PER_WINDOW));
  api.get('/reports/:receiptCode', limited(env.PUBLIC_STATUS_PER_WINDOW), async (req, res) => {
    const { receiptCode } = parse(
      z.object({ receiptCode: z.string().toUpperCase().regex(RECEIPT_CODE, 'expected XXXX-XXXX-XXXX-XXXX') }),
      req.params,
      'path',
    );
    res.setHeader('Cache-Control', 'no-store');
    res.json(await intake.callPublic('GetReportStatus', { receiptCode }, contextOf(res).correlationId));
  });
  const page = Router();
  page.get('/', (_req, res) => {
    res.setHeader('Content-Security-Policy', "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'");
    res.type('html').send(REPORT_PAGE);
  });
  const publications = credit ? publicationsRouters(credit, limited(env.PUBLIC_FEED_PER_WINDOW)) : null;
  if (publications) api.use(PUBLICATIONS_API_PATH, publications.api);
  return { api, page, cases: publications?.page ?? null };
}
