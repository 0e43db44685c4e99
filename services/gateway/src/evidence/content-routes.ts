/**
 * The evidence content routes (ADR 0019), mounted by ./router.ts inside /api/v1/evidence (after
 * authentication) as `evidenceContentRouter(deps)`:
 *
 * - deps.content: EvidenceContentPort (content-port.ts, `createGrpcEvidenceContentPort`): the
 *   UploadEvidence and DownloadEvidenceContent streams of the evidence service.
 * - deps.directory: the live directory, to check the officers and units the metadata names.
 * - deps.timing (optional): the deadline of a stream, `baseMs` plus the bytes at
 *   `minBytesPerSecond`; `unknownSizeMs` when the size is not known up front.
 *
 * `POST /` (multipart/form-data only; JSON falls through to the registration route): the
 * `metadata` part, then the `content` part streamed into the service as it arrives (never held
 * whole). 413 over the size limit, 415 for a type not allowed (sniffed from the bytes), 422 when
 * `metadata.sha256` does not match the bytes; nothing is stored then. `Idempotency-Key` as on
 * every command.
 *
 * `GET /{id}/content`: the bytes with Content-Type, Content-Length, Content-Disposition,
 * `Repr-Digest: sha-256=:<base64>:` (RFC 9530) of the bytes sent, and
 * `Liaison-Content-Verified: true|false` (the stored bytes were re-hashed against the registered
 * SHA-256 before this answer).
 */
import { pipeline } from 'node:stream/promises';
import type { Directory } from '@liaison/contracts';
import { DigestMismatchError, UnavailableError, ValidationError } from '@liaison/platform';
import { type Request, Router } from 'express';
import { ROLE_POLICY, requireRole } from '../auth/middleware';
import { callContext, checkReferences, sendCommandResult } from '../http/command-routes';
import { commandIdFor, IDEMPOTENCY_HEADER, requestDigestOf } from '../http/idempotency';
import { nulIssues } from '../http/nul-free';
import { actorOf } from '../http/request-context';
import {
  clientGone,
  type ContentTiming,
  DEFAULT_CONTENT_TIMING,
  deadlineFor,
  readUploadParts,
  uploadMessages,
} from '../http/multipart-upload';
import { parse } from '../http/validate';
import type { EvidenceContentPort, StreamContext } from './content-port';
import { uploadMetadataBody } from './content-schemas';
import { registrationReferences } from './routes';
import { evidenceParams } from './schemas';

export const CONTENT_PATH = '/:id/content';
export const VERIFIED_HEADER = 'Liaison-Content-Verified';
const EVIDENCE_BASE = '/api/v1/evidence';

export interface EvidenceContentRouterDeps {
  content: EvidenceContentPort;
  directory: Directory;
  timing?: ContentTiming;
}

const lengthOf = (req: Request): number | null => (req.get('content-length') ? Number(req.get('content-length')) : null);

export function evidenceContentRouter({ content, directory, timing = DEFAULT_CONTENT_TIMING }: EvidenceContentRouterDeps): Router {
  const router = Router();

  router.post('/', (req, _res, next) => (req.is('multipart/form-data') ? next() : next('router')), requireRole(ROLE_POLICY.act));
  router.post('/', async (req, res) => {
    const parts = await readUploadParts(req);
    try {
      // The JSON part bypasses the app's JSON parser, and so its NUL check (http/nul-free.ts).
      const nul = nulIssues(parts.metadata, 'metadata');
      if (nul.length > 0) throw ValidationError.of(nul, 'metadata');
      const metadata = parse(uploadMetadataBody, parts.metadata, 'metadata');
      checkReferences(
        directory,
        registrationReferences(metadata).map((ref) => ({ ...ref, path: `metadata.${ref.path}` })),
      );
      const officerId = actorOf(res).officerId;
      const commandId = commandIdFor(officerId, req.get(IDEMPOTENCY_HEADER));
      const { sha256, fileName, mediaType, ...fields } = metadata;
      const body = {
        ...fields,
        sha256: sha256 ?? '',
        fileName: fileName ?? parts.fileName,
        mediaType: mediaType ?? parts.declaredMediaType,
      };
      const registration = { ...body, commandId };
      const ctx: StreamContext = {
        ...callContext(res),
        // The key is bound to the registration and the declared hash (the bytes are the hash's to vouch for).
        requestDigest: requestDigestOf({
          method: 'POST',
          path: EVIDENCE_BASE,
          officerId,
          body: { multipart: registration, commandId: undefined },
        }),
        deadlineMs: deadlineFor(timing, lengthOf(req)),
        signal: clientGone(res),
      };
      const result = await content
        .upload(ctx, (sink) => pipeline(parts.content, uploadMessages({ registration }), sink))
        .catch((error: unknown) => {
          throw error instanceof DigestMismatchError ? new DigestMismatchError('metadata.sha256', error.declared, error.actual) : error;
        });
      res.setHeader('Location', `${EVIDENCE_BASE}/${encodeURIComponent(result.evidenceId)}`);
      sendCommandResult(res, { ...result }, 'evidenceId', 201);
    } catch (error) {
      parts.content.resume();
      parts.stop();
      throw error;
    }
  });

  router.get(CONTENT_PATH, requireRole(ROLE_POLICY.read), async (req, res) => {
    const { id } = parse(evidenceParams, req.params, 'path');
    const ctx: StreamContext = { ...callContext(res), deadlineMs: timing.unknownSizeMs, signal: clientGone(res) };
    const messages = content.download(id, ctx)[Symbol.asyncIterator]();
    // Errors up to the header (404 for an item the caller may not see) are problems; later ones cut the body.
    const first = await messages.next();
    const header = first.done ? null : first.value.header;
    if (!header) throw new UnavailableError(`the evidence service sent no content header for ${id}`);
    res.attachment(header.fileName || id);
    res.setHeader('Content-Type', header.mediaType || 'application/octet-stream');
    res.setHeader('Content-Length', String(header.size));
    res.setHeader('Repr-Digest', `sha-256=:${Buffer.from(header.sha256, 'hex').toString('base64')}:`);
    res.setHeader(VERIFIED_HEADER, String(header.verified));
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    await pipeline(async function* () {
      for (let next = await messages.next(); !next.done; next = await messages.next()) if (next.value.chunk) yield next.value.chunk;
    }, res);
  });

  return router;
}
