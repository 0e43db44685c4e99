import { type Actor, CONFLICT_ID, type FieldIssue, LEAD_ID, type WireCommand } from '@liaison/contracts';
import { commandHandler, type EventStore, NotFoundError, ValidationError } from '@liaison/platform';
import type { OperationCommand } from '../domain/commands';
import { createOperationDecider, type OperationDeciderDependencies } from '../domain/operation-decider';
import type { DeconflictionCheck } from './deconfliction';
import { evolveOperationView, type OperationView } from '../projections/operation-view';
import { OPERATION_ID, operationIdForPropose } from './ids';

import type { CommandContext } from '@liaison/platform';

export type { CommandContext };

export interface OperationCommandResult {
  operationId: string;
  version: number;
  status: string;
  duplicate: boolean;
  taskId: string;
}

/** Whether a lead exists and the caller may see it (leads' GetLead with the caller's identity). */
export interface LeadsLookup {
  isVisible(leadId: string, ctx: { actor: Actor; correlationId: string; deadline: Date | null }): Promise<boolean>;
}

/** A command minus what the application fills in (`actor`, `now`, `operationId`), as callers send it (the decider checks it against the contract). */
export type CommandInput<C extends OperationCommand = OperationCommand> = WireCommand<
  C extends OperationCommand ? Omit<C, 'actor' | 'now' | 'operationId'> : never
>;
type ProposeInput = Omit<CommandInput<Extract<OperationCommand, { type: 'ProposeOperation' }>>, 'conflicts'>;
type RescheduleInput = Omit<CommandInput<Extract<OperationCommand, { type: 'Reschedule' }>>, 'conflicts'>;
type SubmitDraftInput = Omit<CommandInput<Extract<OperationCommand, { type: 'SubmitDraft' }>>, 'conflicts'>;

/**
 * The application side of every operation command: stamp actor and time, load → decide → append
 * via the platform's command handler (idempotent by command id, If-Match → 412). ProposeOperation
 * also checks linked leads with the leads service and runs the deconfliction check, whose matches
 * are recorded in the same commit; the deconfliction reaction then tells the other side.
 */
export class OperationCommands {
  private readonly handle;
  private readonly decider;

  constructor(
    private readonly store: EventStore,
    deps: OperationDeciderDependencies,
    private readonly leads: LeadsLookup,
    private readonly deconfliction: DeconflictionCheck | null,
    private readonly clock: () => Date = () => new Date(),
    /** The operation carrying a lead conflict (the read model's operation_conflicts), for ResolveLeadConflict. */
    private readonly locateLeadConflict: (conflictId: string) => Promise<string | null> = async () => null,
  ) {
    this.decider = createOperationDecider(deps);
    this.handle = commandHandler(store, this.decider);
  }

  async execute(operationId: string, input: CommandInput, ctx: CommandContext): Promise<OperationCommandResult> {
    if (!ctx.commandId) throw ValidationError.field('command_id', 'required (makes the command idempotent)');
    if (!OPERATION_ID.test(operationId)) throw ValidationError.field('operation_id', 'expected operation-<uuid>');
    const command = { ...input, operationId, actor: ctx.actor, now: this.clock().toISOString() } as unknown as OperationCommand;
    const result = await this.handle(
      operationId,
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
    return {
      operationId: result.streamId,
      version: result.version,
      status: result.state.status,
      duplicate: result.duplicate,
      taskId: input.type === 'AssignTask' ? input.taskId : '',
    };
  }

  /**
   * ProposeOperation: the id comes from the command id. The input is validated by the decider
   * first (nothing is asked of other services for a request that is bad anyway), then each linked
   * lead must exist and be visible to the caller (an unknown and an invisible lead get the same
   * answer, so nothing leaks), then other units' operations and leads are matched.
   */
  async propose(input: ProposeInput, ctx: CommandContext): Promise<OperationCommandResult> {
    if (!ctx.commandId) throw ValidationError.field('command_id', 'required (makes the command idempotent)');
    const operationId = operationIdForPropose(ctx.commandId);
    if (await this.store.findCommit(ctx.commandId)) return this.execute(operationId, { ...input, conflicts: [] }, ctx);
    const now = this.clock().toISOString();
    this.decider.decide(
      { ...input, conflicts: [], operationId, actor: ctx.actor, now } as unknown as OperationCommand,
      this.decider.initialState(),
    );
    const issues: FieldIssue[] = [];
    const seen = await Promise.all(
      input.linkedLeadIds.map((leadId) =>
        LEAD_ID.test(leadId)
          ? this.leads.isVisible(leadId, { actor: ctx.actor, correlationId: ctx.correlationId, deadline: ctx.deadline ?? null })
          : Promise.resolve(true),
      ),
    );
    seen.forEach((ok, i) => {
      if (!ok) issues.push({ path: `linked_lead_ids[${i}]`, message: `unknown lead "${input.linkedLeadIds[i]}"` });
    });
    if (issues.length > 0) throw ValidationError.of(issues, 'command');
    const matches = this.deconfliction
      ? await this.deconfliction.find({
          operationId,
          ownerUnitId: ctx.actor.unitId,
          contactOfficerId: ctx.actor.officerId,
          handlingCode: input.handling.code,
          title: input.title.trim(),
          window: { startsAt: new Date(input.window.startsAt).toISOString(), endsAt: new Date(input.window.endsAt).toISOString() },
          targets: input.targets,
          linkedLeadIds: input.linkedLeadIds,
        })
      : { mine: [] };
    return this.execute(operationId, { ...input, conflicts: matches.mine }, ctx);
  }

  /**
   * ResolveLeadConflict: the lead's owner names only the conflict (it may not know the operation);
   * the operation carrying it is found in the read model, and its id is not answered.
   */
  async resolveLeadConflict(
    input: CommandInput<Extract<OperationCommand, { type: 'ResolveLeadConflict' }>>,
    ctx: CommandContext,
  ): Promise<OperationCommandResult> {
    if (!CONFLICT_ID.test(input.conflictId)) throw ValidationError.field('conflict_id', 'expected conflict-<uuid>');
    const operationId = await this.locateLeadConflict(input.conflictId);
    if (!operationId) throw new NotFoundError('conflict', input.conflictId);
    const result = await this.execute(operationId, input, { ...ctx, ifMatchVersion: 0 });
    return { ...result, operationId: '', status: '' };
  }

  /**
   * Reschedule: the new window is matched first (only for the lead unit of a visible, open
   * operation; anyone else gets the decider's refusal), and matches are recorded in the same commit.
   */
  async reschedule(operationId: string, input: RescheduleInput, ctx: CommandContext): Promise<OperationCommandResult> {
    return this.execute(
      operationId,
      { ...input, conflicts: await this.matchWindow(operationId, input.window, ['proposed', 'launched'], ctx) },
      ctx,
    );
  }

  /** SubmitDraft: a draft gets its window; like Reschedule, the window is matched first and alerts go in the same commit. */
  async submitDraft(operationId: string, input: SubmitDraftInput, ctx: CommandContext): Promise<OperationCommandResult> {
    return this.execute(operationId, { ...input, conflicts: await this.matchWindow(operationId, input.window, ['draft'], ctx) }, ctx);
  }

  private async matchWindow(operationId: string, input: { startsAt: string; endsAt: string }, statuses: string[], ctx: CommandContext) {
    let conflicts: Extract<OperationCommand, { type: 'Reschedule' }>['conflicts'] = [];
    const { startsAt, endsAt } = input;
    const valid = !Number.isNaN(Date.parse(startsAt)) && !Number.isNaN(Date.parse(endsAt)) && Date.parse(endsAt) > Date.parse(startsAt);
    if (this.deconfliction && valid && OPERATION_ID.test(operationId) && ctx.commandId && !(await this.store.findCommit(ctx.commandId))) {
      const events = await this.store.readStream(operationId);
      const view = events.length > 0 ? events.reduce<OperationView | null>(evolveOperationView, null) : null;
      if (view && view.leadUnitId === ctx.actor.unitId && statuses.includes(view.status)) {
        const window = { startsAt: new Date(startsAt).toISOString(), endsAt: new Date(endsAt).toISOString() };
        conflicts = (
          await this.deconfliction.find({
            operationId,
            ownerUnitId: view.leadUnitId,
            contactOfficerId: view.proposedByOfficerId,
            handlingCode: view.handlingCode,
            title: view.title,
            window,
            targets: view.targets,
            linkedLeadIds: view.linkedLeadIds,
          })
        ).mine;
      }
    }
    return conflicts;
  }
}
