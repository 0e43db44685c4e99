import { creditFileIdOf, type WireCommand } from '@liaison/contracts';
import { type CommandContext, commandHandler, type EventStore, fold, ValidationError } from '@liaison/platform';
import type { CitedFile, CreditCommand } from '../domain/commands';
import { SYSTEM_ACTOR } from '../domain/commands';
import {
  createBlacklistingDecider,
  createCreditFileDecider,
  createPublicationDecider,
  type CreditDeciderDependencies,
} from '../domain/credit-deciders';
import type { CreditFileState } from '../domain/credit-file';
import type { EntryCandidate } from '../domain/feed';
import {
  BLACKLISTING_ID,
  blacklistingIdFor,
  CREDIT_FILE_ID,
  entryCommandId,
  periodEndCommandId,
  PUBLICATION_ID,
  publicationIdFor,
} from './ids';

export interface PublicationCommandResult {
  publicationId: string;
  version: number;
  status: string;
  duplicate: boolean;
}
export type PublicationInput =
  | { type: 'DraftPublication'; fileId: string; entryId: string; cause: string; penalty: string }
  | { type: 'ApprovePublication'; note: string }
  | { type: 'WithdrawPublication'; reason: string };

export interface BlacklistingCommandResult {
  blacklistingId: string;
  version: number;
  status: string;
  duplicate: boolean;
}

type BlacklistingInput = Exclude<
  CreditCommand,
  {
    type:
      | 'RecordCreditEntry'
      | 'ProposeBlacklisting'
      | 'EndBlacklistingPeriod'
      | 'DraftPublication'
      | 'ApprovePublication'
      | 'WithdrawPublication';
  }
>;
/** A command minus what the application fills in (actor, time, stream), as callers send it. */
export type CommandInput = WireCommand<
  BlacklistingInput extends infer C ? (C extends BlacklistingInput ? Omit<C, 'actor' | 'now' | 'streamId'> : never) : never
>;
export type ProposeInput = WireCommand<
  Omit<Extract<CreditCommand, { type: 'ProposeBlacklisting' }>, 'actor' | 'now' | 'streamId' | 'file'>
>;

/**
 * The application side of the credit commands: stamp actor and time, load → decide → append via
 * the platform's command handler (idempotent by command id, If-Match → 412). Credit files are
 * written only by the feed; blacklistings by officers and the period scheduler.
 */
export class CreditCommands {
  private readonly handleFile;
  private readonly handleBlacklisting;
  private readonly handlePublication;
  readonly fileDecider = createCreditFileDecider();

  constructor(
    readonly store: EventStore,
    deps: CreditDeciderDependencies,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.handleFile = commandHandler(store, this.fileDecider);
    this.handleBlacklisting = commandHandler(store, createBlacklistingDecider(deps));
    this.handlePublication = commandHandler(store, createPublicationDecider(deps));
  }

  /** DraftPublication: the publication id comes from the command id; the cited entry is read from the file for the decider. */
  async draftPublication(
    input: Extract<PublicationInput, { type: 'DraftPublication' }>,
    ctx: CommandContext,
  ): Promise<PublicationCommandResult> {
    if (!ctx.commandId) throw ValidationError.field('command_id', 'required (makes the command idempotent)');
    if (!CREDIT_FILE_ID.test(input.fileId)) throw ValidationError.field('file_id', 'expected credit-<credit code> or credit-person-<key>');
    const { state } = await this.file(input.fileId);
    const entry = state.entries.find((e) => e.entryId === input.entryId);
    const cited = entry ? { entryId: entry.entryId, kind: entry.kind, subject: entry.subject, access: entry.access } : null;
    return this.runPublication(publicationIdFor(ctx.commandId), { ...input, cited }, ctx);
  }

  executePublication(
    publicationId: string,
    input: Exclude<PublicationInput, { type: 'DraftPublication' }>,
    ctx: CommandContext,
  ): Promise<PublicationCommandResult> {
    if (!ctx.commandId) throw ValidationError.field('command_id', 'required (makes the command idempotent)');
    if (!PUBLICATION_ID.test(publicationId)) throw ValidationError.field('publication_id', 'expected publication-<uuid>');
    return this.runPublication(publicationId, input, ctx);
  }

  private async runPublication(publicationId: string, input: object, ctx: CommandContext): Promise<PublicationCommandResult> {
    const command = { ...input, streamId: publicationId, actor: ctx.actor, now: this.clock().toISOString() } as unknown as Parameters<
      typeof this.handlePublication
    >[1];
    const result = await this.handlePublication(publicationId, command, commitMetadata(ctx), versionGuard(ctx));
    return { publicationId: result.streamId, version: result.version, status: result.state.status, duplicate: result.duplicate };
  }

  async file(fileId: string): Promise<{ state: CreditFileState; version: number }> {
    const history = await this.store.readStream(fileId);
    return { state: fold(this.fileDecider, history), version: history.at(-1)?.version ?? 0 };
  }

  /** The feed: one entry into one subject's file, as the service itself. */
  async recordEntry(candidate: EntryCandidate, correlationId: string, causationId: string): Promise<{ duplicate: boolean }> {
    const key = candidate.subjectKind === 'enterprise' ? candidate.subject.creditCode : candidate.subject.personName;
    const fileId = creditFileIdOf(candidate.subjectKind, key);
    const commandId = entryCommandId(candidate.entryId);
    const command = {
      type: 'RecordCreditEntry',
      ...candidate,
      streamId: fileId,
      actor: SYSTEM_ACTOR,
      now: this.clock().toISOString(),
    } as const;
    const result = await this.handleFile(fileId, command, {
      commandId,
      actor: SYSTEM_ACTOR,
      correlationId,
      causationId,
      traceparent: null,
    });
    return { duplicate: result.duplicate };
  }

  /** ProposeBlacklisting: the blacklisting id comes from the command id; the file is read for the decider. */
  async propose(input: ProposeInput, ctx: CommandContext): Promise<BlacklistingCommandResult> {
    if (!ctx.commandId) throw ValidationError.field('command_id', 'required (makes the command idempotent)');
    if (!CREDIT_FILE_ID.test(input.fileId)) throw ValidationError.field('file_id', 'expected credit-<credit code> or credit-person-<key>');
    const { state } = await this.file(input.fileId);
    const latest = [...state.entries].reverse().find((e) => e.subject.enterpriseName.trim());
    const file: CitedFile = {
      exists: state.fileId !== null,
      subjectKind: state.subjectKind,
      creditCode: state.creditCode,
      personName: state.personName,
      enterpriseName: latest?.subject.enterpriseName ?? '',
      entries: state.entries.map((e) => ({ entryId: e.entryId, access: e.access })),
    };
    return this.run(blacklistingIdFor(ctx.commandId), { ...input, file } as unknown as CommandInput, ctx);
  }

  execute(blacklistingId: string, input: CommandInput, ctx: CommandContext): Promise<BlacklistingCommandResult> {
    if (!ctx.commandId) throw ValidationError.field('command_id', 'required (makes the command idempotent)');
    if (!BLACKLISTING_ID.test(blacklistingId)) throw ValidationError.field('blacklisting_id', 'expected blacklisting-<uuid>');
    return this.run(blacklistingId, input, ctx);
  }

  /** The period scheduler: the end of one publication period, once. */
  endPeriod(blacklistingId: string, publishedUntil: string): Promise<BlacklistingCommandResult> {
    const commandId = periodEndCommandId(blacklistingId, publishedUntil);
    return this.run(blacklistingId, { type: 'EndBlacklistingPeriod', publishedUntil } as unknown as CommandInput, {
      commandId,
      actor: SYSTEM_ACTOR,
      correlationId: commandId,
    });
  }

  private async run(blacklistingId: string, input: CommandInput, ctx: CommandContext): Promise<BlacklistingCommandResult> {
    const command = { ...input, streamId: blacklistingId, actor: ctx.actor, now: this.clock().toISOString() } as unknown as Parameters<
      typeof this.handleBlacklisting
    >[1];
    const result = await this.handleBlacklisting(blacklistingId, command, commitMetadata(ctx), versionGuard(ctx));
    return { blacklistingId: result.streamId, version: result.version, status: result.state.status, duplicate: result.duplicate };
  }
}

/** What a commit records of the command that made it (idempotency, actor, tracing). */
const commitMetadata = (ctx: CommandContext) => ({
  commandId: ctx.commandId,
  actor: ctx.actor,
  correlationId: ctx.correlationId,
  traceparent: ctx.traceparent ?? null,
  causationId: ctx.causationId ?? null,
  requestDigest: ctx.requestDigest ?? null,
});

/** An If-Match version, when the caller sent one. */
const versionGuard = (ctx: CommandContext) => (ctx.ifMatchVersion && ctx.ifMatchVersion > 0 ? { expectedVersion: ctx.ifMatchVersion } : {});
