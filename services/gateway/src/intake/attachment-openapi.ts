import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { RECEIPT_CODE } from '@liaison/contracts';
import { z } from 'zod';
import { paramsSchema } from '../http/command-routes';
import { ATTACHMENT_FIELD, attachmentIdParam, attachmentReportIdParam } from './attachment-routes';
import { INTAKE_BASE } from './router';

type Responses = RouteConfig['responses'];
type Problem = (description: string) => Responses[number];
const json = (description: string, schema: z.ZodType) => ({ description, content: { 'application/json': { schema } } });

// Strict: the upload takes that one part (readUploadParts refuses any other with 400), so the document lists no other.
export const publicAttachmentBody = z
  .strictObject({
    [ATTACHMENT_FIELD]: z.string().meta({ format: 'binary' }).describe('The file: JPEG, PNG or PDF by default (sniffed from the bytes)'),
  })
  .meta({ id: 'PublicAttachmentBody' });

const attachmentSchema = z
  .object({
    attachmentId: z.uuid(),
    mediaType: z.string().describe('Sniffed from the bytes at upload'),
    size: z.number().int().describe('Bytes'),
    sha256: z.string(),
    receivedAt: z.string(),
    fileName: z.string().describe('<attachmentId>.<extension>: the sender’s own file name is not kept'),
  })
  .meta({ id: 'ReportAttachment' });

/** The public upload (attachment-routes.ts; ADR 0034), for public/openapi.ts. */
export function publicAttachmentRouteDocs(problem: Problem, limited: Responses): RouteConfig[] {
  return [
    {
      method: 'post',
      path: '/api/public/reports/{receiptCode}/attachments',
      tags: ['public'],
      summary:
        'Attach a file to a report by its receipt code, without an account (multipart/form-data, one part "file", streamed): within the window after the submission (INTAKE_ATTACHMENT_WINDOW_MINUTES, default 60) and up to INTAKE_ATTACHMENTS_PER_REPORT files (default 5); rpc AttachToReport',
      security: [],
      request: {
        params: z.object({ receiptCode: z.string().regex(RECEIPT_CODE) }),
        body: { required: true, content: { 'multipart/form-data': { schema: publicAttachmentBody } } },
      },
      responses: {
        201: json(
          'Received: the report’s count of files now',
          z.object({ received: z.literal(true), attachmentCount: z.number().int().min(1) }),
        ),
        400: problem('Not a receipt code, or the body is not one "file" part'),
        404: problem('Unknown receipt code'),
        409: problem('The report takes no more files: screened already, its window closed, or its count reached'),
        413: problem('The file is larger than INTAKE_ATTACHMENT_MAX_BYTES (default 10 MiB); nothing stored'),
        415: problem(
          'The body is not multipart/form-data, or the file’s bytes are not of an allowed type (detected, allowed); nothing stored',
        ),
        ...limited,
      },
    },
  ];
}

/** The officers' list and download (attachment-routes.ts), for intake/openapi.ts. */
export function attachmentReadRouteDocs(security: RouteConfig['security'], errors: Responses): RouteConfig[] {
  const tags = ['intake'];
  const denied = {
    403: { description: 'An officer of the routed unit who is not one of its named screening officers: the files are RED' },
    404: { description: 'No such report (or attachment) for the caller’s unit (its existence is not disclosed)' },
  };
  const params = paramsSchema(attachmentReportIdParam);
  return [
    {
      method: 'get',
      path: `${INTAKE_BASE}/reports/{id}/attachments`,
      tags,
      summary: 'The files the reporter attached, for the named screening officers only; rpc ListReportAttachments',
      security,
      request: { params },
      responses: {
        200: json('The attachments', z.object({ items: z.array(attachmentSchema), nextCursor: z.null() })),
        ...errors,
        ...denied,
      },
    },
    {
      method: 'get',
      path: `${INTAKE_BASE}/reports/{id}/attachments/{attachmentId}/content`,
      tags,
      summary:
        'The bytes of an attachment (Content-Type the sniffed type, Repr-Digest, Liaison-Content-Verified); named screening officers only; rpc DownloadReportAttachment',
      security,
      request: { params: params.extend({ attachmentId: attachmentIdParam }) },
      responses: {
        200: {
          description: 'The file',
          content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
        },
        ...errors,
        ...denied,
      },
    },
  ];
}
