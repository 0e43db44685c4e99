/**
 * Files attached to public reports (ADR 0034), through the gateway:
 *
 * - `POST /api/public/reports/{receiptCode}/attachments` (public, mounted by public/router.ts
 *   behind its own per-address rate limit): `multipart/form-data` with one file part `file`,
 *   streamed into IntakeService's AttachToReport as it arrives (never held whole), with the
 *   gateway's public actor as identity. The receipt code binds it to the report; the service
 *   refuses a report that is no longer fresh or has its count of files (409), a file over the
 *   size limit (413) or of a type not allowed, sniffed from the bytes (415); nothing is stored
 *   then. The reporter learns only how many files the report has now.
 * - `GET /api/v1/intake/reports/{id}/attachments` and `…/{attachmentId}/content` (officers):
 *   the list and the bytes, for the named screening officers only (the service's answer: 403
 *   for other officers of the routed unit, 404 for any other unit).
 */
import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { PUBLIC_REPORTER, RECEIPT_CODE, REPORT_ID } from '@liaison/contracts';
import { UnavailableError } from '@liaison/platform';
import { type Request, type RequestHandler, type Response, Router } from 'express';
import { z } from 'zod';
import { callContext } from '../http/command-routes';
import { clientGone, DEFAULT_CONTENT_TIMING, deadlineFor, readUploadParts, uploadMessages } from '../http/multipart-upload';
import { HttpProblem } from '../http/problems';
import { contextOf } from '../http/request-context';
import { parse } from '../http/validate';
import type { IntakePort } from './intake-port';

/** The one file part of a public attachment upload. */
export const ATTACHMENT_FIELD = 'file';
export const PUBLIC_ATTACHMENTS_PATH = '/reports/:receiptCode/attachments';
/** Matches the public upload's path (the app lets its multipart body and long transfer through). */
export const PUBLIC_ATTACHMENT_UPLOAD = /^\/api\/public\/reports\/[^/]+\/attachments\/?$/;
/** Matches the officers' download path (no request timeout: the bytes take as long as they take). */
export const ATTACHMENT_DOWNLOAD = /^\/api\/v1\/intake\/reports\/[^/]+\/attachments\/[^/]+\/content$/;

export const receiptCodeParam = z.string().toUpperCase().regex(RECEIPT_CODE, 'expected XXXX-XXXX-XXXX-XXXX');
export const attachmentIdParam = z.uuid('expected an attachment id (uuid)');
// The service's own id pattern (as router.ts: a looser one would let schema-valid ids fail there).
export const attachmentReportIdParam = z.string().regex(REPORT_ID, 'expected report-<uuid>');

const lengthOf = (req: Request): number | null => (req.get('content-length') ? Number(req.get('content-length')) : null);

/** The public upload route, added to the public API router behind `limiter`. */
export function mountPublicAttachmentRoute(api: Router, intake: IntakePort, limiter: RequestHandler): void {
  api.post(PUBLIC_ATTACHMENTS_PATH, limiter, async (req: Request, res: Response) => {
    const { receiptCode } = parse(z.object({ receiptCode: receiptCodeParam }), req.params, 'path');
    if (!req.is('multipart/form-data'))
      throw new HttpProblem(
        415,
        'unsupported-media-type',
        'Unsupported media type',
        `send multipart/form-data with one file part "${ATTACHMENT_FIELD}"`,
      );
    const parts = await readUploadParts(req, { metadataField: null, fileField: ATTACHMENT_FIELD });
    try {
      const ctx = {
        // The gateway's own public actor: the service accepts attachments from its public channel only.
        actor: PUBLIC_REPORTER,
        correlationId: contextOf(res).correlationId,
        deadlineMs: deadlineFor(DEFAULT_CONTENT_TIMING, lengthOf(req)),
        signal: clientGone(res),
      };
      const target = { receiptCode, commandId: randomUUID() };
      const result = await intake.attachments.upload(ctx, (sink) => pipeline(parts.content, uploadMessages({ target }), sink));
      res.setHeader('Cache-Control', 'no-store');
      res.status(201).json({ received: true, attachmentCount: result.attachmentCount });
    } catch (error) {
      parts.content.resume();
      parts.stop();
      throw error;
    }
  });
}

/** The officers' routes, added to /api/v1/intake/reports behind `read`. */
export function mountAttachmentReadRoutes(reports: Router, intake: IntakePort, read: RequestHandler): void {
  reports.get('/:id/attachments', read, async (req, res) => {
    const { id } = parse(z.object({ id: attachmentReportIdParam }), req.params, 'path');
    const answer = await intake.call('ListReportAttachments', { reportId: id }, callContext(res));
    res.setHeader('Cache-Control', 'private, no-store');
    res.json({ items: answer.attachments, nextCursor: null });
  });
  reports.get('/:id/attachments/:attachmentId/content', read, async (req, res) => {
    const { id, attachmentId } = parse(z.object({ id: attachmentReportIdParam, attachmentId: attachmentIdParam }), req.params, 'path');
    const ctx = { ...callContext(res), deadlineMs: DEFAULT_CONTENT_TIMING.unknownSizeMs, signal: clientGone(res) };
    const messages = intake.attachments.download(id, attachmentId, ctx)[Symbol.asyncIterator]();
    // Errors up to the header (403, 404) are problems; later ones cut the body.
    const first = await messages.next();
    const header = first.done ? null : first.value.header;
    if (!header) throw new UnavailableError(`the intake service sent no attachment header for ${attachmentId}`);
    res.attachment(header.fileName || attachmentId);
    res.setHeader('Content-Type', header.mediaType || 'application/octet-stream');
    res.setHeader('Content-Length', String(header.size));
    res.setHeader('Repr-Digest', `sha-256=:${Buffer.from(header.sha256, 'hex').toString('base64')}:`);
    res.setHeader('Liaison-Content-Verified', String(header.verified));
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    await pipeline(async function* () {
      for (let next = await messages.next(); !next.done; next = await messages.next()) if (next.value.chunk) yield next.value.chunk;
    }, res);
  });
}
