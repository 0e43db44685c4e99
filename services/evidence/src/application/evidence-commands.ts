import { type EvidenceCommand, evidenceRecordAccess, visibility, type WireCommand } from '@liaison/contracts';
import { type CommandContext, commandHandler, type EventStore, ValidationError } from '@liaison/platform';
import { evidenceAccess, type EvidenceState } from '../domain/evidence';
import { createEvidenceDecider, type EvidenceDeciderDependencies } from '../domain/evidence-decider';
import { EVIDENCE_ID, evidenceIdFor, recognitionRequestIdFor } from './ids';
import type { ChainVerifier, LinkedRecords } from './linked-records';

export type { CommandContext };

export interface EvidenceCommandResult {
  evidenceId: string;
  version: number;
  status: string;
  duplicate: boolean;
  requestId: string;
  integrity: string;
}

/** A command minus what the application fills in (`actor`, `now`, `evidenceId` and looked-up facts), as callers send it. */
type Input<C extends EvidenceCommand> = WireCommand<Omit<C, 'actor' | 'now' | 'evidenceId'>>;
type Of<T extends EvidenceCommand['type']> = Extract<EvidenceCommand, { type: T }>;
type Looked = 'linked' | 'chainIntact' | 'report' | 'requestId';
export type CommandInput =
  | Omit<Input<Of<'RegisterEvidence'>>, 'linked'>
  | Input<Of<'RecordCustodyTransfer'>>
  | Omit<Input<Of<'AttachTestReport'>>, 'report'>
  | Omit<Input<Of<'RequestRecognition'>>, 'linked' | 'requestId'>
  | Omit<Input<Of<'Recognise'>>, 'chainIntact'>
  | Input<Of<'RejectRecognition'>>
  | Omit<Input<Of<'RecogniseWithConditions'>>, 'chainIntact'>
  | Input<Of<'RevokeRecognition'>>
  | Input<Of<'RecordCourtUseConsent'>>
  | Input<Of<'VerifyIntegrity'>>;
export type RegisterEvidenceInput = Omit<Extract<CommandInput, { type: 'RegisterEvidence' }>, Looked>;

/**
 * The application side of every evidence command: stamp actor and time, look up the facts the
 * decider needs from elsewhere (the linked record's parties from its own service, for the caller;
 * whether the item's hash chain verifies; the attached report), then load → decide → append via
 * the platform's command handler (idempotent by command id, If-Match → 412).
 */
export class EvidenceCommands {
  private readonly handle;
  private readonly decider;

  constructor(
    private readonly store: EventStore,
    deps: EvidenceDeciderDependencies,
    private readonly linked: LinkedRecords,
    private readonly chain: ChainVerifier,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.decider = createEvidenceDecider(deps);
    this.handle = commandHandler(store, this.decider);
  }

  /**
   * RegisterEvidence (and the registration of UploadEvidence, after its bytes are stored): the
   * item id comes from the command id (`evidenceIdFor`).
   */
  async register(input: RegisterEvidenceInput, ctx: CommandContext): Promise<EvidenceCommandResult> {
    return this.execute(this.idFor(ctx), input, ctx);
  }

  /**
   * Decides a registration without recording it: UploadEvidence calls it before it reads any
   * content, so a registration that would be refused stores no bytes. Throws what `register` would.
   */
  async checkRegistration(input: RegisterEvidenceInput, ctx: CommandContext): Promise<{ evidenceId: string; duplicate: boolean }> {
    const evidenceId = this.idFor(ctx);
    if (await this.store.findCommit(ctx.commandId!)) return { evidenceId, duplicate: true };
    const command = await this.complete(evidenceId, input, ctx);
    this.decider.decide(command, this.decider.initialState());
    return { evidenceId, duplicate: false };
  }

  async execute(evidenceId: string, input: CommandInput, ctx: CommandContext): Promise<EvidenceCommandResult> {
    if (!ctx.commandId) throw ValidationError.field('command_id', 'required (makes the command idempotent)');
    if (!EVIDENCE_ID.test(evidenceId)) throw ValidationError.field('evidence_id', 'expected evidence-<uuid>');
    const duplicate = await this.store.findCommit(ctx.commandId);
    // A retried command returns the first result without asking anyone again.
    const command = duplicate ? this.stamp(evidenceId, input, ctx) : await this.complete(evidenceId, input, ctx);
    const result = await this.handle(
      evidenceId,
      command,
      {
        commandId: ctx.commandId,
        actor: ctx.actor,
        correlationId: ctx.correlationId,
        traceparent: ctx.traceparent ?? null,
        causationId: ctx.causationId ?? null,
        requestDigest: ctx.requestDigest ?? null,
      },
      ctx.ifMatchVersion && ctx.ifMatchVersion > 0 ? { expectedVersion: ctx.ifMatchVersion } : {},
    );
    const last = result.events.at(-1);
    return {
      evidenceId: result.streamId,
      version: result.version,
      status: 'registered',
      duplicate: result.duplicate,
      requestId: input.type === 'RequestRecognition' ? recognitionRequestIdFor(ctx.commandId) : '',
      integrity: input.type !== 'VerifyIntegrity' ? '' : last?.type === 'IntegrityMismatchDetected' ? 'mismatch' : last ? 'verified' : '',
    };
  }

  private idFor(ctx: CommandContext): string {
    if (!ctx.commandId) throw ValidationError.field('command_id', 'required (makes the command idempotent)');
    return evidenceIdFor(ctx.commandId);
  }

  private stamp(evidenceId: string, input: CommandInput, ctx: CommandContext): EvidenceCommand {
    return { ...input, evidenceId, actor: ctx.actor, now: this.clock().toISOString() } as unknown as EvidenceCommand;
  }

  /** The command with the facts looked up elsewhere, each for the caller. */
  private async complete(evidenceId: string, input: CommandInput, ctx: CommandContext): Promise<EvidenceCommand> {
    const base = this.stamp(evidenceId, input, ctx) as unknown as Record<string, unknown>;
    const lookup = { actor: ctx.actor, correlationId: ctx.correlationId, deadline: ctx.deadline ?? null };
    switch (input.type) {
      case 'RegisterEvidence': {
        const recordId = input.leadId || input.operationId;
        const actor = ctx.actor;
        const collected = {
          collectedByUnitId: input.collectedByUnitId || actor.unitId,
          collectedByOfficerId:
            input.collectedByOfficerId || (input.collectedByUnitId && input.collectedByUnitId !== actor.unitId ? '' : actor.officerId),
        };
        const linked = recordId && !(input.leadId && input.operationId) ? await this.linked.parties(recordId, lookup) : null;
        return { ...base, ...collected, linked } as unknown as EvidenceCommand;
      }
      case 'RequestRecognition': {
        const state = await this.load(evidenceId);
        const recordId = state.leadId || state.operationId;
        const linked = recordId ? await this.linked.parties(recordId, lookup) : null;
        return { ...base, requestId: recognitionRequestIdFor(ctx.commandId!), linked } as unknown as EvidenceCommand;
      }
      case 'Recognise':
      case 'RecogniseWithConditions': {
        const chain = (await this.store.readStream(evidenceId)).length > 0 ? await this.chain.verify(evidenceId) : { intact: true };
        return { ...base, chainIntact: chain.intact } as unknown as EvidenceCommand;
      }
      case 'AttachTestReport': {
        const report = EVIDENCE_ID.test(input.reportEvidenceId) ? await this.load(input.reportEvidenceId) : null;
        const seen = report?.exists ? this.visibleTo(report, ctx) : false;
        return {
          ...base,
          report:
            report && seen
              ? { kind: report.kind, leadId: report.leadId, operationId: report.operationId, ownerUnitId: report.ownerUnitId }
              : null,
        } as unknown as EvidenceCommand;
      }
      default:
        return base as unknown as EvidenceCommand;
    }
  }

  private async load(evidenceId: string) {
    const events = await this.store.readStream(evidenceId);
    return events.reduce(this.decider.evolve, this.decider.initialState());
  }

  private visibleTo(state: EvidenceState, ctx: CommandContext): boolean {
    return visibility(evidenceRecordAccess(evidenceAccess(state)), ctx.actor) === 'visible';
  }
}
