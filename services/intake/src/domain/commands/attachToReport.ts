import { intakeEvent, type IntakeEvent } from '@liaison/contracts';
import { ValidationError } from '@liaison/platform';
import { attachmentRefusal } from '../attachments';
import type { ReportState } from '../report';
import { contractIssues, fail } from '../rules';
import type { CommandOf } from '.';

/**
 * AttachToReport (public, ADR 0034): a stored file on a report that still takes files (fresh,
 * received, below the count limit: the same rule the handler checked before storing, judged
 * again here against the stream, so two uploads at once cannot pass the limit together).
 */
export function attachToReport(c: CommandOf<'AttachToReport'>, state: ReportState): IntakeEvent {
  fail(contractIssues(c));
  const refusal = attachmentRefusal(state, { maxAttachments: c.maxAttachments, windowMinutes: c.windowMinutes }, c.now);
  if (refusal) throw refusal;
  if ((state.attachments ?? []).some((a) => a.attachmentId === c.attachmentId))
    throw ValidationError.field('attachment_id', 'this file is attached already');
  return intakeEvent('ReportAttachmentReceived', {
    attachmentId: c.attachmentId,
    mediaType: c.mediaType,
    size: c.size,
    sha256: c.sha256,
    storageRef: c.storageRef,
    at: c.now,
  });
}
