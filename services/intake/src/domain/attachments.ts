import { type Actor, visibility } from '@liaison/contracts';
import { InvalidTransitionError, NotFoundError, ForbiddenError } from '@liaison/platform';
import { reportAccess, reporterAccess, type ReportState } from './report';

/**
 * Attachments on public reports (ADR 0034), as pure rules used by the gRPC handler (before a byte
 * is stored) and by the decider (when the attachment is recorded) alike.
 */
export interface AttachmentLimits {
  /** Files per report. */
  maxAttachments: number;
  /** Minutes after the submission in which files are accepted: the receipt must be fresh. */
  windowMinutes: number;
}

/**
 * Why a report takes no further file now, or null: it must be a submitted report still in the
 * queue (`received`), within the window after its submission, and below the count limit.
 */
export function attachmentRefusal(state: ReportState, limits: AttachmentLimits, now: string): Error | null {
  if (!state.reportId) return new NotFoundError('report', 'for this receipt code');
  if (state.status !== 'received')
    return new InvalidTransitionError(`the report was ${state.status} already; it takes no more files`, state.status);
  const closes = Date.parse(state.submittedAt) + limits.windowMinutes * 60_000;
  if (Date.parse(now) > closes)
    return new InvalidTransitionError(
      `files are accepted within ${limits.windowMinutes} minutes of the submission; this window closed at ${new Date(closes).toISOString()}`,
      state.status,
    );
  const count = (state.attachments ?? []).length;
  if (count >= limits.maxAttachments)
    return new InvalidTransitionError(`a report takes at most ${limits.maxAttachments} files; this one has ${count}`, state.status);
  return null;
}

/**
 * Who sees the attached files: they are RED like the reporter's identity, named to the rule's
 * screening officers (reporterAccess) — a photo or a scanned document can identify the reporter
 * (EXIF position, a face, a document's author), and nothing redacts them. Any other unit learns
 * nothing of the report (not found); an officer of the routed unit who is not named learns only
 * that there are files (the count in the report), and is refused them.
 */
export function authoriseAttachmentRead(state: ReportState, actor: Actor, reportId: string): void {
  if (!state.reportId || visibility(reportAccess(state), actor) !== 'visible') throw new NotFoundError('report', reportId);
  if (visibility(reporterAccess(state), actor) !== 'visible')
    throw new ForbiddenError("a report's attachments are RED: only its named screening officers see them");
}

export const attachmentsDisclosed = (state: ReportState, actor: Actor): boolean =>
  Boolean(state.reportId) && visibility(reporterAccess(state), actor) === 'visible';

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
};

/** The name a download gets: the id and the sniffed type's extension (the client's name is not kept: it may name the reporter). */
export const attachmentFileName = (attachmentId: string, mediaType: string): string => `${attachmentId}.${EXTENSIONS[mediaType] ?? 'bin'}`;
