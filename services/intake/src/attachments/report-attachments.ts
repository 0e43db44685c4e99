import { type Actor, RECEIPT_CODE } from '@liaison/contracts';
import {
  type CallContext,
  checkStoredContent,
  chunksUntilEnd,
  type ContentBackend,
  type ContentPolicy,
  ForbiddenError,
  nameBasedUuid,
  NotFoundError,
  putContent,
  readChecked,
  UnavailableError,
  type UploadMessage,
  ValidationError,
} from '@liaison/platform';
import type { Collection } from 'mongodb';
import type { IntakeCommands } from '../application/intake-commands';
import { receiptDigest } from '../application/receipt';
import { attachmentFileName, type AttachmentLimits, attachmentRefusal, authoriseAttachmentRead } from '../domain/attachments';
import { PUBLIC_ACTOR, type ReportState } from '../domain/report';
import type { ReportReadModel } from '../projections/reports';

/** receipt digest → report id, written at submission before the report (the read model may lag behind a quick upload). */
export interface ReceiptDoc {
  _id: string;
  reportId: string;
}

export interface AttachmentMessage extends UploadMessage {
  target?: { receiptCode: string; commandId: string } | null;
}

export interface AttachmentResult {
  attachmentId: string;
  attachmentCount: number;
  mediaType: string;
  size: number;
  duplicate: boolean;
}

/**
 * Files attached to public reports (ADR 0034): the upload, bound to the report by its receipt
 * code, judged before a byte is stored (fresh report, count: domain/attachments.ts), stored
 * through the platform's content mechanics (size, type sniffed from the bytes, hash) and recorded
 * on the report's stream; the list and the download for the named screening officers only.
 */
export class ReportAttachments {
  constructor(
    private readonly deps: {
      commands: Pick<IntakeCommands, 'state' | 'attach'>;
      reports: Pick<ReportReadModel, 'find'>;
      receipts: Collection<ReceiptDoc>;
      backend: ContentBackend;
      policy: ContentPolicy;
      limits: AttachmentLimits;
    },
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The report of a receipt code, with its state from the stream; not found unless the code is the report's. */
  private async reportOf(receiptCode: string): Promise<{ reportId: string; state: ReportState }> {
    const code = receiptCode.trim().toUpperCase();
    if (!RECEIPT_CODE.test(code)) throw ValidationError.field('target.receipt_code', 'expected XXXX-XXXX-XXXX-XXXX');
    const digest = receiptDigest(code);
    const reportId =
      (await this.deps.receipts.findOne({ _id: digest }))?.reportId ??
      (await this.deps.reports.find({ receiptDigest: digest }))[0]?.reportId;
    const state = reportId ? await this.deps.commands.state(reportId) : null;
    if (!reportId || !state?.reportId || state.receiptDigest !== digest) throw new NotFoundError('report', 'for this receipt code');
    return { reportId, state };
  }

  async upload(messages: AsyncIterable<AttachmentMessage>, ctx: CallContext): Promise<AttachmentResult> {
    // Identity-bearing: only the gateway's public channel attaches (its public actor), never an officer.
    if (ctx.actor.officerId !== PUBLIC_ACTOR.officerId || ctx.actor.unitId !== PUBLIC_ACTOR.unitId)
      throw new ForbiddenError("files are attached by the reporter through the gateway's public endpoint");
    const iterator = messages[Symbol.asyncIterator]();
    const first = await iterator.next();
    const target = first.done ? null : first.value.target;
    if (!target) throw ValidationError.field('target', 'the first message of an upload is the target (the receipt code)');
    if (!target.commandId) throw ValidationError.field('target.command_id', 'required');
    const { reportId, state } = await this.reportOf(target.receiptCode);
    const attachmentId = nameBasedUuid('liaison.intake.AttachToReport', `${reportId}:${target.commandId}`);
    const count = (state.attachments ?? []).length;
    const earlier = (state.attachments ?? []).find((a) => a.attachmentId === attachmentId);
    if (earlier) {
      // A retry of an upload that was recorded: answer the first result, store nothing again.
      await iterator.return?.();
      return { attachmentId, attachmentCount: count, mediaType: earlier.mediaType, size: earlier.size, duplicate: true };
    }
    const refusal = attachmentRefusal(state, this.deps.limits, this.clock().toISOString());
    if (refusal) throw refusal;
    const { backend } = this.deps;
    const stored = await putContent(backend, this.deps.policy, chunksUntilEnd(iterator, ctx.signal, 'target'), {
      fileName: attachmentId,
    });
    if (ctx.signal.aborted) {
      await backend.remove(stored.storageRef);
      throw new UnavailableError('upload cancelled by the caller before its end');
    }
    try {
      const result = await this.deps.commands.attach(
        reportId,
        { attachmentId, mediaType: stored.mediaType, size: stored.size, sha256: stored.sha256, storageRef: stored.storageRef },
        this.deps.limits,
        ctx.correlationId,
      );
      if (result.duplicate) await backend.remove(stored.storageRef);
      return {
        attachmentId,
        attachmentCount: result.attachmentCount,
        mediaType: stored.mediaType,
        size: stored.size,
        duplicate: result.duplicate,
      };
    } catch (error) {
      await backend.remove(stored.storageRef);
      throw error;
    }
  }

  async list(reportId: string, actor: Actor) {
    const state = await this.deps.commands.state(reportId);
    authoriseAttachmentRead(state, actor, reportId);
    return {
      reportId,
      attachments: (state.attachments ?? []).map((a) => ({
        attachmentId: a.attachmentId,
        mediaType: a.mediaType,
        size: a.size,
        sha256: a.sha256,
        receivedAt: a.receivedAt,
        fileName: attachmentFileName(a.attachmentId, a.mediaType),
      })),
    };
  }

  /** The header (re-hashed stored bytes against the recorded hash), then the bytes, hashed again as they go. */
  async *download(reportId: string, attachmentId: string, ctx: CallContext) {
    const state = await this.deps.commands.state(reportId);
    authoriseAttachmentRead(state, ctx.actor, reportId);
    const attachment = (state.attachments ?? []).find((a) => a.attachmentId === attachmentId);
    if (!attachment) throw new NotFoundError('report attachment', attachmentId);
    const checked = await checkStoredContent(this.deps.backend, attachment.storageRef, attachment.sha256);
    if (!checked.verified)
      ctx.logger.warn(
        { reportId, attachmentId, expected: attachment.sha256, actual: checked.sha256 },
        'stored attachment failed its re-check',
      );
    yield {
      header: {
        mediaType: attachment.mediaType,
        size: checked.size,
        sha256: checked.sha256,
        verified: checked.verified,
        fileName: attachmentFileName(attachmentId, attachment.mediaType),
      },
    };
    for await (const piece of readChecked(this.deps.backend, attachment.storageRef, checked)) {
      if (ctx.signal.aborted) return;
      yield { chunk: piece };
    }
  }
}
