import type { proto } from '@liaison/contracts';
import {
  type CallContext,
  checkStoredContent,
  chunksUntilEnd,
  type ClientStreamingHandlerOf,
  commandContextOf,
  type ContentBackend,
  type ContentPolicy,
  isSha256Hex,
  putContent,
  readChecked,
  type CommandContext,
  nameBasedUuid,
  NotFoundError,
  type ServerStreamingHandlerOf,
  UnavailableError,
  ValidationError,
} from '@liaison/platform';
import type { EvidenceCommandResult, EvidenceCommands, RegisterEvidenceInput } from '../application/evidence-commands';

type Evidence = proto.EvidenceServiceDefinition;

/** What a download needs to know of an item (the fields of the evidence view). */
export interface ContentItem {
  evidenceId: string;
  version: number;
  sha256: string;
  mediaType: string;
  fileName: string;
  storageRef: string;
}
type Registration = proto.RegisterEvidenceRequest__Output;

export interface ContentApiDeps {
  backend: ContentBackend;
  policy: ContentPolicy;
  commands: Pick<EvidenceCommands, 'register' | 'checkRegistration' | 'execute'>;
  /** RegisterEvidence's request → command input (the same mapping as the unary rpc). */
  registrationInput(request: Registration): RegisterEvidenceInput;
  /** The item for its reader, or NotFoundError / ForbiddenError: GetEvidence's rule (EvidenceQueries.get). */
  itemFor(evidenceId: string, ctx: CallContext): Promise<ContentItem>;
}

/** Placeholders that let the decider judge a registration before the bytes exist. */
const PENDING_CONTENT = { sha256: '0'.repeat(64), size: 0, storageRef: 'pending' };

/**
 * UploadEvidence and DownloadEvidenceContent (ADR 0019).
 *
 * Upload: the first message is the registration; it is judged as RegisterEvidence would judge
 * it before any byte is read (a unit that takes no part in the record stores nothing), then the
 * chunks are stored as they arrive (size, sniffed type, declared hash: content-store.ts), then
 * the item is registered with the computed hash, size and type and the storage reference. If
 * the registration is refused after all (the record changed meanwhile), the bytes are removed.
 *
 * Download: NOT_FOUND for a caller who may not see the item; the stored bytes are re-hashed in a
 * first pass, so the header says whether they still match the registered hash before any byte
 * is sent; a mismatch is recorded on the item (VerifyIntegrity → IntegrityMismatchDetected,
 * which blocks recognition). The bytes follow, hashed again as they go.
 */
export function contentGrpcHandlers(deps: ContentApiDeps): {
  UploadEvidence: ClientStreamingHandlerOf<Evidence, 'UploadEvidence'>;
  DownloadEvidenceContent: ServerStreamingHandlerOf<Evidence, 'DownloadEvidenceContent'>;
} {
  const { backend, policy, commands } = deps;

  return {
    async UploadEvidence(messages, ctx): Promise<EvidenceCommandResult> {
      const iterator = messages[Symbol.asyncIterator]();
      const first = await iterator.next();
      const registration = first.done ? null : first.value.registration;
      if (!registration) throw ValidationError.field('registration', 'the first message of an upload is the registration');
      const declared = registration.sha256.trim();
      if (declared !== '' && !isSha256Hex(declared)) throw ValidationError.field('sha256', 'expected a hex SHA-256');
      const command = commandContextOf(registration, ctx);
      const input = deps.registrationInput(registration);

      const check = await commands.checkRegistration({ ...input, ...PENDING_CONTENT, mediaType: input.mediaType }, command);
      if (check.duplicate) {
        // A retry of an upload that was registered: answer the first result, store nothing again.
        await iterator.return?.();
        return commands.register({ ...input, ...PENDING_CONTENT }, command);
      }
      const stored = await putContent(backend, policy, chunksUntilEnd(iterator, ctx.signal, 'registration'), {
        fileName: input.fileName || check.evidenceId,
        declaredSha256: declared,
        declaredField: 'sha256',
      });
      // A cancel seen after the end message (the client went away as it finished): store nothing.
      if (ctx.signal.aborted) {
        await backend.remove(stored.storageRef);
        throw new UnavailableError('upload cancelled by the caller before its end');
      }
      try {
        return await commands.register(
          { ...input, sha256: stored.sha256, size: stored.size, mediaType: stored.mediaType, storageRef: stored.storageRef },
          command,
        );
      } catch (error) {
        await backend.remove(stored.storageRef);
        throw error;
      }
    },

    async *DownloadEvidenceContent(request, ctx) {
      const item = await deps.itemFor(request.evidenceId, ctx);
      // A physical sample has no stored content.
      if (!item.storageRef) throw new NotFoundError('evidence content', request.evidenceId);
      const checked = await checkStoredContent(backend, item.storageRef, item.sha256);
      if (!checked.verified) await recordMismatch(commands, item, checked.sha256, ctx);
      yield {
        header: {
          mediaType: item.mediaType,
          size: checked.size,
          sha256: checked.sha256,
          verified: checked.verified,
          fileName: item.fileName,
        },
      };
      for await (const piece of readChecked(backend, item.storageRef, checked)) {
        if (ctx.signal.aborted) return;
        yield { chunk: piece };
      }
    },
  };
}

/**
 * The failed re-check as a fact on the item, by the reader. Once per item version and hash (a
 * second download of the same tampered bytes adds nothing); a reader whose role may not record
 * it still gets the bytes with `verified: false`, and the failure is logged.
 */
async function recordMismatch(commands: ContentApiDeps['commands'], item: ContentItem, actual: string, ctx: CallContext): Promise<void> {
  const commandId = nameBasedUuid('liaison.evidence.DownloadCheck', `${item.evidenceId}:${item.version}:${actual}`);
  // A read carries no request digest: the derived command id is what makes it idempotent.
  const command: CommandContext = { ...commandContextOf({ commandId }, ctx), requestDigest: null };
  try {
    await commands.execute(item.evidenceId, { type: 'VerifyIntegrity', sha256: actual }, command);
  } catch (error) {
    ctx.logger.warn({ err: error, evidenceId: item.evidenceId }, 'stored content failed its re-check; recording the mismatch failed');
    return;
  }
  ctx.logger.warn({ evidenceId: item.evidenceId, expected: item.sha256, actual }, 'stored content failed its re-check (recorded)');
}
